/**
 * Tallies as mergeable, portable summaries (DESIGN.md 4): the tally of two profiles combined
 * equals the merge of their tallies, so a count can be split into shards (workers, machines, the
 * partitions of a data-processing job), each shard tallied where its ballots are, the tallies
 * sent as JSON and merged, and the method run once on the merged tally (`decideTally` in
 * `co-decide/voting`).
 *
 * Two kinds: `pairwise` (the pairwise matrix, read by the Condorcet family) and `positional`
 * (where each candidate stands on each ballot, read by plurality, Borda and the other positional
 * rules). {@link mergeTallies} is associative and commutative with the empty tally as identity,
 * and exact (whole numbers over a common denominator).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import {
  type DecideError,
  type InputIssue,
  invalidInput,
  invalidInputAt,
  MAX_ISSUES,
} from "../../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../../core/limits.js";
import type { RankedProfile, UnrankedRule } from "../profile.js";
import { MAX_CANDIDATES } from "../spec.js";
import { mergePairwise, type PairwiseTally, pairwiseTally } from "./pairwise.js";
import { mergePositional, type PositionalTally, positionalTally } from "./positional.js";

/** The kinds of tally a method can count from. @category tallies */
export type TallyKind = "pairwise" | "positional";

/** A {@link PairwiseTally} tagged with its kind. @category tallies */
export interface PairwiseKindTally extends PairwiseTally {
  readonly kind: "pairwise";
}

/** A tally of either kind, as {@link tallyProfile} makes and {@link mergeTallies} merges. @category tallies */
export type Tally = PairwiseKindTally | PositionalTally;

/**
 * A {@link Tally} as plain JSON: counts (whole numbers in units of `1 / denominator`) and the
 * denominator as decimal strings, so that no count loses precision on the way between processes.
 * `counts` of a pairwise tally is the n × n matrix row by row (`counts[i * n + j]`: voters
 * preferring i to j).
 *
 * @category tallies
 */
export type TallyJson =
  | {
      readonly kind: "pairwise";
      readonly candidates: readonly string[];
      readonly unranked: UnrankedRule;
      readonly denominator: string;
      readonly counts: readonly string[];
    }
  | {
      readonly kind: "positional";
      readonly candidates: readonly string[];
      readonly denominator: string;
      readonly places: readonly {
        readonly position: number;
        readonly size: number;
        readonly ranked: number;
        readonly counts: readonly string[];
      }[];
    };

/**
 * Tallies a ranked profile: O(B n²) for `pairwise`, O(B n) for `positional`.
 *
 * @param profile - ranked ballots.
 * @param kind - `pairwise` or `positional`.
 * @param options - `unranked` (pairwise only; default `tied-last`): what a ballot says about the
 *   candidates it leaves out. A positional tally keeps them apart, so each rule applies its own.
 * @example
 * ```ts
 * import { rankedProfile, tallyProfile } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["a", "b"], ["a>b", "a>b", "b>a"]);
 * E.isRight(profile) && tallyProfile(profile.right, "pairwise").counts; // => Float64Array [0, 2, 1, 0]
 * ```
 *
 * @category tallies
 */
export const tallyProfile = (
  profile: RankedProfile,
  kind: TallyKind,
  options: { readonly unranked?: UnrankedRule } = {},
): Tally =>
  kind === "pairwise"
    ? { kind: "pairwise", ...pairwiseTally(profile, options) }
    : positionalTally(profile);

/**
 * Merges two tallies of the same kind over the same candidates (and, for pairwise tallies, the
 * same unranked rule): associative and commutative, exact.
 *
 * @returns the merged tally, or `InvalidInput` when they do not fit together, or `Unsupported`
 *   when a merged count would pass 2^53.
 * @example
 * ```ts
 * import { mergeTallies, rankedProfile, tallyProfile } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const a = rankedProfile(["a", "b"], ["a>b"]);
 * const b = rankedProfile(["a", "b"], ["b>a", "b>a"]);
 * if (E.isRight(a) && E.isRight(b)) {
 *   mergeTallies(tallyProfile(a.right, "pairwise"), tallyProfile(b.right, "pairwise"));
 *   // => right: { kind: "pairwise", counts: Float64Array [0, 1, 2, 0], ... }
 * }
 * ```
 *
 * @category tallies
 */
export const mergeTallies = (a: Tally, b: Tally): E.Either<DecideError, Tally> => {
  if (a.kind === "pairwise" && b.kind === "pairwise") {
    return pipe(
      mergePairwise(a, b),
      E.map((merged): Tally => ({ kind: "pairwise", ...merged })),
    );
  }
  if (a.kind === "positional" && b.kind === "positional") return mergePositional(a, b);
  return E.left(
    invalidInputAt("kind", "kinds_differ", `a ${a.kind} tally cannot merge with a ${b.kind} one`),
  );
};

