/**
 * The boundary of participatory budgeting: `allocate(spec)` reads a budget, costed projects and
 * residents' ballots from anywhere (a form, a JSON file, {@link parsePabulib}), checks them, and
 * counts them with one method (DESIGN.md 3.5).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { TieBreakPolicySchema } from "../../ballots/schemas.js";
import {
  type DecideError,
  type InputIssue,
  invalidInput,
  unknownMethod,
  unsupported,
} from "../../core/errors.js";
import { pure } from "../../core/internal/pure.js";
import { ownKeys } from "../../core/internal/record.js";
import { defineLimit, resolveLimit } from "../../core/limits.js";
import type { Rational } from "../../core/rational.js";
import * as rationals from "../../core/rational.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { validate } from "../../core/validation.js";
import { COMPLETION_STEPS_LIMIT, type EqualSharesOptions, equalShares } from "./equal-shares.js";
import { greedy } from "./greedy.js";
import type {
  Allocation,
  BudgetBallot,
  BudgetBallotKind,
  BudgetElection,
  BudgetProject,
} from "./instance.js";
import { MAX_WELFARE_WORK_LIMIT, maxWelfare } from "./max-welfare.js";
import { seqPhragmen } from "./seq-phragmen.js";

/**
 * The budgeting methods {@link allocate} knows.
 *
 * @category budgeting
 */
export const BUDGET_METHODS: readonly string[] = [
  "greedy",
  "max-welfare",
  "equal-shares",
  "seq-phragmen",
];

/**
 * The most ballots {@link allocate} reads.
 *
 * @category limits
 */
export const ALLOCATE_BALLOTS_LIMIT = /* @__PURE__ */ defineLimit({
  name: "allocate.ballots",
  unit: "ballots",
  default: 2_000_000,
  ceiling: 20_000_000,
  option: "options.maxBallots",
});

const amountSchema = /* @__PURE__ */ pure(() => z.union([z.number(), z.string()]));

const SpecSchema = /* @__PURE__ */ pure(() =>
  z.object({
    method: z.string(),
    budget: amountSchema,
    projects: z.array(
      z.object({
        id: z.string(),
        cost: amountSchema,
        name: z.optional(z.string()),
        category: z.optional(z.string()),
        selected: z.optional(z.boolean()),
      }),
    ),
    ballots: z.array(z.unknown()),
    options: z.optional(z.record(z.string(), z.unknown())),
    tieBreak: z.optional(TieBreakPolicySchema),
    meta: z.optional(z.unknown()),
  }),
);

const satisfactionSchema = /* @__PURE__ */ pure(() =>
  z.optional(z.enum(["cardinality", "cost", "scores"])),
);

const OptionSchemas = /* @__PURE__ */ pure(() => ({
  greedy: z.strictObject({
    satisfaction: satisfactionSchema,
    order: z.optional(z.enum(["satisfaction", "satisfaction-per-cost"])),
    skipUnaffordable: z.optional(z.boolean()),
    currency: z.optional(z.string()),
    maxBallots: z.optional(z.unknown()),
  }),
  "max-welfare": z.strictObject({
    satisfaction: satisfactionSchema,
    maxWork: z.optional(z.unknown()),
    // read by allocateAsync only (the integer programme through HiGHS)
    maxMipProjects: z.optional(z.unknown()),
    mipTimeLimit: z.optional(z.unknown()),
    currency: z.optional(z.string()),
    maxBallots: z.optional(z.unknown()),
  }),
  "equal-shares": z.strictObject({
    satisfaction: satisfactionSchema,
    completion: z.optional(
      z.enum(["none", "add-one", "budget-increase", "greedy", "seq-phragmen"]),
    ),
    step: z.optional(amountSchema),
    budgetStep: z.optional(amountSchema),
    comparison: z.optional(z.enum(["none", "greedy"])),
    eligibility: z.optional(z.strictObject({ supportPerCostShare: amountSchema })),
    maxSteps: z.optional(z.unknown()),
    currency: z.optional(z.string()),
    maxBallots: z.optional(z.unknown()),
  }),
  "seq-phragmen": z.strictObject({
    skipUnaffordable: z.optional(z.boolean()),
    currency: z.optional(z.string()),
    maxBallots: z.optional(z.unknown()),
  }),
}));

