/**
 * Whose preferences won: how satisfied each voter and each group is with a decided outcome.
 *
 * It takes plain data (not the `ballots` types), so it works for any method's outcome:
 * - `ranking`: each voter's ranking as tiers (`[["a"], ["b", "c"]]`; unlisted candidates rank
 *   below every listed one). A voter's satisfaction is where their best-placed winner sits:
 *   `1 - above / (m - 1)`, with `above` the number of candidates they rank strictly above it and
 *   `m` the number of candidates (1: a winner is among their first choices; 0: every other
 *   candidate is above every winner). Their first choice won when a winner is in their top tier.
 * - `approval`: the share of a voter's approved candidates that won (a normalised approval
 *   satisfaction, cf. Lackner and Skowron 2023); their first choice won when any approved candidate
 *   won.
 * - `budget`: the share of the cost of a voter's approved projects that was funded (cost
 *   satisfaction, cf. Peters, Pierczyński and Skowron 2021); their first choice won when any
 *   approved project was funded.
 *
 * A voter who expressed nothing (an empty ranking or approval) has satisfaction `null` and is left
 * out of the means and rates, but counted in `noPreference`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { type DecideError, type InputIssue, invalidInput, invalidInputAt } from "../core/errors.js";
import { pure } from "../core/internal/pure.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";
import { formatPath, validate } from "../core/validation.js";
import { gini } from "./inequality/gini.js";
import { hoover } from "./inequality/hoover.js";
import { VALUES_LIMIT } from "./inequality/values.js";

const VoterSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    id: z.optional(z.string()),
    group: z.optional(z.string()),
    count: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
    ranking: z.optional(z.array(z.array(z.string()))),
    approve: z.optional(z.array(z.string())),
  }),
);

const SpecSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    kind: z.enum(["ranking", "approval", "budget"]),
    winners: z.array(z.string()),
    candidates: z.optional(z.array(z.string())),
    costs: z.optional(z.record(z.string(), z.number().check(z.minimum(0)))),
    voters: z.array(VoterSchema).check(z.minLength(1)),
    maxVoters: z.optional(z.unknown()),
  }),
);

/**
 * The work limit of {@link whosePreferencesWon}: voters, counts included (each is one value of the
 * inequality of satisfaction, O(V log V)). The default keeps a call under about 2 s on a small
 * two-core machine; the spec's `maxVoters` raises it.
 *
 * @category limits
 */
export const SATISFACTION_VOTERS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "whosePreferencesWon.voters",
  unit: "voters (counts included)",
  default: 1_000_000,
  ceiling: 50_000_000,
  option: "maxVoters",
});

type Spec = z.infer<typeof SpecSchema>;

/** The group name given to voters without one. @category satisfaction */
export const UNGROUPED = "ungrouped";

/**
 * One voter's satisfaction with the outcome.
 *
 * @category satisfaction
 */
export interface VoterSatisfaction {
  /** The voter's position in the input, from 0. */
  readonly index: number;
  readonly id?: string;
  readonly group: string;
  /** How many identical voters this entry stands for. */
  readonly count: number;
  /** From 0 to 1; `null` when the voter expressed no preference. */
  readonly satisfaction: number | null;
  /** Whether a first choice won (see the module comment); `null` with no preference. */
  readonly firstChoiceWon: boolean | null;
  /** Ranking only: the rank of the voter's best-placed winner (1 = a first choice). */
  readonly winnerRank?: number;
}

/**
 * One group's satisfaction.
 *
 * @category satisfaction
 */
export interface GroupSatisfaction {
  /** Voters in the group (counts included). */
  readonly voters: number;
  /** Voters who expressed no preference. */
  readonly noPreference: number;
  /** Mean satisfaction of those who expressed one; `null` if none did. */
  readonly meanSatisfaction: number | null;
  /** Share of those who expressed one whose first choice won; `null` if none did. */
  readonly firstChoiceWinRate: number | null;
}

/**
 * The difference between the best- and worst-served groups on one measure.
 *
 * @category satisfaction
 */
export interface GroupGap {
  readonly gap: number;
  readonly highest: string;
  readonly lowest: string;
}

/**
 * Whose preferences won, voter by voter and group by group.
 *
 * @category satisfaction
 */
export interface SatisfactionReport {
  readonly kind: "ranking" | "approval" | "budget";
  readonly winners: readonly string[];
  readonly voters: readonly VoterSatisfaction[];
  readonly groups: Readonly<Record<string, GroupSatisfaction>>;
  /** Gaps between groups (`null` with fewer than two groups that expressed preferences). */
  readonly gaps: {
    readonly satisfaction: GroupGap | null;
    readonly firstChoiceWinRate: GroupGap | null;
  };
  /** Inequality of satisfaction across voters (counts included); `null` where undefined. */
  readonly inequality: {
    /** Gini of satisfaction ({@link gini}); `null` when every voter has satisfaction 0. */
    readonly gini: number | null;
    /** Hoover index of satisfaction ({@link hoover}); `null` as for Gini. */
    readonly hoover: number | null;
    /** Share of voters (with a preference) whose satisfaction is 0. */
    readonly unsatisfiedShare: number | null;
  };
}

