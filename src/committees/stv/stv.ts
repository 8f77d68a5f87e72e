/**
 * The single transferable vote, by the rule book you name (`options.rule`):
 *
 * | rule | rule book | arithmetic |
 * | --- | --- | --- |
 * | `scottish` | Scottish Local Government Elections Order 2007 (SSI 2007/42), Sch. 1 rules 45-52 | 5 decimal places, remainders ignored |
 * | `ers97` | Electoral Reform Society, "How to conduct an election by the Single Transferable Vote", 3rd ed. (1997), section 5 | 2 decimal places, remainders ignored |
 * | `wigm` (default) | weighted inclusive Gregory as the Droop program defines it | exact rationals |
 * | `meek` | Hill, Wichmann and Woodall (1987), Algorithm 123 | exact rationals, to tolerance `omega` |
 * | `warren` | Warren (1994): keep values applied as min(keep, remaining weight) | exact rationals, to `omega` |
 * | `meek-prf` | Proportional Representation Foundation reference Meek rule (New Zealand local elections) | 9 decimal places fixed point |
 *
 * Without a rule, the count is weighted inclusive Gregory with `options.quota` (`droop`,
 * `droop-exact` (the default), `hare`, `hagenbach-bischoff`, `imperiali`).
 *
 * Papers that give two candidates the same preference end there (see `shared.ts`). Withdrawn
 * candidates (`options.withdrawn`, or a BLT file's) are passed over. Ties follow the spec's
 * tie-break policy; under `scottish` the statutory look-back (the most recent earlier stage at
 * which the tied candidates differed) comes first, and the policy decides only what it leaves (the
 * statute's lot: give `{ kind: "random", seed }`); under `ers97` the rules' forward look-back (the
 * first stage, or the earliest point after a batch, at which they differed: 5.2.3, 5.2.5) comes first. Under tie-break `none`, a count that meets a tie
 * returns `Unsupported` (`tie_not_explored`): STV's branches are not explored.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { parseBlt } from "../../ballots/formats/profile-formats.js";
import type { RankedProfile } from "../../ballots/profile.js";
import {
  type DecideError,
  type InputIssue,
  invalidInput,
  invalidInputAt,
} from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import { defineLimit, resolveLimit, type WorkLimit, workLimitError } from "../../core/limits.js";
import { createTieBreaker, type TieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { validate } from "../../core/validation.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { unrankedOption } from "../../counting/outcome.js";
import { wrongBallotKind } from "../../counting/ranked.js";
import { countErs97 } from "./ers97.js";
import { countGregory } from "./gregory.js";
import { countMeek, MEEK_RULES, parseOmega } from "./meek.js";
import { gregoryWithQuota, SCOTTISH, WIGM } from "./rules.js";
import type { StvOptions, StvOutcome } from "./shared.js";

/**
 * Elects `seats` candidates by the single transferable vote, following the rule book named in
 * `options.rule`, and reports every stage.
 *
 * @remarks
 * Rules: `scottish` (SSI 2007/42, Schedule 1, rules 45-52: Droop quota, the largest surplus first,
 * every paper at a transfer value truncated to 5 decimal places, exclusion one at a time, ties by
 * look-back then lot); `ers97` (ERS 1997 rules, section 5: values in hundredths, quota v/(s+1) to two
 * places plus 0.01 unless exact, elected on reaching it or the total active vote / (places left + 1),
 * surpluses deferred while they cannot change the exclusion, later surpluses from the last batch
 * received, several lowest candidates excluded together where 5.2.5 allows, their papers moving
 * batch by batch, highest value first, ties by the earliest point of difference); `wigm` (weighted inclusive Gregory, exact, quota v/(s+1), elected on
 * exceeding it, as the Droop program defines it); `meek` (Hill, Wichmann and Woodall 1987:
 * keep values iterated until every elected candidate is within `omega` of the quota, default
 * 1e-10, the quota recomputed from the votes not wasted); `warren` (the same iteration with
 * Warren's transfer: each candidate takes min(keep, remaining weight)); `meek-prf` (the
 * Proportional Representation Foundation's reference Meek: 9-decimal fixed point, keep values
 * rounded up, and the surplus-based defeat rule). Without a rule: weighted inclusive Gregory with
 * `options.quota`.
 *
 * Complexity: O(B n) to read the papers; each stage moves only the papers it transfers (Gregory
 * rules; ERS97 also orders the candidates by votes and earlier stages, O(n log n × stages) a stage) or walks each distinct ballot once per iteration (Meek, Warren: at most
 * `options.maxIterations` iterations per stage, default 10,000).
 *
 * @param profile - Ranked ballots.
 * @param seats - The number of seats (1 or more, at most the candidates not withdrawn).
 * @param options - `rule`, `quota`, `withdrawn`, `omega`, `maxIterations` ({@link StvOptions}).
 * @param tieBreak - The tie-break policy (default `lexicographic`).
 * @returns `winners` in order of election, `quota`, and one round per stage with every
 *   candidate's votes, the non-transferable total and who was elected or excluded; `Unsupported`
 *   when a tie is met under tie-break `none`, or past `maxIterations`.
 *
 * @see Scottish Local Government Elections Order 2007 (SSI 2007/42), Schedule 1, rules 45-52.
 * @see Electoral Reform Society, "How to conduct an election by the Single Transferable Vote", 3rd edition (1997), section 5.
 * @see Hill, Wichmann and Woodall, "Algorithm 123: Single Transferable Vote by Meek's method", The Computer Journal 30(3), 1987.
 *
 * @example Three seats, Scottish rule
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { stv } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["ann", "bob", "cy", "dee"], [
 *   { ranking: [["ann"], ["bob"]], count: 40 },
 *   { ranking: [["bob"], ["ann"]], count: 25 },
 *   { ranking: [["cy"], ["dee"]], count: 20 },
 *   { ranking: [["dee"], ["cy"]], count: 15 },
 * ]);
 * const outcome = E.isRight(profile) ? stv(profile.right, 3, { rule: "scottish" }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["ann", "bob", "cy"]
 * outcome && E.isRight(outcome) && outcome.right.quota; // => "26.00000"
 * ```
 *
 * @category committees
 */
