/**
 * From the wire format to a {@link Profile}: `parseSpec` checks an election spec's shape and meaning,
 * and `profileFromSpec` (or `rankedProfile`, `approvalProfile`, ...) builds the indexed profile.
 *
 * Meaning checks, each reported with its path, all at once (up to {@link MAX_ISSUES}):
 * candidates are distinct; every ballot names known candidates, none twice; all ballots are of one
 * kind; scores are whole numbers in `options.range`; grades are on `options.scale`; counts are
 * non-negative and finite; `seats` is at most the number of candidates; a tie-break `order` names
 * known candidates.
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
} from "../core/errors.js";
import { firstHole, holeIssue } from "../core/internal/arrays.js";
import { ownKeys } from "../core/internal/record.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";
import { parseRational, type Rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { describeValue, formatPath, validate } from "../core/validation.js";
import { APPEND_WHEN_DISTINCT, createRowBuilder, type RowBuilder } from "./builder.js";
import {
  type ApprovalProfile,
  type BallotKind,
  type GradeProfile,
  NO_GRADE,
  NO_SCORE,
  type Profile,
  type RankedProfile,
  type ScoreProfile,
  UNRANKED,
} from "./profile.js";
import { type BallotInput, type ElectionSpecInput, ElectionSpecSchema } from "./schemas.js";
import { nameIndex, quickBallot, quickBallots, readRanked } from "./shape.js";
import { parseShorthand } from "./shorthand.js";

export { MAX_ISSUES };

/** The most candidates a profile can hold (tiers are stored in 16 bits). @category ballots */
export const MAX_CANDIDATES = 65_534;

/**
 * The work limit on the ballots of a spec: default 1,000,000, which `decide` reads and counts in
 * one to two seconds of CPU for 10 candidates, about twice a bare typed-array loop over the same
 * rankings (bench/results/scale.md); `limits.ballots` raises it up to 5,000,000. A file of many identical ballots is better written with counts (`{ ranking, count }`).
 *
 * @category ballots
 */
export const SPEC_BALLOTS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "spec.ballots",
  unit: "ballots",
  default: 1_000_000,
  ceiling: 5_000_000,
  option: "limits.ballots",
});

/**
 * The work limit on the cells of a spec's profile, ballots × candidates (each ballot is one row of
 * one cell per candidate): 20 million take about a second; `limits.cells` raises it up to 500
 * million.
 *
 * @category ballots
 */
export const SPEC_CELLS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "spec.cells",
  unit: "ballot cells (ballots × candidates)",
  default: 20_000_000,
  ceiling: 500_000_000,
  option: "limits.cells",
});

/**
 * A checked election spec (DESIGN.md 3.2).
 *
 * @category ballots
 */
export type ElectionSpec = ElectionSpecInput & { readonly tieBreak?: TieBreakPolicy };

/** How to read the ballots of a spec into a profile. @category ballots */
export interface ProfileOptions {
  /** Score ballots: the declared range of whole-number scores (default `{ min: 0, max: 10 }`). */
  readonly range?: { readonly min: number; readonly max: number };
  /** Graded ballots: the grades from best to worst; required for graded ballots. */
  readonly scale?: readonly string[];
  /** The kind of profile to build when there are no ballots (default `ranked`). */
  readonly kind?: BallotKind;
}

const kindOfBallot = (ballot: BallotInput): BallotKind =>
  typeof ballot === "string" || "ranking" in ballot
    ? "ranked"
    : "approve" in ballot
      ? "approval"
      : "scores" in ballot
        ? "score"
        : "grades";

const KIND_WORDS: Readonly<Record<BallotKind, string>> = {
  ranked: "a ranked ballot",
  approval: "an approval ballot",
  score: "a score ballot",
  grades: "a graded ballot",
};