/**
 * Measures how well a decided outcome serves each voter and each group of voters.
 *
 * @remarks
 * Spec: `{ kind: "ranking" | "approval" | "budget", winners, voters: [{ id?, group?, count?,
 * ranking? | approve? }], candidates?, costs?, maxVoters? }`. Satisfaction per voter is defined in the module
 * comment (ranking: position of the best-placed winner; approval: share of approved candidates
 * elected; budget: share of approved cost funded). Groups are compared by mean satisfaction and by
 * first-choice win rate, and the gap between the best- and worst-served group is reported; the
 * {@link gini} and {@link hoover} indices of satisfaction across voters show whether the outcome
 * served everyone or a few.
 *
 * Errors (`InvalidInput`, every problem with its path): shape errors; a voter without the ballot
 * the kind needs (`voters[2].ranking`); a candidate twice in one ranking; in `budget`, a project
 * without a cost (`costs["x"]`). Work limit: O(V log V) for V voters, counts included; more than
 * {@link SATISFACTION_VOTERS_LIMIT} (1,000,000 by default, `maxVoters` up to 50,000,000) is
 * refused with `Unsupported` (`work_limit`) before any is counted. Never throws.
 *
 * @example Two groups, one of which always gets its way
 * ```ts
 * import { whosePreferencesWon } from "co-decide/power";
 *
 * whosePreferencesWon({
 *   kind: "approval",
 *   winners: ["park"],
 *   voters: [
 *     { group: "owners", approve: ["park"], count: 3 },
 *     { group: "renters", approve: ["housing", "park"], count: 2 },
 *   ],
 * });
 * // => right({ groups: { owners: { meanSatisfaction: 1, ... }, renters: { meanSatisfaction: 0.5, ... } },
 * //    gaps: { satisfaction: { gap: 0.5, highest: "owners", lowest: "renters" }, ... }, ... })
 * ```
 *
 * @category satisfaction
 */
