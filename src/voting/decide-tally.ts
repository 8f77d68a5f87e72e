/**
 * `decideTally`: runs a method on a tally instead of ballots, the last step of a count split
 * across workers or machines (tally each shard with `tallyProfile`, merge with `mergeTallies`,
 * send as JSON with `tallyToJson`, decide once).
 *
 * Which methods can: those whose count reads only a summary of the ballots.
 * - From a **pairwise** tally (the pairwise matrix): Schulze, ranked pairs, Copeland, minimax,
 *   River, Split Cycle, Dodgson–Tideman, Kemeny–Young, Slater, Smith/minimax, Stable Voting and
 *   Simple Stable Voting.
 * - From a **positional** tally (where each candidate stands on each ballot): plurality,
 *   anti-plurality, Borda (every points scheme), Dowdall and the positional rule with any score
 *   vector.
 *
 * Every other method needs whole ballots (IRV and the other runoffs transfer each ballot to its
 * next preference; Dodgson counts swaps on each ballot; Black falls back to Borda, which needs the
 * positions as well as the matrix; approval, score and graded methods read other kinds of ballot)
 * and answers `Unsupported` with reason `needs_ballots`. The outcome on a tally equals the outcome
 * of `decide` on the profile the tally came from (property-tested for every method listed).
 *
 * The table of tally-capable methods lives here rather than on each `MethodDefinition` so that the
 * method files keep one entry point each; `tallyKindOf` answers which tally a method reads.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import type { UnrankedRule } from "../ballots/profile.js";
import { TieBreakPolicySchema } from "../ballots/schemas.js";
import { checkTieBreak } from "../ballots/spec.js";
import type { PairwiseTally } from "../ballots/tally/pairwise.js";
import type { PositionalPlace, PositionalTally } from "../ballots/tally/positional.js";
import { parseTally, type Tally, type TallyKind } from "../ballots/tally/wire.js";
import {
  type DecideError,
  type InputIssue,
  invalidInput,
  invalidInputAt,
  unknownMethod,
  unsupported,
} from "../core/errors.js";
import { pure } from "../core/internal/pure.js";
import { checkWork, resolveLimit } from "../core/limits.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { type Rational, rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { validate } from "../core/validation.js";
import { electByScore } from "../counting/elect.js";
import { LEXICOGRAPHIC } from "../counting/ranked.js";
import { antiPluralityWith } from "./anti-plurality.js";
import { type BordaPoints, bordaWith } from "./borda.js";
import { copelandFromTally } from "./condorcet/copeland.js";
import { dodgsonTidemanFromTally } from "./condorcet/dodgson-tideman.js";
import { KEMENY_YOUNG_LIMITS, kemenyYoungFromTally } from "./condorcet/kemeny-young.js";
import { minimaxFromTally } from "./condorcet/minimax.js";
import { rankedPairsFromTally } from "./condorcet/ranked-pairs.js";
import { riverFromTally } from "./condorcet/river.js";
import { schulzeFromTally } from "./condorcet/schulze.js";
import { simpleStableVotingFromTally } from "./condorcet/simple-stable-voting.js";
import { slaterFromTally } from "./condorcet/slater.js";
import { splitCycleFromTally } from "./condorcet/split-cycle.js";
import { STABLE_VOTING_LIMITS, stableVotingFromTally } from "./condorcet/stable-voting.js";
import { dowdallWith } from "./dowdall.js";
import { smithMinimaxFromTally } from "./hybrids/smith-minimax.js";
import { positionalWith } from "./positional.js";
import { getMethod, listMethods } from "./registry.js";

/**
 * The spec {@link decideTally} reads.
 *
 * @category decide
 */
export interface DecideTallySpec {
  /** The registry id of a method that counts from a tally (see {@link tallyKindOf}). */
  readonly method: string;
  /** A {@link Tally}, or its JSON form (`tallyToJson`); checked by `parseTally`. */
  readonly tally: unknown;
  /** The method's options, as in `decide`. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** The tie-break policy (default `{ kind: "lexicographic" }`). */
  readonly tieBreak?: TieBreakPolicy;
  /** Raises the method's candidate limit (`candidates`) or the tally reader's (`cells`). */
  readonly limits?: { readonly candidates?: number; readonly cells?: number };
}