export const stv = (
  profile: RankedProfile,
  seats: number,
  options: StvOptions = {},
  tieBreak: TieBreakPolicy = { kind: "lexicographic" },
): E.Either<DecideError, StvOutcome> => {
  const names = profile.candidates;
  const withdrawn: number[] = [];
  const listed = options.withdrawn ?? [];
  for (let i = 0; i < listed.length; i++) {
    const c = names.indexOf(listed[i] as string);
    if (c < 0)
      return E.left(
        invalidInputAt(
          `options.withdrawn[${i}]`,
          "unknown_candidate",
          `"${listed[i]}" is not a candidate`,
        ),
      );
    if (!withdrawn.includes(c)) withdrawn.push(c);
  }
  const standing = names.length - withdrawn.length;
  if (!Number.isSafeInteger(seats) || seats < 1)
    return E.left(
      invalidInputAt("seats", "invalid_seats", "STV needs a whole number of seats, 1 or more"),
    );
  if (seats > standing)
    return E.left(
      invalidInputAt(
        "seats",
        "too_many_seats",
        `${seats} seats, but only ${standing} candidates stand`,
      ),
    );
  if (options.omega !== undefined) {
    if (parseOmega(options.omega) === undefined)
      return E.left(
        invalidInputAt(
          "options.omega",
          "invalid_omega",
          'expected a positive decimal, e.g. "1e-10" or 0.000001',
        ),
      );
  }
  const iterations = resolveLimit(MEEK_ITERATIONS, options.maxIterations);
  if (E.isLeft(iterations)) return iterations;
  const paths = resolveLimit(TIE_PATHS, options.maxTiePaths);
  if (E.isLeft(paths)) return paths;
  const rule = options.rule;
  // The rule books' own look-back: SSI 2007/42 rule 49 the most recent stage, ERS97 5.2.3 and
  // 5.2.5 the earliest point at which the tied candidates differed.
  const lookBack = rule === "scottish" ? "backwards" : rule === "ers97" ? "forwards" : undefined;
  const count = (tieBreaker: TieBreaker): E.Either<DecideError, StvOutcome> => {
    if (rule === "meek" || rule === "warren" || rule === "meek-prf")
      return countMeek(
        profile,
        seats,
        withdrawn,
        MEEK_RULES[rule],
        { ...options, maxIterations: iterations.right },
        tieBreaker,
      );
    if (rule === "ers97") return countErs97(profile, seats, withdrawn, tieBreaker);
    const gregory =
      rule === "scottish"
        ? SCOTTISH
        : rule === "wigm" || options.quota === undefined
          ? WIGM
          : gregoryWithQuota(options.quota);
    return countGregory(profile, seats, withdrawn, gregory, tieBreaker);
  };
  if (tieBreak.kind === "none") return followTies(names, lookBack, count, paths.right);
  const policy: TieBreakPolicy =
    lookBack === undefined ? tieBreak : { kind: lookBack, fallback: tieBreak };
  return count(createTieBreaker(policy, names));
};

