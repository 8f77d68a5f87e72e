/**
 * Quadratic funding (Buterin, Hitzig and Weyl, "A Flexible Design for Funding Public Goods",
 * Management Science 65(11), 2019: the capital-constrained liberal radical (CLR) mechanism): a
 * project whose contributors give c₁, c₂, ... is funded (Σ√cᵢ)², so the matching subsidy is
 * (Σ√cᵢ)² − Σcᵢ = 2 Σ_{i<j} √(cᵢcⱼ): many small gifts draw more matching than one large gift.
 *
 * Variants (`options.variant`):
 * - `standard`: when the subsidies together exceed the matching pool, each is scaled by the same
 *   factor α = pool / Σ subsidies (the paper's budget-constrained mechanism, which funds a fraction
 *   α of the CLR subsidy). With `options.spendAll: true` α may exceed 1, so that the whole pool is
 *   always paid out (the practice of Gitcoin Grants rounds).
 * - `capped`: as standard, but no project's match may exceed `options.cap` (a fraction of the pool,
 *   e.g. `"1/10"`); the excess is shared among the other projects in proportion to their
 *   subsidies, repeated until no project is over (the matching cap of Gitcoin Grants rounds).
 * - `pairwise`: Buterin's pairwise-bounded matching ("Pairwise coordination subsidies: a new
 *   quadratic funding design", ethresear.ch, 2019): the term √(cᵢcⱼ) of each pair of contributors
 *   is multiplied by M / (M + kᵢⱼ), where kᵢⱼ = Σ over all projects of √(cᵢcⱼ) is how much that pair
 *   already coordinates, and M (`options.coordination`) bounds it; colluding pairs earn less. Then
 *   scaled to the pool as standard.
 *
 * Precision (square roots are irrational, so this is where exactness stops, and it is documented):
 * each √c is truncated to 30 decimal places (an integer square root of c·10⁶⁰ in bigints); from
 * those roots everything (the products, the pairwise factors, α, the cap) is exact rational
 * arithmetic, except that in the `pairwise` variant each pair's term is truncated to 60 places.
 * A subsidy is therefore never more than the exact one, and below it by less than
 * 2·10⁻³⁰·(n − 1)·Σ√cᵢ for n contributors: far below any currency's smallest unit. Reported amounts
 * are truncated to `options.decimals` places (default 2), so they never sum to more than the pool.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInput, invalidInputAt } from "../core/errors.js";
import { type ExplanationStep, step } from "../core/explanation.js";
import { pure } from "../core/internal/pure.js";
import { checkWork, defineLimit, resolveLimit } from "../core/limits.js";
import * as rationals from "../core/rational.js";
import { type Rational, rational } from "../core/rational.js";
import { describeValue } from "../core/validation.js";
import {
  causeText,
  Issues,
  isRecord,
  optionalBoolean,
  optionalRecord,
  own,
  readArray,
  readChoice,
  readId,
  readInteger,
  readRational,
  unknownKeys,
} from "./internal/read.js";

/**
 * The quadratic funding variants of {@link quadraticFunding}.
 *
 * @category quadratic
 */
export type QuadraticFundingVariant = "standard" | "capped" | "pairwise";

/**
 * One project's funding in {@link QuadraticFundingResult}. Amounts are decimal strings truncated
 * to the requested places.
 *
 * @category quadratic
 */
export interface FundedProject {
  readonly id: string;
  /** The number of distinct contributors. */
  readonly contributors: number;
  /** Σcᵢ, the contributions themselves. */
  readonly contributions: string;
  /** (Σ√cᵢ)², the CLR funding before any budget constraint. */
  readonly ideal: string;
  /** The subsidy before scaling to the pool: (Σ√cᵢ)² − Σcᵢ, or its pairwise-bounded form. */
  readonly subsidy: string;
  /** The match paid from the pool. */
  readonly match: string;
  /** Contributions plus match. */
  readonly total: string;
  /** Whether the cap bound this project (`capped` variant). */
  readonly capped: boolean;
}

/**
 * The result of {@link quadraticFunding}.
 *
 * @category quadratic
 */