type Run = (
  tally: Tally,
  options: never,
  tieBreak: TieBreakPolicy,
) => E.Either<DecideError, Outcome>;

interface TallyCount {
  readonly kind: TallyKind;
  readonly run: Run;
}

type Options = Readonly<Record<string, unknown>> & {
  readonly unranked?: UnrankedRule;
  readonly strength?: never;
};

const pairwise = (
  count: (
    tally: PairwiseTally,
    options: Options,
    tieBreak: TieBreakPolicy,
  ) => Outcome | E.Either<DecideError, Outcome>,
): TallyCount => ({
  kind: "pairwise",
  run: ((tally: PairwiseTally, options: Options, tieBreak: TieBreakPolicy) => {
    const result = count(tally, options, tieBreak);
    return "_tag" in result ? result : E.right(result);
  }) as unknown as Run,
});

const positional = (
  count: (tally: PositionalTally, options: Options, tieBreak: TieBreakPolicy) => Outcome,
): TallyCount => ({
  kind: "positional",
  run: ((tally: PositionalTally, options: Options, tieBreak: TieBreakPolicy) =>
    E.right(count(tally, options, tieBreak))) as unknown as Run,
});

/** Each candidate's exact score: Σ over places of `count × points(place)`, over the denominator. */
const placeScores = (
  tally: PositionalTally,
  pointsOf: (place: PositionalPlace) => Rational | undefined,
): Rational[] => {
  const n = tally.candidates.length;
  const scores: Rational[] = Array.from({ length: n }, () => rationals.ZERO);
  for (const place of tally.places) {
    const points = pointsOf(place);
    if (points === undefined || points.num === 0n) continue;
    for (let c = 0; c < n; c++) {
      const v = place.counts[c] as number;
      if (v !== 0)
        scores[c] = rationals.add(
          scores[c] as Rational,
          rationals.mul(points, rational(BigInt(v))),
        );
    }
  }
  const den = rational(BigInt(tally.denominator));
  return scores.map((s) => rationals.div(s, den));
};

/** The unranked group of a ballot sits just below its ranked candidates. */
const isUnranked = (place: PositionalPlace): boolean => place.position === place.ranked;

/** The average of `points[position .. position + size - 1]` (positions past the list score 0). */
const averagePoints = (points: readonly Rational[], place: PositionalPlace): Rational => {
  let sum = rationals.ZERO;
  for (let i = place.position; i < place.position + place.size; i++)
    sum = rationals.add(sum, points[i] ?? rationals.ZERO);
  return rationals.div(sum, rational(BigInt(place.size)));
};

const positionalPoints =
  (unranked: UnrankedRule, points: readonly Rational[]) =>
  (place: PositionalPlace): Rational | undefined =>
    isUnranked(place) && unranked === "not-compared" ? undefined : averagePoints(points, place);

/** Borda's doubled points for a place, as `bordaScores` gives them (documented in borda.ts). */
const bordaPoints =
  (n: number, points: BordaPoints, unranked: UnrankedRule) =>
  (place: PositionalPlace): Rational | undefined => {
    const { position: p, size: k, ranked } = place;
    if (isUnranked(place) && !(unranked === "tied-last" && points !== "modified")) return undefined;
    const doubled =
      points === "modified"
        ? 2 * ranked - 2 * p - k + 1
        : points === "tournament" && unranked === "not-compared"
          ? 2 * ranked - 2 * p - k - 1
          : 2 * n - 2 * p - k - 1;
    return rational(BigInt(doubled), 2n);
  };