type Spec = z.infer<typeof SpecSchema>;

/**
 * Counts a participatory budget: which projects are funded, in what order, and why.
 *
 * @remarks
 * Spec: `{ method, budget, projects: [{ id, cost, name?, category? }], ballots, options,
 * tieBreak }`. Budget and costs are whole numbers or exact decimal strings (`"1250.50"`, `"1/3"`);
 * floats never enter the count. Ballots (one kind per spec, each with an optional `weight`):
 * approval `{ approve: [ids] }`, cardinal `{ scores: { id: n } }`, cumulative
 * `{ points: { id: n } }`, ordinal `{ ranking: [ids] }` (read as Borda scores: with k projects
 * ranked, the first scores k, the last 1; `cardinality` and `cost` satisfaction count every
 * ranked project as supported). Project ids are any strings. A spec from {@link parsePabulib}
 * (with `meta`) is accepted as it is.
 *
 * Methods: `greedy` ({@link greedy}), `max-welfare` ({@link maxWelfare}), `equal-shares`
 * ({@link equalShares}), `seq-phragmen` ({@link seqPhragmen}); their options are checked (an
 * option a method does not use is an error). Amount options (`step`, `budgetStep`,
 * `eligibility.supportPerCostShare`) are exact numbers like costs. `tieBreak` (default
 * lexicographic; `none` is refused, since a budget must fund one set) decides what cost and votes
 * leave tied.
 *
 * Errors: `UnknownMethod`; `InvalidInput` listing every problem with its path
 * (`ballots[3].approve[0]`: unknown project); `Unsupported` for work limits
 * ({@link ALLOCATE_BALLOTS_LIMIT} `options.maxBallots`, {@link COMPLETION_STEPS_LIMIT}
 * `options.maxSteps`, {@link MAX_WELFARE_WORK_LIMIT} `options.maxWork`). Never throws.
 *
 * @example Equal Shares on a small budget
 * ```ts
 * import { allocate } from "co-decide/committees";
 *
 * allocate({
 *   method: "equal-shares",
 *   budget: 30,
 *   projects: [{ id: "a", cost: 10 }, { id: "b", cost: 10 }, { id: "c", cost: 10 }, { id: "x", cost: 10 }],
 *   ballots: [{ approve: ["a", "b", "c"], weight: 2 }, { approve: ["x"] }],
 *   options: { satisfaction: "cardinality" },
 * }); // => right({ winners: ["a", "b", "x"], totalCost: "30", ... })
 * ```
 *
 * @category budgeting
 */
export const allocate = (spec: unknown): E.Either<DecideError, Allocation> => {
  try {
    return E.flatMap(validate(SpecSchema, spec), run);
  } catch (cause) {
    return E.left(
      unsupported(
        "internal",
        `allocate could not count this input (${cause instanceof Error ? cause.message : "unknown cause"}).`,
      ),
    );
  }
};

/**
 * Checks a budgeting instance (a spec without `method`, e.g. from {@link parsePabulib}) and
 * returns the indexed {@link BudgetElection} that the typed functions ({@link equalShares},
 * {@link greedy}, {@link budgetChecks}, ...) take: projects in the spec's order, ballots merged
 * when identical (their weights added).
 *
 * @remarks
 * The same checks as {@link allocate} (every problem with its path), without counting. Never
 * throws.
 *
 * @example
 * ```ts
 * import { budgetElection } from "co-decide/committees";
 *
 * budgetElection({ budget: 10, projects: [{ id: "a", cost: 5 }], ballots: [{ approve: ["a"] }, { approve: ["a"] }] });
 * // => right({ kind: "approval", budget: 10/1, projects: [a], ballots: [{ projects: [0], weight: 2/1 }] })
 * ```
 *
 * @category budgeting
 */