export interface QuadraticFundingResult {
  readonly variant: QuadraticFundingVariant;
  /** The matching pool. */
  readonly pool: string;
  /** Projects in input order (first named first). */
  readonly projects: readonly FundedProject[];
  /** The factor applied to the subsidies of uncapped projects (`1` when the pool covers them). */
  readonly alpha: string;
  /** The part of the pool not paid out (before truncation of the reported amounts). */
  readonly unspent: string;
  /** How exact the figures are: square roots truncated to `sqrtDecimals` places, amounts reported to `decimals`. */
  readonly precision: { readonly sqrtDecimals: number; readonly decimals: number };
  readonly explanation: readonly ExplanationStep[];
}

/**
 * The work limit on contributions read by {@link quadraticFunding}: 1,000,000 by default,
 * `options.maxContributions` up to 20 million.
 *
 * @category limits
 */
export const QUADRATIC_FUNDING_CONTRIBUTIONS_LIMIT = /* @__PURE__ */ defineLimit({
  name: "quadratic-funding.contributions",
  unit: "contributions",
  default: 1_000_000,
  ceiling: 20_000_000,
  option: "options.maxContributions",
});

/**
 * The work limit on contributor pairs in the `pairwise` variant (quadratic in the contributors to
 * a project): 2,000,000 by default, `options.maxPairs` up to 200 million.
 *
 * @category limits
 */
export const QUADRATIC_FUNDING_PAIRS_LIMIT = /* @__PURE__ */ defineLimit({
  name: "quadratic-funding.pairs",
  unit: "contributor pairs",
  default: 2_000_000,
  ceiling: 200_000_000,
  option: "options.maxPairs",
});

const SQRT_DECIMALS = 30;
/** Products of two roots are in units of 10⁻⁶⁰ (10^(2·SQRT_DECIMALS)). */
const PRODUCT_SCALE = /* @__PURE__ */ pure(() => 10n ** BigInt(2 * SQRT_DECIMALS));

/**
 * Computes quadratic funding matches: each project draws from the matching pool in proportion to
 * the square of the sum of the square roots of its contributions, less the contributions.
 *
 * @remarks
 * Buterin, Hitzig and Weyl (2019), with the capped and pairwise-bounded variants described in the
 * module comment. Spec: `{ pool, contributions: [{ contributor, project, amount }], projects?,
 * options? }`; amounts and the pool are non-negative numbers with a finite decimal or `"p/q"`
 * strings; several contributions of one contributor to one project are added together first.
 * Options: `variant` (`"standard"`), `cap` (a fraction of the pool, `capped`), `coordination` (M,
 * `pairwise`, default 1), `spendAll`, `decimals` (0 to 30, default 2). Precision: see the module
 * comment. Linear in contributions (standard, capped); the pairwise variant is quadratic in each
 * project's contributors. Work limits {@link QUADRATIC_FUNDING_CONTRIBUTIONS_LIMIT} and
 * {@link QUADRATIC_FUNDING_PAIRS_LIMIT}.
 *
 * @param spec - as above.
 * @returns each project's subsidy, match and total, or `InvalidInput` with paths, or `Unsupported`
 *   past a work limit.
 *
 * @example Four gifts of 1 draw more than one gift of 4
 * ```ts
 * import { quadraticFunding } from "co-decide/deliberation";
 *
 * quadraticFunding({
 *   pool: 100,
 *   contributions: [
 *     { contributor: "a", project: "garden", amount: 1 },
 *     { contributor: "b", project: "garden", amount: 1 },
 *     { contributor: "c", project: "garden", amount: 1 },
 *     { contributor: "d", project: "garden", amount: 1 },
 *     { contributor: "e", project: "mural", amount: 4 },
 *   ],
 * });
 * // => right: { projects: [{ id: "garden", ideal: "16.00", subsidy: "12.00", match: "12.00", ... },
 * //                        { id: "mural", ideal: "4.00", subsidy: "0.00", match: "0.00", ... }], ... }
 * ```
 *
 * @category quadratic
 */
export const quadraticFunding = (spec: unknown): E.Either<DecideError, QuadraticFundingResult> => {
  try {
    return run(spec);
  } catch (cause) {
    return E.left(
      invalidInputAt("", "unreadable", `the spec could not be read (${causeText(cause)})`),
    );
  }
};

