/**
 * Proportionality checks for a committee elected from approval ballots (Lackner and Skowron
 * 2023, ch. 4), each returning whether the property holds and, when it does not, a witness: the
 * under-represented cohesive group.
 *
 * With n voters and k seats, a group V of voters is **ℓ-cohesive** when `|V| ≥ ℓ n / k` and its
 * members jointly approve at least ℓ candidates. A committee W satisfies
 *
 * - **JR** (Aziz et al. 2017) when no 1-cohesive group has every member approving no one in W;
 * - **PJR** (Sánchez-Fernández et al. 2017) when every ℓ-cohesive group's members together approve
 *   at least ℓ members of W;
 * - **EJR** (Aziz et al. 2017) when every ℓ-cohesive group has a member approving at least ℓ
 *   members of W;
 * - **EJR+** (Brill and Peters 2023) when for no candidate c outside W is there a group of at
 *   least ℓ n / k voters who all approve c and each approve fewer than ℓ members of W.
 *
 * JR and EJR+ are checked in polynomial time (O(n B) and O(n k B) for B distinct ballots). EJR
 * and PJR are coNP-complete to check (Aziz et al. 2017; Aziz, Elkind et al. 2018); they are
 * checked exactly by a search over the sets of ℓ jointly approved candidates (and, for PJR, the
 * ℓ - 1 members a group may share), pruned as soon as the group supporting them falls below
 * ℓ n / k, within `options.maxWork` steps (`Unsupported`, `work_limit`, past it).
 *
 * - **FJR** (Peters, Pierczyński and Skowron 2021) fails when, for some set T of candidates and
 *   some β, at least |T| n / k voters each approve at least β candidates of T and fewer than β
 *   members of W;
 * - the **core** (Aziz et al. 2017) fails when some set T of at most k candidates is strictly
 *   preferred (more approved candidates) to W by at least |T| n / k voters, who could afford it.
 *
 * Both are checked exactly by enumerating every T of at most k candidates (the largest group for
 * a given T is every voter it suits), within `options.maxWork`.
 *
 * - **Priceability** (Peters and Skowron 2020, "Proportionality and the limits of welfarism",
 *   EC'20, the definition of priceable committees; Lackner and Skowron 2023, ch. 4) holds when some price `p > 0` and payments let each
 *   voter, with a budget of 1, pay only for members she approves and at most 1 in all, every member
 *   be paid exactly `p`, and no candidate outside W have approvers with more than `p` left. It is
 *   decided as a linear programme by the exact simplex method in bigint rationals, within
 *   `options.maxLpWork` tableau cell updates ({@link PRICEABILITY_WORK}); when it holds the result
 *   carries the price system (the largest price, and each ballot's payments), exactly.
 *   {@link checkCommitteeAsync} also reaches instances past that limit, through HiGHS.
 *
 * Exact: group sizes are compared with `ℓ n / k` in whole numbers (scaled counts, bigints).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ApprovalProfile } from "../../ballots/profile.js";
import { type DecideError, invalidInputAt, unsupported } from "../../core/errors.js";
import { defineLimit, resolveLimit, type WorkLimit, workLimitError } from "../../core/limits.js";
import type { ExactValue } from "../../core/outcome.js";
import * as rationals from "../../core/rational.js";
import { rational } from "../../core/rational.js";
import type { CommitteeProperty } from "../../counting/method.js";
import { exactOf, listNames } from "../../counting/outcome.js";
import {
  PRICEABILITY_LP_SIZE,
  PRICEABILITY_WORK,
  type PriceProblem,
  type PriceVerdict,
  solvePriceExact,
  solvePriceWithHighs,
} from "../../counting/price-system.js";
import { type Electorate, electorateOf } from "./shared.js";

/** Options of {@link checkCommittee}. @category committees */
export interface CommitteeCheckOptions {
  /** The most search steps for EJR and PJR (default 5,000,000, at most 500,000,000). */
  readonly maxWork?: number | undefined;
  /**
   * Priceability: the most tableau cell updates of the exact simplex method
   * ({@link PRICEABILITY_WORK}: default 20 million, at most 20 billion).
   */
  readonly maxLpWork?: number | undefined;
  /**
   * Priceability in {@link checkCommitteeAsync}: the most nonzero coefficients of the programme
   * handed to HiGHS ({@link PRICEABILITY_LP_SIZE}: default 2 million).
   */
  readonly maxLpSize?: number | undefined;
}

/**
 * A price system supporting a committee (Peters and Skowron 2020): each voter has a budget of 1.
 *
 * @category committees
 */