/**
 * Checks an election spec: its shape (with zod) and then its meaning, returning the spec or an
 * `InvalidInput` that lists every problem with its path (`ballots[3].ranking[0]`).
 *
 * @remarks
 * Before any loop over the input, the sizes are checked: at most {@link MAX_CANDIDATES}
 * candidates, no ranking, tier, approval list or tie-break order longer than the candidates, and
 * the work limits {@link SPEC_BALLOTS_LIMIT} and {@link SPEC_CELLS_LIMIT} (raised by the spec's
 * `limits.ballots` and `limits.cells`), past which the result is `Unsupported` (`work_limit`).
 * A hole in any list (`["a", , "c"]`) is an `InvalidInput` at its index. Never throws.
 *
 * Ballots of the usual shapes are checked by a hand-written fast path and the rest of the spec
 * by zod; a spec with any unusual ballot is checked by zod whole. Either way every problem is
 * reported with its path. The checked spec may share the input's ballots (never changed) rather
 * than copy them.
 *
 * @example
 * ```ts
 * import { parseSpec } from "co-decide/ballots";
 *
 * parseSpec({ method: "irv", candidates: ["a", "b"], ballots: ["a>b", "b>z"] });
 * // => left: InvalidInput with issue { path: "ballots[1]", code: "unknown_candidate",
 * //    message: 'unknown candidate "z"' }
 * ```
 *
 * @category ballots
 */
export const parseSpec = (input: unknown): E.Either<DecideError, ElectionSpec> =>
  pipe(
    parseSpecWithProfile(input),
    E.map(({ spec }) => spec),
  );

/**
 * Checks a spec and builds its profile in one pass (what `decide` uses). `kindWhenEmpty` is the
 * kind of profile to build when there are no ballots to tell; `defaults.range` the score range
 * when the spec's options give none (a method's own, such as STAR's 0 to 5).
 *
 * @category ballots
 */
export const parseSpecWithProfile = (
  input: unknown,
  kindWhenEmpty?: BallotKind,
  defaults?: { readonly range?: { readonly min: number; readonly max: number } },
): E.Either<DecideError, { readonly spec: ElectionSpec; readonly profile: Profile }> =>
  readSpec(input, (spec, tiersChecked) => {
    const issues: InputIssue[] = [];
    const options = readProfileOptions(spec.options, issues);
    if (spec.seats !== undefined && spec.seats > spec.candidates.length) {
      issues.push({
        path: "seats",
        code: "too_many_seats",
        message: `${spec.seats} seats, but only ${spec.candidates.length} candidates`,
      });
    }
    checkTieBreak(spec.tieBreak, spec.candidates, issues);
    const built = buildProfile(
      spec.candidates,
      spec.ballots,
      {
        ...(defaults?.range === undefined ? {} : { range: defaults.range }),
        ...options,
        ...(kindWhenEmpty === undefined ? {} : { kind: kindWhenEmpty }),
      },
      issues,
      tiersChecked,
    );
    if (issues.length > 0 || built === undefined) return E.left(invalidInput(issues));
    return pipe(
      built,
      E.map((profile) => ({ spec: spec as ElectionSpec, profile })),
    );
  });

/** What the fast shape check vouched for: the ballots, and the number of candidates. */
interface Vouched {
  readonly ballots: readonly unknown[];
  readonly n: number;
}

/**
 * Reads a spec: the size guard, the shape check, then `build` (told whether every tier was
 * checked). The first read is light: the fast shape check leaves the tiers of a ranking to
 * `readRanked`, which checks each as it reads it, so each tier is read once. It stands when it
 * succeeds (every tier was then read and checked), when the fast path vouched for nothing (the
 * light read was then the full one), or when every tier passes the full check. Otherwise the spec
 * is read again with every tier checked first (`tiers`), the way every spec was read before: the
 * full path would have stopped at the shape of a tier (the sizes, then zod) before any check of
 * meaning, and so it does, with the same errors and paths.
 */
const readSpec = <T>(
  input: unknown,
  build: (spec: ElectionSpecInput, tiersChecked: boolean) => E.Either<DecideError, T>,
  tiers = false,
): E.Either<DecideError, T> => {
  try {
    const guarded = guardSizes(input, tiers);
    const vouched = E.isRight(guarded) ? guarded.right : undefined;
    const light = !tiers && vouched !== undefined;
    const result = pipe(
      guarded,
      E.flatMap(() => checkShape(input, vouched?.ballots)),
      E.flatMap((spec) => build(spec, !light)),
    );
    if (
      tiers ||
      E.isRight(result) ||
      (light ? quickBallots(vouched.ballots, vouched.n, true) : E.isRight(guarded))
    ) {
      return result;
    }
  } catch (cause) {
    if (tiers) throw cause;
  }
  return readSpec(input, build, true);
};