/**
 * A tally as plain JSON ({@link TallyJson}), to send to another process or machine.
 *
 * @example
 * ```ts
 * import { rankedProfile, tallyProfile, tallyToJson } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["a", "b"], ["a>b"]);
 * E.isRight(profile) && tallyToJson(tallyProfile(profile.right, "pairwise"));
 * // => { kind: "pairwise", candidates: ["a", "b"], unranked: "tied-last", denominator: "1", counts: ["0", "1", "0", "0"] }
 * ```
 *
 * @category tallies
 */
export const tallyToJson = (tally: Tally): TallyJson => {
  const text = (values: Float64Array): string[] => Array.from(values, (v) => String(v));
  return tally.kind === "pairwise"
    ? {
        kind: "pairwise",
        candidates: [...tally.candidates],
        unranked: tally.unranked,
        denominator: String(tally.denominator),
        counts: text(tally.counts),
      }
    : {
        kind: "positional",
        candidates: [...tally.candidates],
        denominator: String(tally.denominator),
        places: tally.places.map((p) => ({
          position: p.position,
          size: p.size,
          ranked: p.ranked,
          counts: text(p.counts),
        })),
      };
};

/**
 * The work limit of {@link parseTally}: the count cells it reads (n² for a pairwise tally, places
 * × n for a positional one). O(cells).
 *
 * @category tallies
 */
export const TALLY_CELLS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "tally.cells",
  unit: "count cells",
  default: 10_000_000,
  ceiling: 500_000_000,
  option: "limits.cells",
});

/** Options of {@link parseTally}. @category tallies */
export interface ParseTallyOptions {
  /** Raises {@link TALLY_CELLS_LIMIT}. */
  readonly limits?: { readonly cells?: number };
}

/**
 * Reads a tally from JSON (or from a {@link Tally} object, whose arrays are checked the same
 * way): the boundary where tallies from other processes come in.
 *
 * @remarks
 * Checks the kind, the candidates (distinct strings), the denominator (a whole number ≥ 1), every
 * count (a whole number from 0 to 2^53 - 1, as a decimal string or a number), the matrix's size
 * and zero diagonal, and every place's position, size and ranked count against the candidates.
 * Every problem is reported with its path (`counts[5]`, `places[2].size`). O(cells).
 *
 * @param input - anything.
 * @param options - `limits.cells`.
 * @example
 * ```ts
 * import { parseTally } from "co-decide/ballots";
 *
 * parseTally({ kind: "pairwise", candidates: ["a", "b"], unranked: "tied-last", denominator: "1", counts: ["0", "2", "1", "0"] });
 * // => right: { kind: "pairwise", counts: Float64Array [0, 2, 1, 0], ... }
 * parseTally({ kind: "pairwise", candidates: ["a", "b"], unranked: "tied-last", denominator: "1", counts: ["0", "-2", "1", "0"] });
 * // => left: InvalidInput at "counts[1]"
 * ```
 *
 * @category tallies
 */
export const parseTally = (
  input: unknown,
  options: ParseTallyOptions = {},
): E.Either<DecideError, Tally> => {
  try {
    return readTally(input, options);
  } catch {
    return E.left(invalidInputAt("", "unreadable", "the tally could not be read"));
  }
};

const COUNT_TEXT = /^(0|[1-9][0-9]{0,15})$/;