interface Project {
  readonly id: string;
  /** Contribution per contributor index. */
  readonly given: Map<number, Rational>;
}

const ZERO: Rational = { num: 0n, den: 1n };
const ONE: Rational = { num: 1n, den: 1n };

const run = (spec: unknown): E.Either<DecideError, QuadraticFundingResult> => {
  if (!isRecord(spec)) {
    return E.left(
      invalidInputAt("", "invalid_type", `expected an object, got ${describeValue(spec)}`),
    );
  }
  const issues = new Issues();
  unknownKeys(spec, ["pool", "contributions", "projects", "options"], [], issues);
  const options = optionalRecord(own(spec, "options"), ["options"], issues) ?? {};
  unknownKeys(
    options,
    ["variant", "cap", "coordination", "spendAll", "decimals", "maxContributions", "maxPairs"],
    ["options"],
    issues,
  );
  const limit = resolveLimit(
    QUADRATIC_FUNDING_CONTRIBUTIONS_LIMIT,
    own(options, "maxContributions"),
  );
  if (E.isLeft(limit)) return limit;
  const pairLimit = resolveLimit(QUADRATIC_FUNDING_PAIRS_LIMIT, own(options, "maxPairs"));
  if (E.isLeft(pairLimit)) return pairLimit;
  const rawVariant = own(options, "variant");
  const variant: QuadraticFundingVariant =
    rawVariant === undefined
      ? "standard"
      : (readChoice(
          rawVariant,
          ["standard", "capped", "pairwise"] as const,
          ["options", "variant"],
          issues,
        ) ?? "standard");
  const rawCap = own(options, "cap");
  const cap =
    rawCap === undefined
      ? undefined
      : readRational(rawCap, ["options", "cap"], issues, {
          min: ZERO,
          max: ONE,
          what: "a fraction of the pool",
        });
  if (variant === "capped" && rawCap === undefined) {
    issues.add(
      ["options", "cap"],
      "required",
      "the capped variant needs `cap`, a fraction of the pool",
    );
  }
  const rawM = own(options, "coordination");
  const coordination =
    rawM === undefined
      ? ONE
      : readRational(rawM, ["options", "coordination"], issues, {
          min: ZERO,
          what: "a positive number",
        });
  if (coordination !== undefined && coordination.num === 0n) {
    issues.add(["options", "coordination"], "out_of_range", "expected a positive number");
  }
  const spendAll =
    optionalBoolean(own(options, "spendAll"), ["options", "spendAll"], issues) ?? false;
  const rawDecimals = own(options, "decimals");
  const decimals =
    rawDecimals === undefined
      ? 2
      : (readInteger(rawDecimals, 0, 30, ["options", "decimals"], issues) ?? 2);
  const pool = readRational(own(spec, "pool"), ["pool"], issues, { min: ZERO, what: "an amount" });
  const contributions = readArray(own(spec, "contributions"), ["contributions"], issues);
  const rawProjects = own(spec, "projects");
  const listed =
    rawProjects === undefined ? undefined : readArray(rawProjects, ["projects"], issues);
  if (contributions === undefined) return E.left(invalidInput(issues.list, issues.more));
  const work = checkWork(
    QUADRATIC_FUNDING_CONTRIBUTIONS_LIMIT,
    contributions.length + (listed?.length ?? 0),
    limit.right,
  );
  if (E.isLeft(work)) return work;
  const projects: Project[] = [];
  const projectIndex = new Map<string, number>();
  if (listed !== undefined) {
    for (let i = 0; i < listed.length; i++) {
      const id = readId(listed[i], ["projects", i], issues);
      if (id === undefined) continue;
      if (projectIndex.has(id))
        issues.add(["projects", i], "duplicate_project", `"${id}" is listed twice`);
      else {
        projectIndex.set(id, projects.length);
        projects.push({ id, given: new Map() });
      }
    }
  }
  const contributorIndex = new Map<string, number>();
  for (let i = 0; i < contributions.length; i++) {
    const c = contributions[i];
    if (!isRecord(c)) {
      issues.add(
        ["contributions", i],
        "invalid_type",
        `expected { contributor, project, amount }, got ${describeValue(c)}`,
      );
      continue;
    }
    unknownKeys(c, ["contributor", "project", "amount"], ["contributions", i], issues);
    const who = readId(own(c, "contributor"), ["contributions", i, "contributor"], issues);
    const to = readId(own(c, "project"), ["contributions", i, "project"], issues);
    const amount = readRational(own(c, "amount"), ["contributions", i, "amount"], issues, {
      min: ZERO,
      what: "an amount",
    });
    if (who === undefined || to === undefined || amount === undefined) continue;
    let p = projectIndex.get(to);
    if (p === undefined) {
      if (listed !== undefined) {
        issues.add(
          ["contributions", i, "project"],
          "unknown_project",
          `"${to}" is not one of the projects`,
        );
        continue;
      }
      p = projects.length;
      projectIndex.set(to, p);
      projects.push({ id: to, given: new Map() });
    }
    let k = contributorIndex.get(who);
    if (k === undefined) {
      k = contributorIndex.size;
      contributorIndex.set(who, k);
    }
    const given = (projects[p] as Project).given;
    given.set(k, rationals.add(given.get(k) ?? ZERO, amount));
  }
  if (variant === "pairwise") {
    let pairs = 0;
    for (const p of projects) pairs += (p.given.size * (p.given.size - 1)) / 2;
    const check = checkWork(QUADRATIC_FUNDING_PAIRS_LIMIT, pairs, pairLimit.right);
    if (E.isLeft(check)) return check;
  }
  if (!issues.empty || pool === undefined || coordination === undefined) {
    return E.left(invalidInput(issues.list, issues.more));
  }
  return E.right(fund(projects, pool, variant, cap, coordination, spendAll, decimals));
};