export interface CommitteePriceSystem {
  /** The price of each member, exact (the largest price any price system allows). */
  readonly price: ExactValue;
  /** Per distinct ballot that pays something: what each of its voters pays for each member, and keeps. */
  readonly payments: readonly {
    /** The ballot's row in the profile. */
    readonly ballot: number;
    readonly pays: Readonly<Record<string, ExactValue>>;
    readonly left: ExactValue;
  }[];
}

/** The work limit of the EJR and PJR searches. @category committees */
export const COMMITTEE_CHECK_WORK: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "checkCommittee.work",
  unit: "search steps",
  default: 5_000_000,
  ceiling: 500_000_000,
  option: "options.maxWork",
});

/**
 * An under-represented cohesive group.
 *
 * @category committees
 */
export interface CheckWitness {
  /** The rows of the profile (distinct ballots) whose voters form the group. */
  readonly ballots: readonly number[];
  /** How many voters the group holds, exact. */
  readonly voters: ExactValue;
  /**
   * Candidates every member approves (for EJR+, the one candidate outside the committee; for FJR
   * the set T they approve at least `owed` of; for the core the set T they prefer).
   */
  readonly candidates: readonly string[];
  /** ℓ: the group is ℓ-cohesive, so it is owed ℓ representatives (FJR: β; core: the size of T). */
  readonly owed: number;
  /**
   * What it got: for JR, EJR, EJR+, FJR and the core the most committee members any member
   * approves; for PJR the committee members approved by some member.
   */
  readonly got: number;
  /** The same, in a sentence. */
  readonly text: string;
}

/**
 * Whether a committee satisfies a property, with a witness when it does not.
 *
 * @category committees
 */
export interface CheckResult {
  readonly property: CommitteeProperty;
  readonly holds: boolean;
  readonly witness?: CheckWitness;
  /** Priceability, when it holds: a price system, exact. */
  readonly priceSystem?: CommitteePriceSystem;
  /** Priceability, when it fails: why. */
  readonly reason?: string;
  /**
   * Priceability: whether the verdict is exact. Always true from {@link checkCommittee}; false
   * only for a failure reported by HiGHS in {@link checkCommitteeAsync} (double precision).
   */
  readonly exact?: boolean;
}

/**
 * Checks whether a committee gives every cohesive group of voters the representation a
 * proportionality axiom promises; when not, names a group that is short-changed.
 *
 * @remarks
 * Lackner and Skowron (2023), ch. 4; see the module comment for the definitions and costs. The
 * committee's size is k.
 *
 * @param profile - approval ballots.
 * @param committee - the elected candidates' names.
 * @param property - `jr`, `pjr`, `ejr`, `ejr-plus`, `fjr`, `core` or `priceability`.
 * @param options - `maxWork` for the EJR, PJR, FJR and core searches, `maxLpWork` for
 * priceability.
 * @returns `{ holds, witness }`, `InvalidInput` at `committee[i]` for an unknown or repeated
 * name, or `Unsupported` past the work limit.
 * @example AV's committee leaves a third of the voters with no one: JR fails
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { checkCommittee } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c", "d"], [{ approve: ["a", "b", "c"], count: 4 }, { approve: ["d"], count: 2 }]);
 * const r = E.isRight(p) ? checkCommittee(p.right, ["a", "b", "c"], "jr") : undefined;
 * r && E.isRight(r) && r.right.witness?.candidates; // => ["d"] (2 voters, n / k = 6 / 3 = 2)
 * ```
 *
 * @category committees
 */