/** A whole count from 0 to 2^53 - 1, from a decimal string or a number, or undefined. */
const readCount = (value: unknown): number | undefined => {
  if (typeof value === "number") {
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  }
  if (typeof value !== "string" || !COUNT_TEXT.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
};

const isList = (value: unknown): value is ArrayLike<unknown> =>
  Array.isArray(value) || value instanceof Float64Array;

const readTally = (input: unknown, options: ParseTallyOptions): E.Either<DecideError, Tally> => {
  if (typeof input !== "object" || input === null) {
    return E.left(invalidInputAt("", "invalid_type", "expected a tally object"));
  }
  const raw = input as Readonly<Record<string, unknown>>;
  const kind = raw["kind"];
  if (kind !== "pairwise" && kind !== "positional") {
    return E.left(invalidInputAt("kind", "invalid_value", 'expected "pairwise" or "positional"'));
  }
  const issues: InputIssue[] = [];
  const push = (path: string, code: string, message: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path, code, message });
  };
  const candidates = raw["candidates"];
  if (!Array.isArray(candidates) || candidates.length === 0) {
    return E.left(
      invalidInputAt("candidates", "invalid_type", "expected a non-empty array of names"),
    );
  }
  if (candidates.length > MAX_CANDIDATES) {
    return E.left(invalidInputAt("candidates", "too_big", `at most ${MAX_CANDIDATES} candidates`));
  }
  const seen = new Set<string>();
  candidates.forEach((name: unknown, i) => {
    if (typeof name !== "string") push(`candidates[${i}]`, "invalid_type", "expected a string");
    else if (seen.has(name)) push(`candidates[${i}]`, "duplicate", "names must be distinct");
    else seen.add(name);
  });
  const names = candidates as string[];
  const n = names.length;
  const denominator = readCount(raw["denominator"]);
  if (denominator === undefined || denominator < 1) {
    push("denominator", "invalid_count", "expected a whole number ≥ 1 (a decimal string)");
  }
  const allowed = resolveLimit(TALLY_CELLS_LIMIT, options.limits?.cells);
  if (E.isLeft(allowed)) return allowed;
  const readCounts = (value: unknown, path: string, length: number): Float64Array | undefined => {
    if (!isList(value) || value.length !== length) {
      push(path, "invalid_length", `expected a list of ${length} counts`);
      return undefined;
    }
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const v = readCount(value[i]);
      if (v === undefined) {
        push(
          `${path}[${i}]`,
          "invalid_count",
          "expected a whole number from 0 to 2^53 - 1 (a decimal string)",
        );
      } else out[i] = v;
    }
    return out;
  };
  if (kind === "pairwise") {
    const work = checkWork(TALLY_CELLS_LIMIT, n * n, allowed.right);
    if (E.isLeft(work)) return work;
    const unranked = raw["unranked"];
    if (unranked !== "tied-last" && unranked !== "not-compared") {
      push("unranked", "invalid_value", 'expected "tied-last" or "not-compared"');
    }
    const counts = readCounts(raw["counts"], "counts", n * n);
    if (counts !== undefined) {
      for (let c = 0; c < n; c++) {
        if (counts[c * n + c] !== 0) {
          push(`counts[${c * n + c}]`, "invalid_count", "a candidate is never preferred to itself");
        }
      }
    }
    if (issues.length > 0) return E.left(invalidInput(issues));
    return E.right({
      kind: "pairwise",
      candidates: [...names],
      unranked: unranked as UnrankedRule,
      counts: counts as Float64Array,
      denominator: denominator as number,
    });
  }
  const places = raw["places"];
  if (!Array.isArray(places)) {
    push("places", "invalid_type", "expected a list of places");
    return E.left(invalidInput(issues));
  }
  const work = checkWork(TALLY_CELLS_LIMIT, places.length * n, allowed.right);
  if (E.isLeft(work)) return work;
  const read: PositionalTally["places"][number][] = [];
  const keys = new Set<number>();
  places.forEach((place: unknown, i) => {
    const path = `places[${i}]`;
    if (typeof place !== "object" || place === null) {
      push(path, "invalid_type", "expected a place object");
      return;
    }
    const p = place as Readonly<Record<string, unknown>>;
    const whole = (key: string, min: number, max: number): number | undefined => {
      const v = p[key];
      if (typeof v === "number" && Number.isInteger(v) && v >= min && v <= max) return v;
      push(`${path}.${key}`, "invalid_value", `expected a whole number from ${min} to ${max}`);
      return undefined;
    };
    const ranked = whole("ranked", 0, n);
    const position = whole("position", 0, n - 1);
    const size = whole("size", 1, n);
    const counts = readCounts(p["counts"], `${path}.counts`, n);
    if (ranked === undefined || position === undefined || size === undefined) return;
    // A tier of the ranked candidates, or the unranked group just below them.
    const fits =
      position < ranked ? position + size <= ranked : position === ranked && size === n - ranked;
    if (!fits) {
      push(
        path,
        "invalid_place",
        `a place of ${size} from position ${position} does not fit a ballot ranking ${ranked} of ${n} candidates`,
      );
      return;
    }
    const key = (position * (n + 1) + size) * (n + 1) + ranked;
    if (keys.has(key)) {
      push(path, "duplicate", "each place appears once");
      return;
    }
    keys.add(key);
    if (counts !== undefined) read.push({ position, size, ranked, counts });
  });
  if (issues.length > 0) return E.left(invalidInput(issues));
  read.sort((a, b) => a.position - b.position || a.size - b.size || a.ranked - b.ranked);
  return E.right({
    kind: "positional",
    candidates: [...names],
    places: read,
    denominator: denominator as number,
  });
};