export const budgetElection = (spec: unknown): E.Either<DecideError, BudgetElection> => {
  try {
    if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
      return E.left(
        invalidInput([
          {
            path: "",
            code: "invalid_type",
            message: "expected a budgeting instance: an object with budget, projects and ballots",
          },
        ]),
      );
    }
    return E.flatMap(validate(SpecSchema, { ...spec, method: "greedy" }), (parsed) => {
      const issues: InputIssue[] = [];
      const election = buildElection(parsed, issues);
      return issues.length > 0 || election === undefined
        ? E.left(invalidInput(issues))
        : E.right(election);
    });
  } catch (cause) {
    return E.left(
      unsupported(
        "internal",
        `budgetElection could not read this input (${cause instanceof Error ? cause.message : "unknown cause"}).`,
      ),
    );
  }
};

const run = (spec: Spec): E.Either<DecideError, Allocation> => {
  const method = spec.method;
  if (!BUDGET_METHODS.includes(method)) return E.left(unknownMethod(method, BUDGET_METHODS));
  const schema = OptionSchemas[method as keyof typeof OptionSchemas];
  const rawOptions = spec.options ?? {};
  const optionsResult = validate(schema as z.ZodMiniType<Record<string, unknown>>, rawOptions);
  if (E.isLeft(optionsResult)) {
    return E.left(
      invalidInput(
        optionsResult.left.issues.map((i) => ({
          ...i,
          path: i.path === "" ? "options" : `options.${i.path}`,
        })),
      ),
    );
  }
  const options = optionsResult.right;
  const maxBallots = resolveLimit(ALLOCATE_BALLOTS_LIMIT, options["maxBallots"]);
  if (E.isLeft(maxBallots)) return maxBallots;
  if (spec.ballots.length > maxBallots.right) {
    return E.left({
      _tag: "Unsupported",
      reason: "work_limit",
      message: `This input has ${spec.ballots.length} ballots, past the work limit of ${maxBallots.right} for ${ALLOCATE_BALLOTS_LIMIT.name}; set ${ALLOCATE_BALLOTS_LIMIT.option} (up to ${ALLOCATE_BALLOTS_LIMIT.ceiling}) to allow more.`,
      limit: {
        name: ALLOCATE_BALLOTS_LIMIT.name,
        limit: maxBallots.right,
        size: spec.ballots.length,
        option: ALLOCATE_BALLOTS_LIMIT.option,
        ceiling: ALLOCATE_BALLOTS_LIMIT.ceiling,
      },
    });
  }
  const issues: InputIssue[] = [];
  if (spec.tieBreak?.kind === "none") {
    issues.push({
      path: "tieBreak.kind",
      code: "unsupported_policy",
      message:
        "a budget must fund one set of projects: choose a policy that breaks ties (lexicographic, order or random)",
    });
  }
  const election = buildElection(spec, issues);
  const amounts: Record<string, Rational | undefined> = {};
  for (const key of ["step", "budgetStep"] as const) {
    const value = options[key];
    if (value === undefined) continue;
    const parsed = parseRationalSafe(value);
    if (parsed === undefined || parsed.num <= 0n) {
      issues.push({
        path: `options.${key}`,
        code: "invalid_amount",
        message: "expected a positive exact number",
      });
    } else amounts[key] = parsed;
  }
  const eligibility = options["eligibility"] as
    | { supportPerCostShare: number | string }
    | undefined;
  if (eligibility !== undefined) {
    const parsed = parseRationalSafe(eligibility.supportPerCostShare);
    if (parsed === undefined || parsed.num < 0n) {
      issues.push({
        path: "options.eligibility.supportPerCostShare",
        code: "invalid_amount",
        message: 'expected a non-negative exact number such as "1/3"',
      });
    } else amounts["share"] = parsed;
  }
  if (spec.tieBreak?.kind === "order") {
    const known = new Set(spec.projects.map((p) => p.id));
    spec.tieBreak.order.forEach((id, i) => {
      if (!known.has(id))
        issues.push({
          path: `tieBreak.order[${i}]`,
          code: "unknown_project",
          message: `unknown project ${JSON.stringify(id)}`,
        });
    });
  }
  if (issues.length > 0 || election === undefined) return E.left(invalidInput(issues));
  const tieBreak = (spec.tieBreak ?? { kind: "lexicographic" }) as TieBreakPolicy;
  const satisfaction = options["satisfaction"] as "cardinality" | "cost" | "scores" | undefined;
  const currency = options["currency"] as string | undefined;
  switch (method) {
    case "greedy":
      return E.right(
        greedy(election, {
          tieBreak,
          ...(satisfaction === undefined ? {} : { satisfaction }),
          ...(options["order"] === undefined ? {} : { order: options["order"] as "satisfaction" }),
          ...(options["skipUnaffordable"] === undefined
            ? {}
            : { skipUnaffordable: options["skipUnaffordable"] as boolean }),
        }),
      );
    case "max-welfare": {
      const maxWork = resolveLimit(MAX_WELFARE_WORK_LIMIT, options["maxWork"]);
      if (E.isLeft(maxWork)) return maxWork;
      return maxWelfare(election, {
        maxWork: maxWork.right,
        ...(satisfaction === undefined ? {} : { satisfaction }),
      });
    }
    case "seq-phragmen":
      return E.right(
        seqPhragmen(election, {
          tieBreak,
          ...(options["skipUnaffordable"] === undefined
            ? {}
            : { skipUnaffordable: options["skipUnaffordable"] as boolean }),
        }),
      );
    default: {
      const maxSteps = resolveLimit(COMPLETION_STEPS_LIMIT, options["maxSteps"]);
      if (E.isLeft(maxSteps)) return maxSteps;
      const mesOptions: EqualSharesOptions = {
        tieBreak,
        maxSteps: maxSteps.right,
        ...(satisfaction === undefined ? {} : { satisfaction }),
        ...(options["completion"] === undefined
          ? {}
          : { completion: options["completion"] as "none" }),
        ...(options["comparison"] === undefined
          ? {}
          : { comparison: options["comparison"] as "none" }),
        ...(amounts["step"] === undefined ? {} : { step: amounts["step"] }),
        ...(amounts["budgetStep"] === undefined ? {} : { budgetStep: amounts["budgetStep"] }),
        ...(amounts["share"] === undefined
          ? {}
          : { eligibility: { supportPerCostShare: amounts["share"] } }),
        ...(currency === undefined ? {} : { currency }),
      };
      return equalShares(election, mesOptions);
    }
  }
};