/** ⌊√n⌋ for a non-negative bigint (Newton's method). */
const isqrt = (n: bigint): bigint => {
  if (n < 2n) return n;
  // Start above the root (2^⌈bits/2⌉) so that Newton's iterates decrease to ⌊√n⌋.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
};

/** ⌊√a · 10³⁰⌋: the root truncated to 30 decimal places, as an integer. */
const root = (a: Rational): bigint => isqrt((a.num * PRODUCT_SCALE) / a.den);

const fund = (
  projects: readonly Project[],
  pool: Rational,
  variant: QuadraticFundingVariant,
  cap: Rational | undefined,
  coordination: Rational,
  spendAll: boolean,
  decimals: number,
): QuadraticFundingResult => {
  const roots = projects.map((p) => new Map([...p.given].map(([k, c]) => [k, root(c)])));
  // Subsidies in units of 10⁻⁶⁰.
  const subsidies: bigint[] =
    variant === "pairwise" ? pairwiseSubsidies(roots, coordination) : roots.map(standardSubsidy);
  const sums = roots.map((r) => [...r.values()].reduce((a, b) => a + b, 0n));
  const subsidy = subsidies.map((s) => rational(s, PRODUCT_SCALE));
  const total = rationals.sum(subsidy);
  const capAmount =
    cap === undefined || variant !== "capped" ? undefined : rationals.mul(cap, pool);
  // Water-filling: fix projects at the cap until the scaled subsidies of the rest fit under it.
  const fixed = new Array<boolean>(projects.length).fill(false);
  let alpha = ONE;
  for (;;) {
    const fixedTotal =
      capAmount === undefined
        ? ZERO
        : rationals.mul(capAmount, rational(fixed.filter(Boolean).length));
    const free = rationals.sum(subsidy.filter((_, i) => !fixed[i]));
    const left = rationals.sub(pool, fixedTotal);
    alpha = rationals.isZero(free)
      ? ZERO
      : spendAll || rationals.compare(free, left) > 0
        ? rationals.div(left, free)
        : ONE;
    if (capAmount === undefined) break;
    let changed = false;
    subsidy.forEach((s, i) => {
      if (!fixed[i] && rationals.compare(rationals.mul(alpha, s), capAmount) > 0) {
        fixed[i] = true;
        changed = true;
      }
    });
    if (!changed) break;
  }
  const matches = subsidy.map((s, i) =>
    fixed[i] ? (capAmount as Rational) : rationals.mul(alpha, s),
  );
  const paid = rationals.sum(matches);
  const money = (r: Rational): string => rationals.toFixed(r, decimals, "truncate");
  const funded: FundedProject[] = projects.map((p, i) => {
    const given = rationals.sum([...p.given.values()]);
    const match = matches[i] as Rational;
    const s = sums[i] as bigint;
    return {
      id: p.id,
      contributors: p.given.size,
      contributions: money(given),
      ideal: money(rational(s * s, PRODUCT_SCALE)),
      subsidy: money(subsidy[i] as Rational),
      match: money(match),
      total: money(rationals.add(given, match)),
      capped: fixed[i] as boolean,
    };
  });
  const unspent = rationals.sub(pool, paid);
  return {
    variant,
    pool: money(pool),
    projects: funded,
    alpha: rationals.toFixed(alpha, 12, "truncate"),
    unspent: money(unspent),
    precision: { sqrtDecimals: SQRT_DECIMALS, decimals },
    explanation: [
      step(
        "subsidies",
        `${projects.length} projects ask for ${money(total)} in matching subsidies ((Σ√c)² − Σc${variant === "pairwise" ? ", pairwise-bounded" : ""}); the pool holds ${money(pool)}.`,
        { subsidies: money(total), pool: money(pool) },
      ),
      step(
        "scale",
        rationals.compare(alpha, ONE) === 0
          ? "The pool covers every subsidy in full."
          : `Each subsidy is multiplied by α = ${rationals.toFixed(alpha, 6, "truncate")} so that they fit the pool.`,
        { alpha: rationals.toFixed(alpha, 12, "truncate") },
      ),
      ...(capAmount === undefined
        ? []
        : [
            step(
              "cap",
              `No project receives more than ${money(capAmount)}; ${fixed.filter(Boolean).length} reached the cap and their excess went to the others.`,
              {
                cap: money(capAmount),
                capped: projects.filter((_, i) => fixed[i]).map((p) => p.id),
              },
            ),
          ]),
      step("outcome", `${money(paid)} of the pool is paid out; ${money(unspent)} is left.`, {
        paid: money(paid),
        unspent: money(unspent),
      }),
    ],
  };
};