/** The most ways of resolving the ties of one count that tie-break `none` follows. */
const STV_TIE_PATHS: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "stv.tiePaths",
  unit: "tie paths",
  default: 256,
  ceiling: 10_000,
  option: "options.maxTiePaths",
});
const TIE_PATHS = STV_TIE_PATHS;

/** The most iterations of the keep values in one stage (Meek, Warren, PRF Meek). */
const STV_MEEK_ITERATIONS: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "stv.iterations",
  unit: "iterations of the keep values in one stage",
  default: 10_000,
  ceiling: 1_000_000,
  option: "options.maxIterations",
});
const MEEK_ITERATIONS = STV_MEEK_ITERATIONS;

/**
 * Tie-break `none`: counts once for every way of resolving the ties that the rule leaves to
 * the policy (depth first; the statutory look-back still decides what it can), and reports every
 * candidate who wins on some path, and every winning committee.
 */
const followTies = (
  names: readonly string[],
  lookBack: "backwards" | "forwards" | undefined,
  count: (tieBreaker: TieBreaker) => E.Either<DecideError, StvOutcome>,
  maxPaths: number,
): E.Either<DecideError, StvOutcome> => {
  const innerPolicy: TieBreakPolicy =
    lookBack === undefined ? { kind: "none" } : { kind: lookBack, fallback: { kind: "none" } };
  const queue: number[][] = [[]];
  const committees = new Map<string, readonly string[]>();
  const winners: string[] = [];
  let base: StvOutcome | undefined;
  let paths = 0;
  while (queue.length > 0) {
    const path = queue.pop() as number[];
    paths++;
    if (paths > maxPaths) return E.left(workLimitError(TIE_PATHS, paths, maxPaths));
    const inner = createTieBreaker(innerPolicy, names);
    const met: number[] = [];
    let cursor = 0;
    const tieBreaker: TieBreaker = {
      policy: { kind: "none" },
      records: inner.records,
      choose: (tied, purpose, step, history) => {
        const decided = inner.choose(tied, purpose, step, history);
        if (decided !== undefined) return decided;
        const sorted = [...tied].sort((a, b) => a - b);
        const i = cursor++;
        if (i >= path.length) met.push(sorted.length);
        return sorted[i < path.length ? (path[i] as number) : 0];
      },
    };
    const result = count(tieBreaker);
    if (E.isLeft(result)) return result;
    for (let k = met.length - 1; k >= 0; k--)
      for (let alt = (met[k] as number) - 1; alt >= 1; alt--)
        queue.push([...path, ...Array.from({ length: k }, () => 0), alt]);
    base ??= result.right;
    const committee = result.right.winners;
    committees.set(JSON.stringify([...committee].sort()), committee);
    for (const w of committee) if (!winners.includes(w)) winners.push(w);
  }
  const outcome = base as StvOutcome;
  const list = [...committees.values()];
  return E.right({
    ...outcome,
    winners,
    committees: list,
    explanation: [
      ...outcome.explanation,
      step(
        "branches",
        list.length === 1
          ? "With no tie-break, every way of resolving the ties elects the same committee."
          : `With no tie-break, the count was followed through every way of resolving its ties (${paths} paths): ${list.length} different committees can win.`,
        { paths, committees: list },
      ),
    ],
  });
};