const TALLY_METHODS: ReadonlyMap<string, TallyCount> = /* @__PURE__ */ pure(
  () =>
    new Map<string, TallyCount>([
      [
        "schulze",
        pairwise((t, o, tb) =>
          schulzeFromTally(t, (o as { strength?: "winning" }).strength ?? "winning", tb),
        ),
      ],
      [
        "ranked-pairs",
        pairwise((t, o, tb) =>
          rankedPairsFromTally(t, (o as { strength?: "winning" }).strength ?? "winning", tb),
        ),
      ],
      ["copeland", pairwise((t, o, tb) => copelandFromTally(t, o, tb))],
      ["minimax", pairwise((t, o, tb) => minimaxFromTally(t, o, tb))],
      ["river", pairwise((t, o, tb) => riverFromTally(t, o, tb))],
      ["split-cycle", pairwise((t, o, tb) => splitCycleFromTally(t, o, tb))],
      ["dodgson-tideman", pairwise((t, o, tb) => dodgsonTidemanFromTally(t, o, tb))],
      [
        "kemeny-young",
        pairwise((t, o, tb) =>
          kemenyYoungFromTally(t, o, tb, { candidates: KEMENY_YOUNG_LIMITS.candidates.ceiling }),
        ),
      ],
      ["slater", pairwise((t, o, tb) => slaterFromTally(t, o, tb))],
      ["smith-minimax", pairwise((t, o, tb) => smithMinimaxFromTally(t, o, tb))],
      ["simple-stable-voting", pairwise((t, o, tb) => simpleStableVotingFromTally(t, o, tb))],
      [
        "stable-voting",
        pairwise((t, o, tb) =>
          stableVotingFromTally(t, o, tb, { candidates: STABLE_VOTING_LIMITS.candidates.ceiling }),
        ),
      ],
      [
        "plurality",
        positional((t, o, tb) =>
          // The same count and words as `plurality`: a first tier of k candidates gives each 1/k.
          electByScore({
            method: "plurality",
            candidates: t.candidates,
            scores: placeScores(t, (place) =>
              place.position === 0 && !isUnranked(place)
                ? rational(1n, BigInt(place.size))
                : undefined,
            ),
            tieBreak: tb,
            tally: {
              label: "Count each ballot's first preference",
              key: "firstPreferences",
              data: { unranked: o.unranked ?? "tied-last" },
            },
            reason: "the most first preferences",
          }),
        ),
      ],
      [
        "anti-plurality",
        positional((t, o, tb) => {
          // Each ballot vetoes its bottom group (as anti-plurality.ts counts it): the unranked
          // candidates, or the last tier when it ranks everyone (tied-last); the last ranked tier
          // (not-compared). A ballot whose bottom group is all it compares vetoes no one.
          const n = t.candidates.length;
          const rule = o.unranked ?? "tied-last";
          const bottom = (place: PositionalPlace): boolean =>
            rule === "tied-last"
              ? (isUnranked(place) || (place.ranked === n && place.position + place.size === n)) &&
                place.size !== n
              : !isUnranked(place) &&
                place.position + place.size === place.ranked &&
                place.size !== place.ranked;
          let voting = 0;
          for (const place of t.places) {
            if (!bottom(place)) continue;
            let sum = 0;
            for (const v of place.counts) sum += v;
            // Each such ballot counts once for each of the `size` candidates of its bottom group.
            voting += sum / place.size;
          }
          return antiPluralityWith(
            t.candidates,
            placeScores(t, (place) =>
              bottom(place) ? rational(1n, BigInt(place.size)) : undefined,
            ),
            rational(BigInt(voting), BigInt(t.denominator)),
            tb,
          );
        }),
      ],
      [
        "borda",
        positional((t, o, tb) =>
          bordaWith(
            t.candidates,
            (points, unranked) =>
              placeScores(t, bordaPoints(t.candidates.length, points, unranked)),
            o,
            tb,
          ),
        ),
      ],
      [
        "dowdall",
        positional((t, o, tb) =>
          dowdallWith(
            t.candidates,
            (unranked) =>
              placeScores(
                t,
                positionalPoints(
                  unranked,
                  t.candidates.map((_, i) => rational(1n, BigInt(i + 1))),
                ),
              ),
            o,
            tb,
          ),
        ),
      ],
      [
        "positional",
        positional((t, o, tb) =>
          positionalWith(
            t.candidates,
            (unranked, points) => placeScores(t, positionalPoints(unranked, points)),
            o,
            tb,
          ),
        ),
      ],
    ]),
);