export const checkCommittee = (
  profile: ApprovalProfile,
  committee: readonly string[],
  property: CommitteeProperty,
  options: CommitteeCheckOptions = {},
): E.Either<DecideError, CheckResult> => {
  const index = new Map(profile.candidates.map((c, i) => [c, i] as const));
  const members: number[] = [];
  for (const [i, name] of committee.entries()) {
    const c = index.get(name);
    if (c === undefined)
      return E.left(invalidInputAt(`committee[${i}]`, "unknown_candidate", "not a candidate"));
    if (members.includes(c))
      return E.left(invalidInputAt(`committee[${i}]`, "duplicate_candidate", "named twice"));
    members.push(c);
  }
  if (members.length === 0)
    return E.left(invalidInputAt("committee", "empty", "a committee needs at least one member"));
  const maxWork = resolveLimit(COMMITTEE_CHECK_WORK, options.maxWork);
  if (E.isLeft(maxWork)) return maxWork;
  const context = contextOf(profile, members, maxWork.right);
  switch (property) {
    case "jr":
      return E.right(result("jr", ejrPlus(context, 1, false)));
    case "ejr-plus":
      return E.right(result("ejr-plus", ejrPlus(context, members.length, true)));
    case "ejr":
    case "pjr": {
      const found = search(context, property);
      return found === "work_limit"
        ? E.left(workLimitError(COMMITTEE_CHECK_WORK, context.work, maxWork.right))
        : E.right(result(property, found));
    }
    case "fjr":
    case "core": {
      const found = groupsOfSets(context, property);
      return found === "work_limit"
        ? E.left(workLimitError(COMMITTEE_CHECK_WORK, context.work, maxWork.right))
        : E.right(result(property, found));
    }
    case "priceability": {
      const lpWork = resolveLimit(PRICEABILITY_WORK, options.maxLpWork);
      if (E.isLeft(lpWork)) return lpWork;
      const verdict = solvePriceExact(
        priceProblem(context),
        (c) => profile.candidates[c] as string,
        lpWork.right,
      );
      return E.isLeft(verdict) ? verdict : E.right(priceResult(context, verdict.right));
    }
    default:
      return E.left(
        unsupported("not_implemented", `checkCommittee does not check "${property}" yet.`),
      );
  }
};

/**
 * {@link checkCommittee}, as a Promise, for every property; priceability also past the exact
 * solver's limit.
 *
 * @remarks
 * Why a second entry: past `options.maxLpWork` the priceability programme is solved by HiGHS
 * (the optional peer dependency `highs`, loaded with a dynamic `import()` so that bundles that
 * never call this never include it), which loads asynchronously; {@link checkCommittee} keeps its
 * synchronous contract and answers such instances with `Unsupported` (`work_limit`). HiGHS works in
 * double precision, so its solution is read exactly, its equalities repaired, and checked exactly
 * against every condition: `holds: true` only when that exact check passes (the price system is
 * returned). When HiGHS finds no price system the result is `holds: false` with `exact: false`;
 * when its solution cannot be made exact, `Unsupported` (`undetermined`); without `highs`,
 * `Unsupported` (`solver_missing`). Within `options.maxLpWork` the answer is the exact one of
 * {@link checkCommittee}. The Promise never rejects.
 *
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { checkCommitteeAsync } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"] }, { approve: ["a", "b", "c"] }, { approve: ["c"] }]);
 * const r = E.isRight(p) ? await checkCommitteeAsync(p.right, ["a", "b"], "priceability") : undefined;
 * // => right({ property: "priceability", holds: true, exact: true, priceSystem: { price: 1, ... } })
 * ```
 *
 * @category committees
 */
export const checkCommitteeAsync = async (
  profile: ApprovalProfile,
  committee: readonly string[],
  property: CommitteeProperty,
  options: CommitteeCheckOptions = {},
): Promise<E.Either<DecideError, CheckResult>> => {
  try {
    const quick = checkCommittee(profile, committee, property, options);
    if (
      property !== "priceability" ||
      E.isRight(quick) ||
      quick.left._tag !== "Unsupported" ||
      quick.left.limit?.name !== PRICEABILITY_WORK.name
    )
      return quick;
    const size = resolveLimit(PRICEABILITY_LP_SIZE, options.maxLpSize);
    if (E.isLeft(size)) return size;
    const index = new Map(profile.candidates.map((c, i) => [c, i] as const));
    const members = committee.map((name) => index.get(name) as number);
    const context = contextOf(profile, members, 0);
    const verdict = await solvePriceWithHighs(
      priceProblem(context),
      (c) => profile.candidates[c] as string,
      size.right,
    );
    return E.isLeft(verdict) ? verdict : E.right(priceResult(context, verdict.right));
  } catch (cause) {
    return E.left(
      unsupported("solver_failed", `The check could not be completed (${String(cause)}).`),
    );
  }
};

const priceProblem = (context: Context): PriceProblem => {
  const { electorate } = context;
  return {
    weights: Array.from(electorate.weight, (w) => BigInt(w)),
    approved: electorate.approved.map((a) => [...a]),
    items: electorate.m,
    groupNames: Array.from(electorate.source, (b) => `ballot ${b}`),
    selected: context.member,
    mode: { kind: "committee" },
  };
};