/**
 * Counts a BLT ballot file by STV: the seats and the withdrawn candidates come from the file
 * (`options.seats` overrides the seats; `options.withdrawn` adds to the file's).
 *
 * @remarks
 * A boundary: any text is safe; an unreadable file is a `ParseError` with its line and column,
 * bad options an `InvalidInput` at their path. See {@link stv} for the rules.
 *
 * @param text - The BLT file's text.
 * @param options - {@link StvOptions}, plus `seats`.
 * @param tieBreak - The tie-break policy (default `lexicographic`).
 * @returns The {@link StvOutcome}, or the first problem found.
 *
 * @example Two seats from a four-candidate file
 * ```ts
 * import { stvFromBlt } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const blt = '3 2\n4 1 2 0\n3 2 0\n2 3 1 0\n0\n"ann"\n"bob"\n"cy"\n"Board"\n';
 * const outcome = stvFromBlt(blt, { rule: "scottish" });
 * E.isRight(outcome) && outcome.right.winners; // => ["ann", "bob"]
 * ```
 *
 * @category committees
 */
export const stvFromBlt = (
  text: string,
  options: StvOptions & { readonly seats?: number } = {},
  tieBreak: TieBreakPolicy = { kind: "lexicographic" },
): E.Either<DecideError, StvOutcome> => {
  try {
    const parsed = parseBlt(text);
    if (E.isLeft(parsed)) return parsed;
    const { seats: fileSeats, withdrawn: fileWithdrawn, profile } = parsed.right;
    const checked = validate(StvOptionsSchema, omitSeats(options));
    if (E.isLeft(checked)) return E.left(invalidInput(checked.left.issues.map(underOptions)));
    const seats = options.seats ?? fileSeats;
    const withdrawn = [...fileWithdrawn, ...(checked.right.withdrawn ?? [])];
    return stv(profile, seats, { ...checked.right, withdrawn }, tieBreak);
  } catch {
    return E.left(invalidInputAt("options", "unreadable", "the options could not be read"));
  }
};

const omitSeats = (options: unknown): unknown => {
  if (typeof options !== "object" || options === null) return options;
  const { seats: _, ...rest } = options as Record<string, unknown>;
  return rest;
};

const underOptions = (issue: InputIssue): InputIssue => ({
  ...issue,
  path: issue.path === "" ? "options" : `options.${issue.path}`,
});

/** The options schema of {@link stvMethod}. @category registry */
export const StvOptionsSchema: z.ZodMiniType<StvOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    rule: z.optional(z.enum(["scottish", "ers97", "wigm", "meek", "meek-prf", "warren"])),
    unranked: unrankedOption,
    quota: z.optional(z.enum(["droop", "droop-exact", "hare", "hagenbach-bischoff", "imperiali"])),
    withdrawn: z.optional(z.array(z.string())),
    omega: z.optional(z.union([z.string(), z.number()])),
    maxIterations: z.optional(z.number()),
    maxTiePaths: z.optional(z.number()),
  }),
);

/**
 * The registry entry of {@link stv}: `decide({ method: "stv", candidates, ballots, seats,
 * options: { rule, quota } })`.
 *
 * @category registry
 */
export const stvMethod: MethodDefinition<StvOptions> = {
  id: "stv",
  name: "Single transferable vote",
  ballotKind: "ranked",
  summary:
    "Fill several seats: whoever reaches the quota is elected and passes on their surplus; the lowest is excluded and their papers move on.",
  source:
    "Scottish Local Government Elections Order 2007 (SSI 2007/42) rules 45-52; Hill, Wichmann and Woodall (1987); Warren (1994); Droop's WIGM; PRF reference Meek rule; Electoral Reform Society, How to conduct an election by the Single Transferable Vote, 3rd ed. (1997), section 5.",
  satisfies: ["anonymity"],
  fails: ["monotonicity", "participation", "condorcet-winner"],
  complexity:
    "O(B n) for B distinct ballots and n candidates, plus the papers each stage moves; Meek and Warren O(B n) per iteration",
  multiSeat: true,
  limits: /* @__PURE__ */ methodLimits("stv", 1_000, 10_000),
  options: StvOptionsSchema,
  run: (profile, { options, tieBreak, seats }): E.Either<DecideError, StvOutcome> => {
    if (profile.kind !== "ranked") return E.left(wrongBallotKind("stv", "ranked", profile.kind));
    if (seats === undefined)
      return E.left(
        invalidInputAt("seats", "missing_seats", "STV needs `seats`, the number of seats to fill"),
      );
    return stv(profile, seats, options, tieBreak);
  },
};
