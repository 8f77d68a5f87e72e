/**
 * Tie-break policies, and the record every tie leaves in an outcome (DESIGN.md 3.2).
 *
 * A policy says how to choose among tied candidates. Methods ask a {@link TieBreaker} either to
 * *select* (the candidate to elect or rank higher) or to *eliminate* (the candidate to drop). Each
 * policy favours candidates in one fixed direction, so selecting picks the most favoured and
 * eliminating picks the least favoured:
 *
 * | policy | favoured candidate |
 * | --- | --- |
 * | `none` | nobody: the tie is reported, not broken; `winners` is then every candidate who wins under some resolution of the ties met (docs/choosing-a-method.md) |
 * | `lexicographic` | the name that sorts first by UTF-16 code units (not locale order, which varies by runtime) |
 * | `order` | the one earlier in the given `order`; names missing from it come after, lexicographically |
 * | `random` | drawn uniformly with the seeded generator of `core/prng` (the seed is recorded) |
 * | `forwards` | the one with more votes at the *first* earlier round where the tied candidates differ |
 * | `backwards` | the one with more votes at the *most recent* earlier round where they differ |
 *
 * The look-back rules narrow the tie round by round (only the best, or the worst, at the deciding
 * round stay in); candidates still tied after every earlier round go to the `fallback` policy
 * (`lexicographic` when absent). Backwards look-back is the rule of, for example, the Scottish STV
 * order (2007, rule 49); forwards look-back is the rule of ERS97 (5.2.3, 5.2.5: the first stage or
 * the earliest point at which the tied candidates differed) and of some Irish and Australian counts.
 *
 * @module
 */

import { createPrng, type Prng } from "./prng.js";
import { compare as compareRational, type Rational } from "./rational.js";

/**
 * How ties are broken. See the module comment for what each policy favours.
 *
 * @category tie-breaking
 */
export type TieBreakPolicy =
  | { readonly kind: "none" }
  | { readonly kind: "lexicographic" }
  | { readonly kind: "order"; readonly order: readonly string[] }
  | { readonly kind: "random"; readonly seed: string }
  | { readonly kind: "forwards"; readonly fallback?: TieBreakPolicy }
  | { readonly kind: "backwards"; readonly fallback?: TieBreakPolicy };

/** Whether a tie asks for the candidate to keep or the candidate to drop. @category tie-breaking */
export type TiePurpose = "select" | "eliminate";

/** A score at an earlier round, as a double (exact when whole) or an exact rational. @category tie-breaking */
export type RoundScore = number | Rational;

/**
 * The record one tie leaves in an outcome.
 *
 * @category tie-breaking
 */
export interface TieBreakRecord {
  /** Where in the count the tie arose, e.g. `"round 3"` or `"final ranking, position 2"`. */
  readonly step: string;
  /** The tied candidates, in candidate order. */
  readonly tied: readonly string[];
  readonly purpose: TiePurpose;
  /** The policy asked. */
  readonly policy: TieBreakPolicy["kind"];
  /** The rule that finally decided (a look-back may fall through to its `fallback` policy). */
  readonly resolvedBy: TieBreakPolicy["kind"];
  /** The candidate chosen (to select or to eliminate), or `null` when the policy is `none`. */
  readonly chosen: string | null;
  /** The seed, when a random draw decided. */
  readonly seed?: string;
  /** The earlier round (counting from 1) that decided, when a look-back rule decided. */
  readonly decidedAtRound?: number;
  /** The same, in a sentence. */
  readonly text: string;
}

/** The earlier rounds' scores a look-back rule reads: `history[r][candidate]`, oldest first. @category tie-breaking */
export type RoundHistory = readonly (readonly RoundScore[])[];

/**
 * Breaks the ties of one count and remembers each one. A tie-breaker belongs to one run of one
 * method: it holds the random stream (so a second random tie draws the next numbers, and the
 * whole outcome can be re-run from the seed) and the records.
 *
 * @category tie-breaking
 */
export interface TieBreaker {
  readonly policy: TieBreakPolicy;
  /**
   * Chooses among `tied` (candidate indices, at least two) and records the tie. Returns the index
   * chosen, or `undefined` when the policy is `none`.
   */
  readonly choose: (
    tied: readonly number[],
    purpose: TiePurpose,
    step: string,
    history?: RoundHistory,
  ) => number | undefined;
  /** Every tie met so far, in order. */
  readonly records: () => readonly TieBreakRecord[];
}

