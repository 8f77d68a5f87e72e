/**
 * The single transferable vote, by the rule book you name (`options.rule`):
 *
 * | rule | rule book | arithmetic |
 * | --- | --- | --- |
 * | `scottish` | Scottish Local Government Elections Order 2007 (SSI 2007/42), Sch. 1 rules 45-52 | 5 decimal places, remainders ignored |
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
 * statute's lot: give `{ kind: "random", seed }`). Under tie-break `none`, a count that meets a tie
 * returns `Unsupported` (`tie_not_explored`): STV's branches are not explored.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import { type DecideError, invalidInputAt } from "../../core/errors.js";
import { pure } from "../../core/internal/pure.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { wrongBallotKind } from "../../counting/ranked.js";
import { countGregory } from "./gregory.js";
import { countMeek, MEEK_RULES } from "./meek.js";
import { gregoryWithQuota, SCOTTISH, WIGM } from "./rules.js";
import type { StvOptions, StvOutcome } from "./shared.js";

/**
 * Elects `seats` candidates by the single transferable vote, following the rule book named in
 * `options.rule`, and reports every stage.
 *
 * @remarks
 * Rules: `scottish` (SSI 2007/42, Schedule 1, rules 45-52: Droop quota, the largest surplus first,
 * every paper at a transfer value truncated to 5 decimal places, exclusion one at a time, ties by
 * look-back then lot); `wigm` (weighted inclusive Gregory, exact, quota v/(s+1), elected on
 * exceeding it, as the Droop program defines it); `meek` (Hill, Wichmann and Woodall 1987:
 * keep values iterated until every elected candidate is within `omega` of the quota, default
 * 1e-10, the quota recomputed from the votes not wasted); `warren` (the same iteration with
 * Warren's transfer: each candidate takes min(keep, remaining weight)); `meek-prf` (the
 * Proportional Representation Foundation's reference Meek: 9-decimal fixed point, keep values
 * rounded up, and the surplus-based defeat rule). Without a rule: weighted inclusive Gregory with
 * `options.quota`.
 *
 * Complexity: O(B n) to read the papers; each stage moves only the papers it transfers (Gregory
 * rules) or walks each distinct ballot once per iteration (Meek, Warren: at most
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
    return E.left(invalidInputAt("seats", "invalid_seats", "STV needs a whole number of seats, 1 or more"));
  if (seats > standing)
    return E.left(
      invalidInputAt(
        "seats",
        "too_many_seats",
        `${seats} seats, but only ${standing} candidates stand`,
      ),
    );
  const rule = options.rule;
  const policy: TieBreakPolicy =
    rule === "scottish" || rule === "ers97"
      ? { kind: "backwards", fallback: tieBreak }
      : tieBreak;
  const tieBreaker = createTieBreaker(policy, names);
  if (rule === "meek" || rule === "warren" || rule === "meek-prf")
    return countMeek(profile, seats, withdrawn, MEEK_RULES[rule], options, tieBreaker);
  const gregory =
    rule === "scottish"
      ? SCOTTISH
      : rule === "wigm" || (rule === undefined && options.quota === undefined)
        ? WIGM
        : rule === "ers97"
          ? SCOTTISH
          : gregoryWithQuota(options.quota ?? "droop-exact");
  return countGregory(profile, seats, withdrawn, gregory, tieBreaker);
};

/** The options schema of {@link stvMethod}. @category registry */
export const StvOptionsSchema: z.ZodMiniType<StvOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    rule: z.optional(z.enum(["scottish", "ers97", "wigm", "meek", "meek-prf", "warren"])),
    quota: z.optional(z.enum(["droop", "droop-exact", "hare", "hagenbach-bischoff", "imperiali"])),
    withdrawn: z.optional(z.array(z.string())),
    omega: z.optional(z.union([z.string(), z.number()])),
    maxIterations: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000))),
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
    "Scottish Local Government Elections Order 2007 (SSI 2007/42) rules 45-52; Hill, Wichmann and Woodall (1987); Warren (1994); Droop's WIGM; PRF reference Meek rule.",
  satisfies: ["anonymity"],
  fails: ["monotonicity", "participation", "condorcet-winner"],
  complexity:
    "O(B n) for B distinct ballots and n candidates, plus the papers each stage moves; Meek and Warren O(B n) per iteration",
  limits: /* @__PURE__ */ methodLimits("stv", 1_000, 10_000),
  options: StvOptionsSchema,
  run: (profile, { options, tieBreak, seats }): E.Either<DecideError, StvOutcome> => {
    if (profile.kind !== "ranked") return E.left(wrongBallotKind("stv", "ranked", profile.kind));
    if (seats === undefined)
      return E.left(invalidInputAt("seats", "missing_seats", "STV needs `seats`, the number of seats to fill"));
    return stv(profile, seats, options, tieBreak);
  },
};