const parseRationalSafe = (value: unknown): Rational | undefined =>
  typeof value === "number" || typeof value === "string"
    ? rationals.parseRational(value)
    : undefined;

/** The most a whole-number weight or score total may reach and still add exactly as a double. */
const SAFE = 9_007_199_254_740_991n;

const buildElection = (spec: Spec, issues: InputIssue[]): BudgetElection | undefined => {
  const start = issues.length;
  const budget = parseRationalSafe(spec.budget);
  if (budget === undefined || budget.num < 0n) {
    issues.push({
      path: "budget",
      code: "invalid_amount",
      message: "expected a non-negative exact number (a whole number or a decimal string)",
    });
  }
  const index = new Map<string, number>();
  const projects: BudgetProject[] = [];
  spec.projects.forEach((project, p) => {
    if (index.has(project.id)) {
      issues.push({
        path: `projects[${p}].id`,
        code: "duplicate_project",
        message: `project ${JSON.stringify(project.id)} is listed twice`,
      });
      return;
    }
    index.set(project.id, projects.length);
    const cost = parseRationalSafe(project.cost);
    if (cost === undefined || cost.num < 0n) {
      issues.push({
        path: `projects[${p}].cost`,
        code: "invalid_amount",
        message: "expected a non-negative exact number",
      });
      return;
    }
    projects.push({
      id: project.id,
      cost,
      ...(project.name === undefined ? {} : { name: project.name }),
      ...(project.category === undefined ? {} : { category: project.category }),
    });
  });
  let kind: BudgetBallotKind | undefined;
  const merged = new Map<string, { projects: number[]; scores?: Rational[]; weight: Rational }>();
  spec.ballots.forEach((ballot, b) => {
    const path = `ballots[${b}]`;
    const declared = kindOf(ballot);
    if (declared !== undefined) {
      if (kind === undefined) kind = declared;
      else if (kind !== declared) {
        issues.push({
          path,
          code: "mixed_ballots",
          message: `expected ${kind} ballots like the first one, got a ${declared} ballot`,
        });
        return;
      }
    }
    const read = readBallot(ballot, path, index, issues);
    // a ballot supporting nothing still counts as a voter (it holds a share of the budget)
    if (read === undefined || read.weight.num === 0n) return;
    const key =
      read.scores === undefined
        ? read.projects.join(",")
        : read.projects
            .map((p, k) => `${p}:${rationals.toFraction(read.scores?.[k] as Rational)}`)
            .join(",");
    const found = merged.get(key);
    if (found === undefined)
      merged.set(key, {
        projects: read.projects,
        ...(read.scores === undefined ? {} : { scores: read.scores }),
        weight: read.weight,
      });
    else found.weight = rationals.add(found.weight, read.weight);
  });
  if (issues.length > start || budget === undefined) return undefined;
  const ballots: BudgetBallot[] = [...merged.values()];
  // whole-number scaling must stay exact in doubles
  let weightScale = 1n;
  let scoreScale = 1n;
  for (const ballot of ballots) {
    weightScale = lcmOf(weightScale, ballot.weight.den);
    for (const s of ballot.scores ?? []) scoreScale = lcmOf(scoreScale, s.den);
  }
  let totalWeight = 0n;
  let maxScore = 0n;
  for (const ballot of ballots) {
    totalWeight += (ballot.weight.num * weightScale) / ballot.weight.den;
    for (const s of ballot.scores ?? []) {
      const v = (s.num * scoreScale) / s.den;
      if (v > maxScore) maxScore = v;
    }
  }
  if (totalWeight * (maxScore > 0n ? maxScore : 1n) > SAFE) {
    issues.push({
      path: "ballots",
      code: "too_precise",
      message: "the weights (and scores) scaled to whole numbers pass 2^53: use simpler fractions",
    });
    return undefined;
  }
  return { budget, projects, ballots, kind: kind ?? "approval" };
};