export const whosePreferencesWon = (spec: unknown): E.Either<DecideError, SatisfactionReport> => {
  try {
    return E.flatMap(validate(SpecSchema, spec), (parsed) => report(parsed, costsOf(spec)));
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

/**
 * Project costs read from the input itself (not zod's copy), so that a project called `__proto__`
 * keeps its cost; zod has already checked the shape of every other entry.
 */
const costsOf = (input: unknown): ReadonlyMap<string, number> => {
  const costs: unknown = (input as { costs?: unknown }).costs;
  const out = new Map<string, number>();
  if (typeof costs !== "object" || costs === null) return out;
  for (const name of Object.keys(costs)) {
    const value: unknown = (costs as Record<string, unknown>)[name];
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) out.set(name, value);
  }
  return out;
};

const report = (
  spec: Spec,
  costs: ReadonlyMap<string, number>,
): E.Either<DecideError, SatisfactionReport> => {
  const issues = checkMeaning(spec, costs);
  if (issues.length > 0) return E.left(invalidInput(issues));
  const allowed = resolveLimit(SATISFACTION_VOTERS_LIMIT, spec.maxVoters);
  if (E.isLeft(allowed)) return allowed;
  let total = 0;
  for (const voter of spec.voters) total += voter.count ?? 1;
  const within = checkWork(SATISFACTION_VOTERS_LIMIT, total, allowed.right);
  if (E.isLeft(within)) return within;
  const winners = new Set(spec.winners);
  const candidates = candidateCount(spec);
  const voters: VoterSatisfaction[] = spec.voters.map((voter, index) => {
    const base = {
      index,
      ...(voter.id === undefined ? {} : { id: voter.id }),
      group: voter.group ?? UNGROUPED,
      count: voter.count ?? 1,
    };
    if (spec.kind === "ranking")
      return { ...base, ...rankingSatisfaction(voter.ranking ?? [], winners, candidates) };
    const approved = [...new Set(voter.approve ?? [])];
    if (approved.length === 0) return { ...base, satisfaction: null, firstChoiceWon: null };
    const cost = (name: string): number => (spec.kind === "budget" ? (costs.get(name) ?? 0) : 1);
    const total = approved.reduce((sum, name) => sum + cost(name), 0);
    const won = approved.filter((name) => winners.has(name));
    const gained = won.reduce((sum, name) => sum + cost(name), 0);
    return {
      ...base,
      satisfaction: total === 0 ? (won.length > 0 ? 1 : 0) : gained / total,
      firstChoiceWon: won.length > 0,
    };
  });
  return E.right({
    kind: spec.kind,
    winners: spec.winners,
    voters,
    ...summarise(voters),
  });
};

const checkMeaning = (spec: Spec, costs: ReadonlyMap<string, number>): InputIssue[] => {
  const issues: InputIssue[] = [];
  const field = spec.kind === "ranking" ? "ranking" : "approve";
  spec.voters.forEach((voter, i) => {
    if (voter[field] === undefined) {
      issues.push({
        path: formatPath(["voters", i, field]),
        code: "missing_ballot",
        message: `a ${spec.kind} outcome needs each voter's ${field === "ranking" ? "ranking" : "approvals"}`,
      });
    }
    if (voter.ranking !== undefined) {
      const seen = new Set<string>();
      voter.ranking.forEach((tier, t) => {
        tier.forEach((name, k) => {
          if (seen.has(name)) {
            issues.push({
              path: formatPath(["voters", i, "ranking", t, k]),
              code: "duplicate_candidate",
              message: `"${name}" appears twice in this ranking`,
            });
          }
          seen.add(name);
        });
      });
    }
  });
  if (spec.kind === "budget") {
    const needed = new Set([...spec.winners, ...spec.voters.flatMap((v) => v.approve ?? [])]);
    for (const name of needed) {
      if (!costs.has(name)) {
        issues.push({
          path: formatPath(["costs", name]),
          code: "missing_cost",
          message: "every approved or funded project needs a cost",
        });
      }
    }
  }
  return issues;
};

const candidateCount = (spec: Spec): number => {
  if (spec.candidates !== undefined) return new Set([...spec.candidates, ...spec.winners]).size;
  const names = new Set(spec.winners);
  for (const voter of spec.voters)
    for (const tier of voter.ranking ?? []) for (const name of tier) names.add(name);
  return names.size;
};

const rankingSatisfaction = (
  ranking: readonly (readonly string[])[],
  winners: ReadonlySet<string>,
  candidates: number,
): { satisfaction: number | null; firstChoiceWon: boolean | null; winnerRank?: number } => {
  const tiers = ranking.filter((tier) => tier.length > 0);
  if (tiers.length === 0) return { satisfaction: null, firstChoiceWon: null };
  let above = 0;
  for (let t = 0; t < tiers.length; t++) {
    const tier = tiers[t] as readonly string[];
    if (tier.some((name) => winners.has(name))) return placed(above, t === 0, candidates);
    above += tier.length;
  }
  // every winner is unlisted: below all listed candidates
  return placed(above, false, candidates);
};

const placed = (
  above: number,
  first: boolean,
  candidates: number,
): { satisfaction: number; firstChoiceWon: boolean; winnerRank: number } => ({
  satisfaction: candidates <= 1 ? 1 : Math.max(0, 1 - above / (candidates - 1)),
  firstChoiceWon: first,
  winnerRank: above + 1,
});

const summarise = (
  voters: readonly VoterSatisfaction[],
): Pick<SatisfactionReport, "groups" | "gaps" | "inequality"> => {
  const acc = new Map<
    string,
    { voters: number; none: number; sum: number; firsts: number; rated: number }
  >();
  const expanded: number[] = [];
  for (const voter of voters) {
    const entry = acc.get(voter.group) ?? { voters: 0, none: 0, sum: 0, firsts: 0, rated: 0 };
    entry.voters += voter.count;
    if (voter.satisfaction === null) entry.none += voter.count;
    else {
      entry.rated += voter.count;
      entry.sum += voter.satisfaction * voter.count;
      if (voter.firstChoiceWon === true) entry.firsts += voter.count;
      for (let c = 0; c < voter.count; c++) expanded.push(voter.satisfaction);
    }
    acc.set(voter.group, entry);
  }
  const names = [...acc.keys()];
  const groupValues: GroupSatisfaction[] = names.map((name) => {
    const entry = acc.get(name) as {
      voters: number;
      none: number;
      sum: number;
      firsts: number;
      rated: number;
    };
    return {
      voters: entry.voters,
      noPreference: entry.none,
      meanSatisfaction: entry.rated === 0 ? null : entry.sum / entry.rated,
      firstChoiceWinRate: entry.rated === 0 ? null : entry.firsts / entry.rated,
    };
  });
  const gap = (pick: (g: GroupSatisfaction) => number | null): GroupGap | null => {
    const rated = names
      .map((name, i) => ({ name, value: pick(groupValues[i] as GroupSatisfaction) }))
      .filter((e): e is { name: string; value: number } => e.value !== null);
    if (rated.length < 2) return null;
    let high = rated[0] as { name: string; value: number };
    let low = high;
    for (const e of rated) {
      if (e.value > high.value) high = e;
      if (e.value < low.value) low = e;
    }
    return { gap: high.value - low.value, highest: high.name, lowest: low.name };
  };
  const orNull = (result: E.Either<unknown, number>): number | null =>
    E.isRight(result) ? result.right : null;
  return {
    groups: Object.fromEntries(names.map((name, i) => [name, groupValues[i] as GroupSatisfaction])),
    gaps: {
      satisfaction: gap((g) => g.meanSatisfaction),
      firstChoiceWinRate: gap((g) => g.firstChoiceWinRate),
    },
    inequality: {
      // the values are already in memory: measure them all (the measures' own limit is for callers)
      gini:
        expanded.length === 0 ? null : orNull(gini(expanded, { maxValues: VALUES_LIMIT.ceiling })),
      hoover:
        expanded.length === 0
          ? null
          : orNull(hoover(expanded, { maxValues: VALUES_LIMIT.ceiling })),
      unsatisfiedShare:
        expanded.length === 0 ? null : expanded.filter((x) => x === 0).length / expanded.length,
    },
  };
};