const compareScores = (a: RoundScore, b: RoundScore): number => {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  const ra = typeof a === "number" ? toRational(a) : a;
  const rb = typeof b === "number" ? toRational(b) : b;
  return compareRational(ra, rb);
};

// Round scores that are doubles are whole counts in practice; compare them exactly via their digits.
const toRational = (x: number): Rational => {
  if (Number.isSafeInteger(x)) return { num: BigInt(x), den: 1n };
  const scale = 1_000_000_000;
  return { num: BigInt(Math.round(x * scale)), den: BigInt(scale) };
};

/**
 * The key under which a test oracle hangs a {@link TieScript} on a policy (see
 * {@link scriptedPolicy}). A symbol, so no spec parsed from JSON can carry it.
 *
 * @internal
 */
export const TIE_SCRIPT: unique symbol = Symbol("co-decide.tieScript");

/**
 * Chooses, for one tie, the candidate to select or eliminate among `tied` (names, in candidate
 * order); it must return one of them.
 *
 * @internal
 */
export type TieScript = (tied: readonly string[], purpose: TiePurpose, step: string) => string;

/**
 * A policy whose every tie is decided by `script`, one call per tie, in the order the count meets
 * them. It exists for the brute-force oracle of the `none` contract (every way of resolving each
 * tie, one step at a time, which no fixed `order` policy reaches): the oracle replays a count with
 * each sequence of choices. Methods see an ordinary `order` policy (so they break ties as under
 * any deterministic policy) with an empty order; its records say `resolvedBy: "order"`. Not for
 * counts that people rely on: it is not part of the public API and `decide` cannot receive it.
 *
 * @internal
 */
export const scriptedPolicy = (script: TieScript): TieBreakPolicy =>
  Object.assign(
    { kind: "order" as const, order: [] as readonly string[] },
    { [TIE_SCRIPT]: script },
  );

const scriptOf = (policy: TieBreakPolicy): TieScript | undefined =>
  (policy as { readonly [TIE_SCRIPT]?: TieScript })[TIE_SCRIPT];

/** Code-unit order: the same in every runtime, unlike `localeCompare`. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Creates the tie-breaker for one run of a method.
 *
 * @param candidates - candidate names by index.
 * @example Eliminating by lexicographic order
 * ```ts
 * import { createTieBreaker } from "co-decide/core";
 *
 * const tb = createTieBreaker({ kind: "lexicographic" }, ["ann", "bob", "cy"]);
 * tb.choose([0, 2], "eliminate", "round 1"); // => 2 ("cy" sorts last, so it is dropped)
 * tb.records()[0]?.text; // => 'Round 1: ann and cy were tied; cy was eliminated (lexicographic order).'
 * ```
 *
 * @category tie-breaking
 */