const lcmOf = (a: bigint, b: bigint): bigint => {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
};

const KINDS: Readonly<Record<string, BudgetBallotKind>> = {
  approve: "approval",
  scores: "cardinal",
  points: "cumulative",
  ranking: "ordinal",
};

/** The kind a ballot declares by its key, if it is an object with exactly one known key. */
const kindOf = (ballot: unknown): BudgetBallotKind | undefined => {
  if (!isRecord(ballot)) return undefined;
  const keys = ownKeys(ballot).filter((k) => k !== "weight");
  return keys.length === 1 && Object.hasOwn(KINDS, keys[0] as string)
    ? KINDS[keys[0] as string]
    : undefined;
};

interface ReadBallot {
  readonly kind: BudgetBallotKind;
  readonly projects: number[];
  readonly scores?: Rational[];
  readonly weight: Rational;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const readBallot = (
  ballot: unknown,
  path: string,
  index: ReadonlyMap<string, number>,
  issues: InputIssue[],
): ReadBallot | undefined => {
  if (!isRecord(ballot)) {
    issues.push({
      path,
      code: "invalid_ballot",
      message: 'expected a ballot: an object with "approve", "scores", "points" or "ranking"',
    });
    return undefined;
  }
  const keys = ownKeys(ballot).filter((k) => k !== "weight");
  const kindKey = keys[0];
  if (
    keys.length !== 1 ||
    !["approve", "scores", "points", "ranking"].includes(kindKey as string)
  ) {
    issues.push({
      path,
      code: "invalid_ballot",
      message:
        'expected exactly one of "approve", "scores", "points" or "ranking" (and an optional "weight")',
    });
    return undefined;
  }
  let weight = rationals.ONE;
  if (Object.hasOwn(ballot, "weight")) {
    const parsed = parseRationalSafe(ballot["weight"]);
    if (parsed === undefined || parsed.num < 0n) {
      issues.push({
        path: `${path}.weight`,
        code: "invalid_weight",
        message: "expected a non-negative exact number",
      });
      return undefined;
    }
    weight = parsed;
  }
  const value = ballot[kindKey as string];
  const projectAt = (id: unknown, at: string, seen: Set<number>): number | undefined => {
    if (typeof id !== "string") {
      issues.push({ path: at, code: "invalid_type", message: "expected a project id (a string)" });
      return undefined;
    }
    const p = index.get(id);
    if (p === undefined) {
      issues.push({
        path: at,
        code: "unknown_project",
        message: `unknown project ${JSON.stringify(id)}`,
      });
      return undefined;
    }
    if (seen.has(p)) {
      issues.push({
        path: at,
        code: "duplicate_project",
        message: `project ${JSON.stringify(id)} appears twice`,
      });
      return undefined;
    }
    seen.add(p);
    return p;
  };
  if (kindKey === "approve" || kindKey === "ranking") {
    if (!Array.isArray(value)) {
      issues.push({
        path: `${path}.${kindKey}`,
        code: "invalid_type",
        message: "expected a list of project ids",
      });
      return undefined;
    }
    const seen = new Set<number>();
    const projects: number[] = [];
    let ok = true;
    for (let k = 0; k < value.length; k++) {
      const p = projectAt(value[k], `${path}.${kindKey}[${k}]`, seen);
      if (p === undefined) ok = false;
      else projects.push(p);
    }
    if (!ok) return undefined;
    if (kindKey === "approve")
      return { kind: "approval", projects: projects.sort((a, b) => a - b), weight };
    // Borda: with k ranked, the first scores k and the last 1.
    const order = projects.map((p, k) => ({ p, score: rationals.rational(projects.length - k) }));
    order.sort((a, b) => a.p - b.p);
    return {
      kind: "ordinal",
      projects: order.map((o) => o.p),
      scores: order.map((o) => o.score),
      weight,
    };
  }
  if (!isRecord(value)) {
    issues.push({
      path: `${path}.${kindKey}`,
      code: "invalid_type",
      message: "expected an object of project id: score",
    });
    return undefined;
  }
  const seen = new Set<number>();
  const entries: { p: number; score: Rational }[] = [];
  let ok = true;
  for (const id of ownKeys(value)) {
    const at = `${path}.${kindKey}[${JSON.stringify(id)}]`;
    const p = projectAt(id, at, seen);
    const score = parseRationalSafe(value[id]);
    if (p === undefined) {
      ok = false;
      continue;
    }
    if (score === undefined || score.num < 0n) {
      issues.push({
        path: at,
        code: "invalid_score",
        message: "expected a non-negative exact number",
      });
      ok = false;
      continue;
    }
    if (score.num > 0n) entries.push({ p, score });
  }
  if (!ok) return undefined;
  entries.sort((a, b) => a.p - b.p);
  return {
    kind: kindKey === "points" ? "cumulative" : "cardinal",
    projects: entries.map((e) => e.p),
    scores: entries.map((e) => e.score),
    weight,
  };
};