/**
 * The kind of tally a registered method counts from, or `undefined` when it needs whole ballots
 * (or is not registered).
 *
 * @example
 * ```ts
 * import { tallyKindOf } from "co-decide/voting";
 *
 * tallyKindOf("schulze"); // => "pairwise"
 * tallyKindOf("borda"); // => "positional"
 * tallyKindOf("irv"); // => undefined
 * ```
 *
 * @category decide
 */
export const tallyKindOf = (method: string): TallyKind | undefined =>
  TALLY_METHODS.get(method)?.kind;

/**
 * Runs a method on a tally (pairwise or positional, as a {@link Tally} or its JSON form) and
 * returns the same outcome `decide` gives on the ballots the tally summarises.
 *
 * @remarks
 * The last step of a count split into shards: tally each shard (`tallyProfile`), merge the
 * tallies (`mergeTallies`, associative and commutative, so in any order and grouping), and decide
 * once. The spec is `{ method, tally, options?, tieBreak?, limits? }`; the tally is checked by
 * `parseTally` (errors at path `tally...`), the options by the method's schema (`options...`).
 * A pairwise tally carries its unranked rule: `options.unranked`, if given, must equal it.
 * Methods that need whole ballots answer `Unsupported` with reason `needs_ballots`, a method of
 * the other tally kind `InvalidInput` at `tally.kind`. Never throws. Cost: the tally's cells plus
 * the method's own count on n candidates (its `limits.candidates` applies).
 *
 * @param spec - `{ method, tally, options?, tieBreak?, limits? }` of any shape.
 * @returns the {@link Outcome}, or the first stage's error.
 * @example Schulze on two merged shards
 * ```ts
 * import { mergeTallies, rankedProfile, tallyProfile, tallyToJson } from "co-decide/ballots";
 * import { decideTally } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const shardA = rankedProfile(["a", "b", "c"], ["a>b>c", "b>c>a"]);
 * const shardB = rankedProfile(["a", "b", "c"], ["a>c>b"]);
 * if (E.isRight(shardA) && E.isRight(shardB)) {
 *   const merged = mergeTallies(tallyProfile(shardA.right, "pairwise"), tallyProfile(shardB.right, "pairwise"));
 *   E.isRight(merged) && decideTally({ method: "schulze", tally: tallyToJson(merged.right) });
 *   // => right: { method: "schulze", winners: ["a"], ... }
 * }
 * decideTally({ method: "irv", tally: {} });
 * // => left: { _tag: "Unsupported", reason: "needs_ballots", ... }
 * ```
 *
 * @category decide
 */
export const decideTally = (spec: unknown): E.Either<DecideError, Outcome> => {
  try {
    return readAndCount(spec);
  } catch (cause) {
    return E.left(
      unsupported(
        "internal_error",
        `The count stopped on an internal error (${cause instanceof Error ? cause.message : "unknown cause"}); please report it.`,
      ),
    );
  }
};

const SPEC_KEYS = new Set(["method", "tally", "options", "tieBreak", "limits"]);