export const createTieBreaker = (
  policy: TieBreakPolicy,
  candidates: readonly string[],
): TieBreaker => {
  const records: TieBreakRecord[] = [];
  let prng: Prng | undefined;
  const randomStream = (seed: string): Prng => {
    prng ??= createPrng(seed);
    return prng;
  };

  const decide = (
    p: TieBreakPolicy,
    tied: readonly number[],
    purpose: TiePurpose,
    history: RoundHistory,
    step = "",
  ): {
    chosen: number | undefined;
    resolvedBy: TieBreakPolicy["kind"];
    round?: number;
    seed?: string;
  } => {
    const pickEnd = (sorted: readonly number[]): number =>
      (purpose === "select" ? sorted[0] : sorted[sorted.length - 1]) as number;
    const script = scriptOf(p);
    if (script !== undefined) {
      const picked = script(tied.map(name), purpose, step);
      const chosen = tied.find((c) => name(c) === picked);
      return { chosen: chosen ?? pickEnd(tied), resolvedBy: p.kind };
    }
    switch (p.kind) {
      case "none":
        return { chosen: undefined, resolvedBy: "none" };
      case "lexicographic":
        return {
          chosen: pickEnd([...tied].sort((a, b) => byCodeUnits(name(a), name(b)) || a - b)),
          resolvedBy: "lexicographic",
        };
      case "order": {
        const position = new Map(p.order.map((c, i) => [c, i] as const));
        const rank = (c: number): number => position.get(name(c)) ?? Number.MAX_SAFE_INTEGER;
        return {
          chosen: pickEnd(
            [...tied].sort((a, b) => rank(a) - rank(b) || byCodeUnits(name(a), name(b)) || a - b),
          ),
          resolvedBy: "order",
        };
      }
      case "random": {
        const sorted = [...tied].sort((a, b) => a - b);
        return {
          chosen: sorted[randomStream(p.seed).nextInt(sorted.length)] as number,
          resolvedBy: "random",
          seed: p.seed,
        };
      }
      case "forwards":
      case "backwards": {
        let remaining = [...tied];
        let decidedAt: number | undefined;
        const rounds = history.map((_, i) => i);
        if (p.kind === "backwards") rounds.reverse();
        for (const r of rounds) {
          const scores = history[r] as readonly RoundScore[];
          const score = (c: number): RoundScore => scores[c] ?? 0;
          let best = remaining[0] as number;
          for (const c of remaining) {
            const cmp = compareScores(score(c), score(best));
            if (purpose === "select" ? cmp > 0 : cmp < 0) best = c;
          }
          const narrowed = remaining.filter((c) => compareScores(score(c), score(best)) === 0);
          if (narrowed.length < remaining.length) {
            remaining = narrowed;
            decidedAt = r + 1;
            if (remaining.length === 1) return { chosen: best, resolvedBy: p.kind, round: r + 1 };
          }
        }
        const fallback = decide(
          p.fallback ?? { kind: "lexicographic" },
          remaining,
          purpose,
          history,
        );
        return decidedAt === undefined ? fallback : { ...fallback, round: decidedAt };
      }
    }
  };

  const name = (c: number): string => candidates[c] ?? String(c);

  const choose = (
    tied: readonly number[],
    purpose: TiePurpose,
    step: string,
    history: RoundHistory = [],
  ): number | undefined => {
    const ordered = [...new Set(tied)].sort((a, b) => a - b);
    const result = decide(policy, ordered, purpose, history, step);
    const tiedNames = ordered.map(name);
    const chosen = result.chosen === undefined ? null : name(result.chosen);
    records.push({
      step,
      tied: tiedNames,
      purpose,
      policy: policy.kind,
      resolvedBy: result.resolvedBy,
      chosen,
      ...(result.seed === undefined ? {} : { seed: result.seed }),
      ...(result.round === undefined ? {} : { decidedAtRound: result.round }),
      text: describeTie(
        step,
        tiedNames,
        purpose,
        chosen,
        result.resolvedBy,
        result.round,
        result.seed,
      ),
    });
    return result.chosen;
  };

  return { policy, choose, records: () => records.slice() };
};

const listNames = (names: readonly string[]): string =>
  names.length <= 2
    ? names.join(" and ")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;

const RULE_WORDS: Readonly<Record<TieBreakPolicy["kind"], string>> = {
  none: "no tie-break",
  lexicographic: "lexicographic order",
  order: "the given order",
  random: "a seeded random draw",
  forwards: "looking forwards from the first round",
  backwards: "looking back to the most recent round where they differed",
};

const describeTie = (
  step: string,
  tied: readonly string[],
  purpose: TiePurpose,
  chosen: string | null,
  resolvedBy: TieBreakPolicy["kind"],
  round: number | undefined,
  seed: string | undefined,
): string => {
  const where = step === "" ? "" : `${step.charAt(0).toUpperCase()}${step.slice(1)}: `;
  const head = `${where}${listNames(tied)} were tied`;
  if (chosen === null) return `${head}; the tie was not broken (tie-break policy "none").`;
  const verb = purpose === "select" ? "was chosen" : "was eliminated";
  const how =
    resolvedBy === "random" && seed !== undefined
      ? `${RULE_WORDS.random}, seed "${seed}"`
      : RULE_WORDS[resolvedBy];
  const roundNote = round === undefined ? "" : `; round ${round} separated them`;
  return `${head}; ${chosen} ${verb} (${how}${roundNote}).`;
};