const priceResult = (context: Context, verdict: PriceVerdict): CheckResult => {
  if (!verdict.holds)
    return { property: "priceability", holds: false, reason: verdict.reason, exact: verdict.exact };
  const { electorate } = context;
  const { t, pay } = verdict.solution;
  const denominator = rational(electorate.denominator);
  const payments: CommitteePriceSystem["payments"][number][] = [];
  pay.forEach((map, r) => {
    if (map.size === 0) return;
    const w = rational(electorate.weight[r] as number);
    let spent = rational(0);
    const pays: Record<string, ExactValue> = {};
    for (const [c, v] of [...map].sort((a, b) => a[0] - b[0])) {
      spent = rationals.add(spent, v);
      Object.defineProperty(pays, electorate.candidates[c] as string, {
        value: exactOf(rationals.div(v, w)),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    payments.push({
      ballot: electorate.source[r] as number,
      pays,
      left: exactOf(rationals.sub(rationals.ONE, rationals.div(spent, w))),
    });
  });
  return {
    property: "priceability",
    holds: true,
    exact: true,
    priceSystem: { price: exactOf(rationals.div(t, denominator)), payments },
  };
};

interface Context {
  readonly profile: ApprovalProfile;
  readonly electorate: Electorate;
  readonly member: Uint8Array;
  readonly k: number;
  /** Each row's number of approved members. */
  readonly sat: Int32Array;
  readonly maxWork: number;
  work: number;
}

const contextOf = (
  profile: ApprovalProfile,
  members: readonly number[],
  maxWork: number,
): Context => {
  const electorate = electorateOf(profile);
  const member = new Uint8Array(electorate.m);
  for (const c of members) member[c] = 1;
  const sat = new Int32Array(electorate.rows);
  for (let r = 0; r < electorate.rows; r++)
    for (const c of electorate.approved[r] as Int32Array)
      sat[r] = (sat[r] as number) + (member[c] as number);
  return { profile, electorate, member, k: members.length, sat, maxWork, work: 0 };
};

const result = (property: CommitteeProperty, witness: CheckWitness | undefined): CheckResult =>
  witness === undefined ? { property, holds: true } : { property, holds: false, witness };

/** Whether rows of this scaled weight make up at least ℓ n / k voters (and at least one voter). */
const large = (context: Context, weight: number, ell: number): boolean =>
  weight > 0 &&
  BigInt(weight) * BigInt(context.k) >= BigInt(ell) * BigInt(context.electorate.total);

const approves = (context: Context, r: number, c: number): boolean =>
  context.profile.approvals[(context.electorate.source[r] as number) * context.electorate.m + c] ===
  1;

const witnessOf = (
  context: Context,
  rows: readonly number[],
  candidates: readonly number[],
  owed: number,
  kind: CommitteeProperty,
): CheckWitness => {
  const { electorate } = context;
  let weight = 0;
  let most = 0;
  const union = new Set<number>();
  for (const r of rows) {
    weight += electorate.weight[r] as number;
    most = Math.max(most, context.sat[r] as number);
    for (const c of electorate.approved[r] as Int32Array) if (context.member[c] === 1) union.add(c);
  }
  const got = kind === "pjr" ? union.size : most;
  const voters = exactOf(rational(weight, electorate.denominator));
  const names = candidates.map((c) => electorate.candidates[c] as string);
  const what =
    kind === "pjr"
      ? `together approve only ${got} of its members`
      : kind === "jr"
        ? "approve no member of it"
        : kind === "core"
          ? `each prefer these ${candidates.length} to the committee (where they approve at most ${got})`
          : `each approve at most ${got} of its members`;
  return {
    ballots: rows.map((r) => electorate.source[r] as number).sort((a, b) => a - b),
    voters,
    candidates: names,
    owed,
    got,
    text:
      kind === "fjr"
        ? `${String(voters)} voters, enough for ${candidates.length} of the seats, each approve at least ${owed} of ${listNames(names)}, yet ${what}: they are owed ${owed}.`
        : kind === "core"
          ? `${String(voters)} voters, enough for ${candidates.length} of the seats, ${what}: they could afford ${listNames(names)}.`
          : `${String(voters)} voters, at least ${owed === 1 ? "one seat's" : `${owed} seats'`} worth of the electorate, all approve ${listNames(names)}, yet ${what}: they are owed ${owed}.`,
  };
};

/**
 * JR (`ell` = 1 only, any candidate) and EJR+ (every ℓ, candidates outside the committee): a
 * candidate approved by at least ℓ n / k voters who each approve fewer than ℓ members.
 */
const ejrPlus = (context: Context, maxEll: number, plus: boolean): CheckWitness | undefined => {
  const { electorate, member, sat } = context;
  for (let c = 0; c < electorate.m; c++) {
    if (plus && member[c] === 1) continue;
    const supporters = electorate.supporters[c] as Int32Array;
    for (let ell = 1; ell <= maxEll; ell++) {
      const rows = [...supporters].filter((r) => (sat[r] as number) < ell);
      const weight = rows.reduce((s, r) => s + (electorate.weight[r] as number), 0);
      if (large(context, weight, ell))
        return witnessOf(context, rows, [c], ell, plus ? "ejr-plus" : "jr");
    }
  }
  return undefined;
};

/** EJR and PJR: a search over ℓ jointly approved candidates, pruned by the group's size. */
const search = (context: Context, kind: "ejr" | "pjr"): CheckWitness | undefined | "work_limit" => {
  const { electorate, member, sat, k } = context;
  const all = Array.from({ length: electorate.rows }, (_, r) => r);
  const committee = Array.from({ length: electorate.m }, (_, c) => c).filter(
    (c) => member[c] === 1,
  );
  let over = false;
  // Finds ℓ candidates (increasing indices from `from`) that every row of a large group approves.
  const find = (
    rows: number[],
    chosen: number[],
    from: number,
    ell: number,
  ): CheckWitness | undefined => {
    if (over) return undefined;
    const weight = rows.reduce((s, r) => s + (electorate.weight[r] as number), 0);
    context.work += rows.length + 1;
    if (context.work > context.maxWork) {
      over = true;
      return undefined;
    }
    if (!large(context, weight, ell)) return undefined;
    if (chosen.length === ell) return witnessOf(context, rows, chosen, ell, kind);
    for (let c = from; c <= electorate.m - (ell - chosen.length); c++) {
      const next = rows.filter((r) => approves(context, r, c));
      const found = find(next, [...chosen, c], c + 1, ell);
      if (found !== undefined || over) return found;
    }
    return undefined;
  };
  for (let ell = 1; ell <= k; ell++) {
    if (kind === "ejr") {
      const found = find(
        all.filter((r) => (sat[r] as number) < ell),
        [],
        0,
        ell,
      );
      if (over) return "work_limit";
      if (found !== undefined) return found;
      continue;
    }
    // PJR: the group's approved members lie within some ℓ - 1 members W'.
    const size = Math.min(ell - 1, committee.length);
    for (const shared of subsets(committee, size)) {
      const allowed = new Uint8Array(electorate.m);
      for (const c of shared) allowed[c] = 1;
      const rows = all.filter((r) =>
        [...(electorate.approved[r] as Int32Array)].every(
          (c) => member[c] === 0 || allowed[c] === 1,
        ),
      );
      context.work += electorate.rows;
      const found = find(rows, [], 0, ell);
      if (over || context.work > context.maxWork) return "work_limit";
      if (found !== undefined) return found;
    }
  }
  return undefined;
};

/** FJR and the core: every set T of at most k candidates, and the voters it leaves short. */
const groupsOfSets = (
  context: Context,
  kind: "fjr" | "core",
): CheckWitness | undefined | "work_limit" => {
  const { electorate, sat, k } = context;
  const { m, rows } = electorate;
  const inT = new Uint8Array(m);
  const chosen: number[] = [];
  const count = new Int32Array(rows);
  let found: CheckWitness | undefined;
  let over = false;
  const test = (): void => {
    const t = chosen.length;
    context.work += rows;
    if (context.work > context.maxWork) {
      over = true;
      return;
    }
    for (let r = 0; r < rows; r++) {
      let c = 0;
      for (const x of electorate.approved[r] as Int32Array) c += inT[x] as number;
      count[r] = c;
    }
    const betas = kind === "fjr" ? Array.from({ length: t }, (_, i) => i + 1) : [0];
    for (const beta of betas) {
      const group: number[] = [];
      let weight = 0;
      for (let r = 0; r < rows; r++) {
        const hit = count[r] as number;
        const has = sat[r] as number;
        const short = kind === "fjr" ? hit >= beta && has < beta : hit > has;
        if (!short) continue;
        group.push(r);
        weight += electorate.weight[r] as number;
      }
      if (large(context, weight, t)) {
        found = witnessOf(context, group, [...chosen], kind === "fjr" ? beta : t, kind);
        return;
      }
    }
  };
  const walk = (from: number): void => {
    if (found !== undefined || over) return;
    if (chosen.length > 0) test();
    if (found !== undefined || over || chosen.length === k) return;
    for (let c = from; c < m; c++) {
      chosen.push(c);
      inT[c] = 1;
      walk(c + 1);
      inT[c] = 0;
      chosen.pop();
      if (found !== undefined || over) return;
    }
  };
  walk(0);
  return over ? "work_limit" : found;
};

const subsets = function* (items: readonly number[], size: number): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = 0; i <= items.length - size; i++)
    for (const rest of subsets(items.slice(i + 1), size - 1)) yield [items[i] as number, ...rest];
};