const readAndCount = (spec: unknown): E.Either<DecideError, Outcome> => {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    return E.left(invalidInputAt("", "invalid_type", "expected a spec object { method, tally }"));
  }
  let raw: Readonly<Record<string, unknown>>;
  try {
    // One read of each field, so that a getter or proxy is met here, where it is the input's fault.
    raw = Object.fromEntries(
      Object.keys(spec).map((key) => [key, (spec as Record<string, unknown>)[key]]),
    );
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `the spec could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
      ),
    );
  }
  const unknownKeys = Object.keys(raw).filter((key) => !SPEC_KEYS.has(key));
  if (unknownKeys.length > 0) {
    return E.left(
      invalidInput(
        unknownKeys.slice(0, 20).map((key) => ({
          path: key,
          code: "unrecognized_key",
          message: "not a field of a tally spec (method, tally, options, tieBreak, limits)",
        })),
      ),
    );
  }
  const id = raw["method"];
  if (typeof id !== "string") {
    return E.left(invalidInputAt("method", "invalid_type", "expected a method id"));
  }
  const method = getMethod(id);
  if (method === undefined) {
    return E.left(
      unknownMethod(
        id,
        listMethods().map((m) => m.id),
      ),
    );
  }
  const count = TALLY_METHODS.get(id);
  if (count === undefined) {
    return E.left(
      unsupported(
        "needs_ballots",
        method.ballotKind === "ranked"
          ? `${method.name} needs whole ballots (its count follows each ballot, for example to transfer it between rounds), which a pairwise or positional tally does not keep; count it with decide on the ballots or a profile.`
          : `${method.name} reads ${method.ballotKind} ballots; decideTally counts ranked ballots' pairwise and positional tallies only; count it with decide.`,
      ),
    );
  }
  const limits = raw["limits"];
  if (limits !== undefined && (typeof limits !== "object" || limits === null)) {
    return E.left(invalidInputAt("limits", "invalid_type", "expected an object"));
  }
  const limitOf = (key: string): unknown =>
    limits === undefined ? undefined : (limits as Readonly<Record<string, unknown>>)[key];
  const cells = limitOf("cells");
  return pipe(
    parseTally(raw["tally"], cells === undefined ? {} : { limits: { cells: cells as number } }),
    E.mapLeft((error) =>
      error._tag === "InvalidInput"
        ? invalidInput(error.issues.map((issue) => under("tally", issue)))
        : error,
    ),
    E.flatMap((tally) =>
      tally.kind === count.kind
        ? E.right(tally)
        : E.left(
            invalidInputAt(
              "tally.kind",
              "wrong_tally",
              `${method.name} counts from a ${count.kind} tally, not a ${tally.kind} one`,
            ),
          ),
    ),
    E.flatMap((tally) =>
      pipe(
        validate(method.options, raw["options"] ?? {}),
        E.mapLeft(
          (error): DecideError =>
            invalidInput(error.issues.map((issue) => under("options", issue))),
        ),
        E.flatMap((options) => {
          const given = (options as { readonly unranked?: unknown } | undefined)?.unranked;
          if (tally.kind === "pairwise" && given !== undefined && given !== tally.unranked) {
            return E.left(
              invalidInputAt(
                "options.unranked",
                "rules_differ",
                `the tally was counted with unranked "${tally.unranked}"; tally the ballots again with "${String(given)}", or leave options.unranked out`,
              ),
            );
          }
          const withRule =
            tally.kind === "pairwise"
              ? { ...(options as object), unranked: tally.unranked }
              : options;
          return E.right(withRule as Options);
        }),
        E.flatMap((options) =>
          pipe(
            readTieBreak(raw["tieBreak"], tally.candidates),
            E.map((tieBreak) => ({ options, tieBreak })),
          ),
        ),
        E.flatMap(({ options, tieBreak }) =>
          pipe(
            resolveLimit(method.limits.candidates, limitOf("candidates")),
            E.mapLeft((error): DecideError => invalidInput(error.issues)),
            E.flatMap(
              (allowed): E.Either<DecideError, undefined> =>
                checkWork(method.limits.candidates, tally.candidates.length, allowed),
            ),
            E.flatMap(() => count.run(tally, options as never, tieBreak)),
          ),
        ),
      ),
    ),
  );
};

const readTieBreak = (
  input: unknown,
  candidates: readonly string[],
): E.Either<DecideError, TieBreakPolicy> => {
  if (input === undefined) return E.right(LEXICOGRAPHIC);
  return pipe(
    validate(TieBreakPolicySchema, input),
    E.mapLeft(
      (error): DecideError => invalidInput(error.issues.map((issue) => under("tieBreak", issue))),
    ),
    E.flatMap((policy) => {
      const issues: InputIssue[] = [];
      checkTieBreak(policy, candidates, issues);
      return issues.length > 0 ? E.left(invalidInput(issues)) : E.right(policy as TieBreakPolicy);
    }),
  );
};

const under = (prefix: string, issue: InputIssue): InputIssue => ({
  ...issue,
  path:
    issue.path === ""
      ? prefix
      : issue.path.startsWith("[")
        ? `${prefix}${issue.path}`
        : `${prefix}.${issue.path}`,
});