/**
 * Builds the profile of a checked spec.
 *
 * @category ballots
 */
export const profileFromSpec = (
  spec: ElectionSpec,
  kindWhenEmpty?: BallotKind,
): E.Either<DecideError, Profile> =>
  pipe(
    parseSpecWithProfile(spec, kindWhenEmpty),
    E.map(({ profile }) => profile),
  );

/** A ranked ballot for {@link rankedProfile}: tiers best first, or shorthand. @category ballots */
export type RankedBallotInput =
  | string
  | { readonly ranking: readonly (string | readonly string[])[]; readonly count?: number | string };

/**
 * Builds a ranked profile from ballots given as tiers of names or shorthand.
 *
 * @example
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 *
 * rankedProfile(["a", "b", "c"], ["a>b>c", { ranking: [["b", "c"]], count: 2 }]);
 * // => right: a RankedProfile with 2 distinct ballots and totalCount 3
 * ```
 *
 * @category ballots
 */
export const rankedProfile = (
  candidates: readonly string[],
  ballots: readonly RankedBallotInput[],
): E.Either<DecideError, RankedProfile> =>
  fromBallots(candidates, ballots, { kind: "ranked" }) as E.Either<DecideError, RankedProfile>;

/**
 * Builds an approval profile.
 *
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 *
 * approvalProfile(["a", "b"], [{ approve: ["a"] }, { approve: ["a", "b"], count: 2 }]);
 * // => right: an ApprovalProfile with totalCount 3
 * ```
 *
 * @category ballots
 */
export const approvalProfile = (
  candidates: readonly string[],
  ballots: readonly { readonly approve: readonly string[]; readonly count?: number | string }[],
): E.Either<DecideError, ApprovalProfile> =>
  fromBallots(candidates, ballots, { kind: "approval" }) as E.Either<DecideError, ApprovalProfile>;

/**
 * Builds a score profile with a declared whole-number range.
 *
 * @example
 * ```ts
 * import { scoreProfile } from "co-decide/ballots";
 *
 * scoreProfile(["a", "b"], [{ scores: { a: 5, b: 2 } }], { min: 0, max: 5 });
 * // => right: a ScoreProfile
 * ```
 *
 * @category ballots
 */
export const scoreProfile = (
  candidates: readonly string[],
  ballots: readonly {
    readonly scores: Readonly<Record<string, number>>;
    readonly count?: number | string;
  }[],
  range: { readonly min: number; readonly max: number },
): E.Either<DecideError, ScoreProfile> =>
  fromBallots(candidates, ballots, { kind: "score", range }) as E.Either<DecideError, ScoreProfile>;

/**
 * Builds a graded profile on a scale listed from the best grade to the worst.
 *
 * @example
 * ```ts
 * import { gradeProfile } from "co-decide/ballots";
 *
 * gradeProfile(["a", "b"], [{ grades: { a: "good", b: "poor" } }], ["good", "fair", "poor"]);
 * // => right: a GradeProfile
 * ```
 *
 * @category ballots
 */
export const gradeProfile = (
  candidates: readonly string[],
  ballots: readonly {
    readonly grades: Readonly<Record<string, string>>;
    readonly count?: number | string;
  }[],
  scale: readonly string[],
): E.Either<DecideError, GradeProfile> =>
  fromBallots(candidates, ballots, { kind: "grades", scale }) as E.Either<
    DecideError,
    GradeProfile
  >;

const fromBallots = (
  candidates: unknown,
  ballots: unknown,
  options: ProfileOptions & { readonly kind: BallotKind },
): E.Either<DecideError, Profile> => {
  const spec = { method: "-", candidates, ballots };
  return readSpec(spec, (checked, tiersChecked) => {
    const issues: InputIssue[] = [];
    if (options.range !== undefined) checkRange(options.range, "range", issues);
    if (options.scale !== undefined) checkScale(options.scale, "scale", issues);
    if (issues.length > 0) return E.left(invalidInput(issues));
    const built = buildProfile(
      checked.candidates,
      checked.ballots,
      options,
      issues,
      tiersChecked,
      options.kind,
    );
    return issues.length > 0 || built === undefined ? E.left(invalidInput(issues)) : built;
  });
};