/** 2 Σ_{i<j} sᵢsⱼ = (Σsᵢ)² − Σsᵢ², in units of 10⁻⁶⁰. */
const standardSubsidy = (roots: Map<number, bigint>): bigint => {
  let sum = 0n;
  let squares = 0n;
  for (const s of roots.values()) {
    sum += s;
    squares += s * s;
  }
  return sum * sum - squares;
};

/** Σ_{i≠j} sᵢsⱼ · M / (M + kᵢⱼ) per project, each term truncated to 10⁻⁶⁰. */
const pairwiseSubsidies = (roots: readonly Map<number, bigint>[], m: Rational): bigint[] => {
  const key = (i: number, j: number): string => (i < j ? `${i},${j}` : `${j},${i}`);
  const coordination = new Map<string, bigint>();
  const entries = roots.map((r) => [...r.entries()]);
  for (const list of entries) {
    for (let a = 0; a < list.length; a++) {
      const [i, si] = list[a] as [number, bigint];
      for (let b = a + 1; b < list.length; b++) {
        const [j, sj] = list[b] as [number, bigint];
        const k = key(i, j);
        coordination.set(k, (coordination.get(k) ?? 0n) + si * sj);
      }
    }
  }
  // M / (M + k/10⁶⁰) = M.num·10⁶⁰ / (M.num·10⁶⁰ + k·M.den).
  const mScaled = m.num * PRODUCT_SCALE;
  return entries.map((list) => {
    let total = 0n;
    for (let a = 0; a < list.length; a++) {
      const [i, si] = list[a] as [number, bigint];
      for (let b = a + 1; b < list.length; b++) {
        const [j, sj] = list[b] as [number, bigint];
        const k = coordination.get(key(i, j)) as bigint;
        total += (2n * si * sj * mScaled) / (mScaled + k * m.den);
      }
    }
    return total;
  });
};