/**
 * The shape check: zod over the whole spec, unless the fast path vouched for every ballot
 * (`vouched`, the ballots array read once), when zod checks the rest and the ballots are taken as
 * they are. Anything the fast path cannot vouch for goes through zod, which writes every issue
 * with its path.
 */
const checkShape = (
  input: unknown,
  vouched: readonly unknown[] | undefined,
): E.Either<DecideError, ElectionSpecInput> => {
  if (vouched !== undefined) {
    try {
      // The spec as zod sees it in every field but `ballots`, which reads as empty (a proxy
      // costs less code in a bundle than a second spec schema).
      const head = ElectionSpecSchema.safeParse(
        new Proxy(input as Record<PropertyKey, unknown>, {
          get: (target, key) => (key === "ballots" ? [] : target[key]),
        }),
      );
      if (head.success) return E.right({ ...head.data, ballots: vouched as BallotInput[] });
    } catch {
      // zod over the whole spec reports it as unreadable
    }
  }
  return validate(ElectionSpecSchema, input);
};

/**
 * Checks the sizes of a spec before anything loops over it (zod included): the candidates, the
 * work limits on ballots and cells, and every list that cannot be longer than the candidates. A
 * sparse array may claim 2^32 - 1 slots while holding one value; no loop may walk it. Returns the
 * ballots when the fast path (`quickBallots`, reading every tier when `tiers` is true) vouches
 * for every ballot.
 */
const guardSizes = (input: unknown, tiers: boolean): E.Either<DecideError, Vouched | undefined> => {
  try {
    if (typeof input !== "object" || input === null) return E.right(undefined);
    const candidates = ownField(input, "candidates");
    const ballots = ownField(input, "ballots");
    const n = Array.isArray(candidates) ? candidates.length : 0;
    if (n > MAX_CANDIDATES) {
      return E.left(
        invalidInputAt(
          "candidates",
          "too_many_candidates",
          `at most ${MAX_CANDIDATES} candidates, got ${n}`,
        ),
      );
    }
    const issues: InputIssue[] = [];
    const limits = ownField(input, "limits");
    const allowed = (limit: WorkLimit, key: string): number | undefined => {
      const resolved = resolveLimit(limit, ownField(limits, key));
      if (E.isRight(resolved)) return resolved.right;
      issues.push(...resolved.left.issues);
      return undefined;
    };
    const ballotLimit = allowed(SPEC_BALLOTS_LIMIT, "ballots");
    const cellLimit = allowed(SPEC_CELLS_LIMIT, "cells");
    if (ballotLimit === undefined || cellLimit === undefined) return E.left(invalidInput(issues));
    let vouched: Vouched | undefined;
    if (Array.isArray(ballots)) {
      const refused = pipe(
        checkWork(SPEC_BALLOTS_LIMIT, ballots.length, ballotLimit),
        E.flatMap(() => checkWork(SPEC_CELLS_LIMIT, ballots.length * Math.max(1, n), cellLimit)),
      );
      if (E.isLeft(refused)) return refused;
      if (quickBallots(ballots, n, tiers)) vouched = { ballots, n };
      for (
        let b = 0;
        vouched === undefined && b < ballots.length && issues.length < MAX_ISSUES;
        b++
      ) {
        const ballot: unknown = ballots[b];
        checkLength(ownField(ballot, "approve"), n, `ballots[${b}].approve`, issues);
        const ranking = ownField(ballot, "ranking");
        if (checkLength(ranking, n, `ballots[${b}].ranking`, issues) && Array.isArray(ranking)) {
          for (let t = 0; t < ranking.length; t++) {
            checkLength(ranking[t], n, `ballots[${b}].ranking[${t}]`, issues);
          }
        }
      }
    }
    // A tie-break order names candidates, each once; its fallbacks nest (checked to any depth
    // zod would reach).
    let policy = ownField(input, "tieBreak");
    for (let depth = 0, path = "tieBreak"; policy !== undefined && depth < 1000; depth++) {
      checkLength(ownField(policy, "order"), n, `${path}.order`, issues);
      policy = ownField(policy, "fallback");
      path = `${path}.fallback`;
    }
    return issues.length > 0 ? E.left(invalidInput(issues)) : E.right(vouched);
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `the input could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
      ),
    );
  }
};

/** An own property of an object, or `undefined` for anything else. */
const ownField = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null && Object.hasOwn(value, key)
    ? (value as Readonly<Record<string, unknown>>)[key]
    : undefined;

/** False, after pushing an issue, when `list` is an array longer than the `n` candidates. */
const checkLength = (list: unknown, n: number, path: string, issues: InputIssue[]): boolean => {
  if (!Array.isArray(list) || list.length <= n) return true;
  issues.push({
    path,
    code: "too_long",
    message: `lists ${list.length} entries, but there ${n === 1 ? "is 1 candidate" : `are ${n} candidates`}`,
  });
  return false;
};

const readProfileOptions = (
  options: Readonly<Record<string, unknown>> | undefined,
  issues: InputIssue[],
): ProfileOptions => {
  if (options === undefined) return {};
  const out: { range?: { min: number; max: number }; scale?: readonly string[] } = {};
  if (Object.hasOwn(options, "range")) {
    const range = options["range"];
    if (checkRange(range, "options.range", issues)) out.range = range;
  }
  if (Object.hasOwn(options, "scale")) {
    const scale = options["scale"];
    if (checkScale(scale, "options.scale", issues)) out.scale = scale;
  }
  return out;
};

const checkRange = (
  range: unknown,
  path: string,
  issues: InputIssue[],
): range is { min: number; max: number } => {
  const ok =
    typeof range === "object" &&
    range !== null &&
    Number.isSafeInteger((range as { min?: unknown }).min) &&
    Number.isSafeInteger((range as { max?: unknown }).max) &&
    (range as { min: number }).min < (range as { max: number }).max &&
    // Scores are stored in an Int32Array whose lowest value marks "no score".
    (range as { min: number }).min > NO_SCORE &&
    (range as { max: number }).max <= 0x7fffffff;
  if (!ok) {
    issues.push({
      path,
      code: "invalid_range",
      message: `expected { min, max } with whole numbers -2147483647 ≤ min < max ≤ 2147483647, got ${describeValue(range)}`,
    });
  }
  return ok;
};

const checkScale = (scale: unknown, path: string, issues: InputIssue[]): scale is string[] => {
  // The length first: a sparse array may claim 2^32 - 1 slots; then holes, which `every` skips.
  const hole = Array.isArray(scale) && scale.length < NO_GRADE ? firstHole(scale) : undefined;
  if (hole !== undefined) {
    issues.push(holeIssue(path, hole));
    return false;
  }
  const ok =
    Array.isArray(scale) &&
    scale.length > 0 &&
    scale.length < NO_GRADE &&
    scale.every((grade) => typeof grade === "string") &&
    new Set(scale).size === scale.length;
  if (!ok) {
    issues.push({
      path,
      code: "invalid_scale",
      message: "expected a list of distinct grade names, best first",
    });
  }
  return ok;
};

/**
 * Checks that a tie-break policy's `order` (and its fallbacks') names known candidates.
 *
 * @internal
 */
export const checkTieBreak = (
  policy: ElectionSpecInput["tieBreak"],
  candidates: readonly string[],
  issues: InputIssue[],
  path = "tieBreak",
): void => {
  if (policy === undefined) return;
  if (policy.kind === "order") {
    const known = new Set(candidates);
    policy.order.forEach((name, i) => {
      if (!known.has(name)) {
        issues.push({
          path: `${path}.order[${i}]`,
          code: "unknown_candidate",
          message: `unknown candidate ${JSON.stringify(name)}`,
        });
      }
    });
  }
  if (
    (policy.kind === "forwards" || policy.kind === "backwards") &&
    policy.fallback !== undefined
  ) {
    checkTieBreak(policy.fallback, candidates, issues, `${path}.fallback`);
  }
};

/**
 * Checks the ballots' meaning and builds the profile, pushing every problem onto `issues`.
 * Returns `undefined` when the candidates themselves are unusable, or when the tiers were not all
 * checked (`tiersChecked` false) and a ranked ballot the fast read refused has a tier zod would
 * refuse (then `readSpec` reads the spec again the full way).
 */
const buildProfile = (
  candidates: readonly string[],
  ballots: readonly BallotInput[],
  options: ProfileOptions,
  issues: InputIssue[],
  tiersChecked: boolean,
  expectedKind?: BallotKind,
): E.Either<DecideError, Profile> | undefined => {
  const index = new Map<string, number>();
  candidates.forEach((name, c) => {
    if (index.has(name)) {
      issues.push({
        path: `candidates[${c}]`,
        code: "duplicate_candidate",
        message: `${JSON.stringify(name)} is listed twice (first at candidates[${index.get(name)}])`,
      });
    } else {
      index.set(name, c);
    }
  });
  if (candidates.length > MAX_CANDIDATES) {
    issues.push({
      path: "candidates",
      code: "too_many_candidates",
      message: `at most ${MAX_CANDIDATES} candidates, got ${candidates.length}`,
    });
    return undefined;
  }
  const first = ballots[0];
  const kind: BallotKind =
    expectedKind ?? (first === undefined ? (options.kind ?? "ranked") : kindOfBallot(first));
  if (kind === "grades" && options.scale === undefined) {
    // A scale that was given but refused has its own issue already.
    if (issues.some((issue) => /^(options\.)?scale\b/.test(issue.path))) return undefined;
    issues.push({
      path: "options.scale",
      code: "missing_scale",
      message: "graded ballots need options.scale, the grades from best to worst",
    });
    return undefined;
  }
  const n = candidates.length;
  // Ranked ballots stop being merged when most of them are distinct (see `createRowBuilder`).
  const builder = createRowBuilder(
    kind,
    candidates,
    {
      ...(options.range === undefined ? {} : { range: options.range }),
      ...(options.scale === undefined ? {} : { scale: options.scale }),
      // Rows for every ballot at once (no growing by doubling), up to 2^24 cells (32 MB).
      expectedRows: Math.min(ballots.length, Math.floor(2 ** 24 / Math.max(1, n))),
    },
    APPEND_WHEN_DISTINCT,
  );
  const gradeIndex = new Map((options.scale ?? []).map((grade, g) => [grade, g] as const));
  const range = options.range ?? { min: 0, max: 10 };
  const row = kind === "score" ? new Int32Array(n) : new Uint16Array(n);
  const full = (): boolean => issues.length >= MAX_ISSUES;
  const names = kind === "ranked" ? nameIndex(index, candidates) : undefined;

  for (let b = 0; b < ballots.length && !full(); b++) {
    const ballot = ballots[b] as BallotInput;
    const ballotKind = kindOfBallot(ballot);
    // The fast path: a ranked ballot that names known candidates once each. Anything else is read
    // again below, which finds and words every problem.
    if (ballotKind === "ranked" && names !== undefined) {
      // A loop rather than `fill`: for ten cells a call to the built-in costs more than the writes.
      for (let c = 0; c < n; c++) row[c] = UNRANKED;
      if (readRanked(ballot, names, row as Uint16Array)) {
        addRow(builder, row, ballot, b, issues, true);
        continue;
      }
    }
    // Read below as zod would have passed it: a tier not checked yet may be anything.
    if (!tiersChecked && ballotKind === "ranked" && !quickBallot(ballot, n, true)) return undefined;
    const at = `ballots[${b}]`;
    if (ballotKind !== kind) {
      issues.push({
        path: at,
        code: "mixed_ballot_kinds",
        message: `${KIND_WORDS[ballotKind]} among ${KIND_WORDS[kind].replace(/^an? /, "")}s: all ballots must be of one kind`,
      });
      continue;
    }
    const before = issues.length;
    const unknown = (path: string, name: string): void => {
      issues.push({
        path,
        code: "unknown_candidate",
        message: `unknown candidate ${JSON.stringify(name)}`,
      });
    };
    const twice = (path: string, name: string): void => {
      issues.push({
        path,
        code: "duplicate_candidate",
        message: `${JSON.stringify(name)} appears twice on this ballot`,
      });
    };
    switch (ballotKind) {
      case "ranked": {
        row.fill(UNRANKED);
        let tiers: readonly (string | readonly string[])[];
        let tierPath: (t: number, i: number, single: boolean) => string;
        if (typeof ballot === "string") {
          const parsed = parseShorthand(ballot);
          if ("error" in parsed) {
            issues.push({ path: at, code: "invalid_shorthand", message: parsed.error });
            continue;
          }
          tiers = parsed.tiers;
          tierPath = () => at;
        } else {
          tiers = (ballot as { ranking: (string | string[])[] }).ranking;
          tierPath = (t, i, single) => `${at}.ranking[${t}]${single ? "" : `[${i}]`}`;
        }
        tiers.forEach((tier, t) => {
          const names = typeof tier === "string" ? [tier] : tier;
          names.forEach((name, i) => {
            const c = index.get(name);
            const path = tierPath(t, i, typeof tier === "string");
            if (c === undefined) unknown(path, name);
            else if (row[c] !== UNRANKED) twice(path, name);
            else row[c] = t;
          });
        });
        break;
      }
      case "approval": {
        row.fill(0);
        (ballot as { approve: string[] }).approve.forEach((name, i) => {
          const c = index.get(name);
          if (c === undefined) unknown(`${at}.approve[${i}]`, name);
          else if (row[c] === 1) twice(`${at}.approve[${i}]`, name);
          else row[c] = 1;
        });
        break;
      }
      case "score":
      case "grades": {
        const isScore = ballotKind === "score";
        const record = isScore
          ? (ballot as { scores: Readonly<Record<string, unknown>> }).scores
          : (ballot as { grades: Readonly<Record<string, unknown>> }).grades;
        const field = isScore ? "scores" : "grades";
        row.fill(isScore ? NO_SCORE : NO_GRADE);
        for (const name of ownKeys(record)) {
          const path = formatPath(["ballots", b, field, name]);
          const c = index.get(name);
          const value = record[name];
          if (c === undefined) {
            unknown(path, name);
          } else if (isScore) {
            if (
              typeof value !== "number" ||
              !Number.isInteger(value) ||
              value < range.min ||
              value > range.max
            ) {
              issues.push({
                path,
                code: "score_out_of_range",
                message: `expected a whole number from ${range.min} to ${range.max}, got ${describeValue(value)}`,
              });
            } else {
              row[c] = value;
            }
          } else {
            const g = typeof value === "string" ? gradeIndex.get(value) : undefined;
            if (g === undefined) {
              issues.push({
                path,
                code: "unknown_grade",
                message: `expected a grade on the scale (${(options.scale ?? []).map((s) => JSON.stringify(s)).join(", ")}), got ${describeValue(value)}`,
              });
            } else {
              row[c] = g;
            }
          }
        }
        break;
      }
    }
    if (issues.length > before) continue;
    addRow(builder, row, ballot, b, issues, false);
  }
  if (issues.length > 0) return undefined;
  return builder.build();
};

/** Adds a ballot's row with its count; `tiers`: a ranked row `readRanked` wrote (no gaps). */
const addRow = (
  builder: RowBuilder<BallotKind>,
  row: Uint16Array | Int32Array,
  ballot: BallotInput,
  b: number,
  issues: InputIssue[],
  tiers: boolean,
): void => {
  let count: number | Rational = 1;
  if (typeof ballot !== "string" && ballot.count !== undefined) {
    const parsed = typeof ballot.count === "number" ? ballot.count : parseRational(ballot.count);
    if (parsed === undefined) {
      issues.push({
        path: `ballots[${b}].count`,
        code: "invalid_count",
        message: "count must not have a zero denominator",
      });
      return;
    }
    count = parsed;
  }
  const refused = tiers ? builder.addTiers(row as Uint16Array, count) : builder.add(row, count);
  if (refused !== undefined)
    issues.push({ path: `ballots[${b}].count`, code: "invalid_count", message: refused });
};
