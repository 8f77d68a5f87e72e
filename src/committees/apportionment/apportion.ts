/**
 * The boundary of apportionment: `apportion(spec)` reads a spec of unknown shape, checks it, and
 * shares a number of seats among parties (or states) in proportion to their votes (or
 * populations), by one of nine methods (DESIGN.md 3.5).
 *
 * Documented choices:
 * - **Votes** are non-negative whole numbers up to 2^53 - 1 (`Number.MAX_SAFE_INTEGER`), given as
 *   JSON numbers: counts of votes or people, never fractions. Party names may be any string,
 *   `__proto__` included; the result lists parties in the order of the spec's keys (JavaScript puts
 *   keys that look like array indices, such as `"12"`, first; the order affects only display).
 * - **Threshold** (`options.threshold`): a fraction of all listed votes, given exactly as a number
 *   with a finite decimal form (`0.05`), a fraction string (`"1/20"`), a decimal string (`"0.05"`)
 *   or a percentage string (`"5%"`), from 0 to 1. It is read with `parseRational`, never as a
 *   float. A party is excluded when its votes are *below* the threshold (a party at exactly 5%
 *   passes, the wording of e.g. the German Federal Electoral Act § 4(2)2: "at least 5 per cent").
 *   Excluded parties get no seats, and quotas and quotients use only the eligible parties' votes.
 * - **minSeats / maxSeats** (divisor methods only): every eligible party gets at least `minSeats`
 *   (the U.S. House gives each state one) and at most `maxSeats`; the quotients then decide the
 *   rest. For largest remainder methods these options are `Unsupported` (no standard rule says how
 *   a quota method honours them).
 * - **Ties**: only a tie for the last seats changes an allocation. It goes to `tieBreak` (default
 *   lexicographic by party name; `forwards` and `backwards` read the votes as their one earlier
 *   round, so they favour the larger party, then their fallback), and every such tie is recorded
 *   in `tieBreaks`. With `{ kind: "none" }` the tied seats are left unallocated: `seats` holds
 *   what every resolution gives, `unallocated` counts the seats at stake, and `alternatives`
 *   lists every allocation the tie allows (when at most {@link MAX_ALTERNATIVES}).
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
import { type Explanation, step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import { recordOf } from "../../core/internal/record.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../../core/limits.js";
import {
  compare as compareRationals,
  parseRational,
  type Rational,
  rational,
  toFraction,
} from "../../core/rational.js";
import {
  createTieBreaker,
  type TieBreakPolicy,
  type TieBreakRecord,
} from "../../core/tie-break.js";
import { describeValue, formatPath, validate } from "../../core/validation.js";
import { listNames } from "../../counting/outcome.js";
import { type CutoffTie, divisorCount, quotientText, tieAlternatives } from "./divisor.js";
import { remainderCount } from "./largest-remainder.js";
import {
  APPORTIONMENT_METHODS,
  type ApportionmentMethod,
  DIVISORS,
  type DivisorMethod,
  isDivisorMethod,
  REMAINDERS,
  type RemainderMethod,
} from "./methods.js";

/**
 * The work limit of {@link apportion}: parties + seats. The priority queue takes about
 * 0.3 s for a million (bench/results/committees.md); `limits.work` raises it up to 50 million.
 *
 * @category apportionment
 */
export const APPORTION_WORK_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "apportion.work",
  unit: "parties + seats",
  default: 5_000_000,
  ceiling: 50_000_000,
  option: "limits.work",
});

/**
 * The most alternative allocations an apportionment lists under tie-break `none`; past it,
 * `alternatives` is left out (the tie itself is still reported).
 *
 * @category apportionment
 */
export const MAX_ALTERNATIVES = 100;

/**
 * The most cells (parties × columns) of the quotients table; past it the table is left out and
 * only the cut-off quotients are reported.
 *
 * @category apportionment
 */
export const MAX_QUOTIENT_CELLS = 10_000;

/**
 * An apportionment spec, as {@link apportion} reads it.
 *
 * @category apportionment
 */
export interface ApportionmentSpec {
  readonly method: ApportionmentMethod;
  /** The seats to share (a whole number from 0). */
  readonly seats: number;
  /** Votes (or population) by party: non-negative whole numbers. */
  readonly votes: Readonly<Record<string, number>>;
  readonly options?: {
    /** The share of all listed votes a party needs: `0.05`, `"5%"`, `"1/20"`. */
    readonly threshold?: number | string;
    /** Seats every eligible party gets at least (divisor methods). */
    readonly minSeats?: number;
    /** Seats no party may pass (divisor methods). */
    readonly maxSeats?: number;
  };
  /** How a tie for the last seats is broken (default lexicographic). */
  readonly tieBreak?: TieBreakPolicy;
  /** Raises the work limit: `{ work: n }` (parties + seats). */
  readonly limits?: { readonly work?: number };
}

/**
 * One row of the quotients table: a party's quotient for each seat, `votes / d(0)`, `votes /
 * d(1)`, ... (the first column is its first seat's), as exact strings (`"∞"` for a zero divisor;
 * Huntington-Hill's truncated to three decimals).
 *
 * @category apportionment
 */
export type QuotientRow = readonly string[];

/**
 * The result of {@link apportion}.
 *
 * @category apportionment
 */
export interface Apportionment {
  readonly method: ApportionmentMethod;
  /** The method's usual name. */
  readonly name: string;
  /** Seats by party, every listed party included (excluded parties have 0). */
  readonly seats: Readonly<Record<string, number>>;
  /** The seats shared. */
  readonly totalSeats: number;
  /** The parties, in the spec's order. */
  readonly parties: readonly string[];
  /** The votes of every listed party, and of those that passed the threshold, as decimal strings. */
  readonly totalVotes: string;
  readonly eligibleVotes: string;
  /** The threshold: the fraction, and the least votes that pass it (exact). */
  readonly threshold?: { readonly fraction: string; readonly minimumVotes: string };
  /** Parties below the threshold, which get no seats. */
  readonly excluded: readonly string[];
  /** Divisor methods: the divisors, as a sentence lists them. */
  readonly divisors?: string;
  /**
   * Divisor methods: the quotients table (one column more than the most seats a party won), when
   * parties × columns is at most {@link MAX_QUOTIENT_CELLS}.
   */
  readonly quotients?: Readonly<Record<string, QuotientRow>>;
  /** Divisor methods: the quotient of the last seat given, and the best quotient left without one. */
  readonly cutoff?: {
    readonly last?: { readonly party: string; readonly quotient: string };
    readonly next?: { readonly party: string; readonly quotient: string };
  };
  /** Largest remainder methods: the quota, in votes (exact). */
  readonly quota?: string;
  /** Largest remainder methods: seats from whole quotas, by party. */
  readonly quotaSeats?: Readonly<Record<string, number>>;
  /** Largest remainder methods: each party's remainder in votes (exact). */
  readonly remainders?: Readonly<Record<string, string>>;
  /** Every tie for the last seats, and how it was broken. */
  readonly tieBreaks: readonly TieBreakRecord[];
  /** Seats left unallocated by a tie under tie-break `none` (0 otherwise). */
  readonly unallocated: number;
  /** Under tie-break `none` with a tie: every allocation the tie allows (at most {@link MAX_ALTERNATIVES}). */
  readonly alternatives?: readonly Readonly<Record<string, number>>[];
  /** The count, step by step. */
  readonly explanation: Explanation;
}

const MAX_SEATS = 50_000_000;

const SpecSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    method: z.enum(APPORTIONMENT_METHODS as [ApportionmentMethod, ...ApportionmentMethod[]]),
    seats: z.int().check(z.minimum(0), z.maximum(MAX_SEATS)),
    votes: z.unknown(),
    options: z.optional(
      z.strictObject({
        threshold: z.optional(z.union([z.number(), z.string()])),
        minSeats: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_SEATS))),
        maxSeats: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_SEATS))),
      }),
    ),
    tieBreak: z.optional(TieBreakPolicySchema),
    limits: z.optional(z.strictObject({ work: z.optional(z.unknown()) })),
  }),
);

type Spec = z.infer<typeof SpecSchema>;

/**
 * Shares seats among parties in proportion to their votes, by a divisor (highest averages) or a
 * largest remainder method, exactly.
 *
 * @remarks
 * Spec: `{ method, seats, votes: { party: n }, options?: { threshold, minSeats, maxSeats },
 * tieBreak?, limits? }` (the module comment documents every choice). Methods:
 * - divisor methods, Balinski and Young, *Fair Representation* (2nd ed. 2001), appendix A:
 *   `dhondt` (D'Hondt / Jefferson: 1, 2, 3, ...), `sainte-lague` (Sainte-Laguë / Webster: 1, 3,
 *   5, ...), `modified-sainte-lague` (1.4, 3, 5, ...), `danish` (1, 4, 7, ...), `imperiali` (2, 3,
 *   4, ...), `adams` (0, 1, 2, ...), `huntington-hill` (√(s(s+1)): the U.S. House's method of
 *   equal proportions, 2 U.S.C. § 2a);
 * - largest remainder methods (Balinski and Young, ch. 2): `hare` (Hamilton / Hare–Niemeyer,
 *   quota votes/seats) and `droop-lr` (quota floor(votes/(seats+1)) + 1).
 *
 * Adams and Huntington-Hill give every party with votes a first seat before any party a second
 * (their first divisor is 0); with fewer seats than such parties, those parties tie for them.
 *
 * Exactness: quotients are compared as exact rationals (Huntington-Hill's as exact squares),
 * remainders as whole numbers; the threshold is an exact fraction. Complexity O((P + S) log P)
 * for P parties and S seats with a priority queue (divisor methods), O(P log P) for largest
 * remainders. Work limit: P + S at most {@link APPORTION_WORK_LIMIT} (5 million; `limits.work`
 * raises it up to 50 million), refused before counting as `Unsupported` (`work_limit`).
 *
 * Errors (never thrown): `UnknownMethod` for an unknown method id; `InvalidInput` with every
 * problem's path (`votes["Labour"]`, `options.threshold`, `options.minSeats`, ...); `Unsupported`
 * for `minSeats`/`maxSeats` with a largest remainder method, or a Droop count whose leftover seats
 * outnumber the parties.
 *
 * @param spec - the apportionment spec, of any shape.
 * @returns the {@link Apportionment}: seats per party, the quotients table (divisor methods) or the
 *   quota and remainders, the threshold's excluded parties, every tie and an explanation.
 * @example D'Hondt, 8 seats (Wikipedia, "D'Hondt method", worked example)
 * ```ts
 * import { apportion } from "co-decide/committees";
 *
 * apportion({ method: "dhondt", seats: 8, votes: { A: 100000, B: 80000, C: 30000, D: 20000 } });
 * // => right: { seats: { A: 4, B: 3, C: 1, D: 0 }, ... }
 * ```
 * @example A 5% threshold
 * ```ts
 * import { apportion } from "co-decide/committees";
 *
 * apportion({ method: "sainte-lague", seats: 10, votes: { A: 600, B: 360, C: 40 }, options: { threshold: "5%" } });
 * // => right: { seats: { A: 6, B: 4, C: 0 }, excluded: ["C"], ... }
 * ```
 *
 * @category apportionment
 */
export const apportion = (spec: unknown): E.Either<DecideError, Apportionment> => {
  const method = peekMethod(spec);
  if (method !== undefined && !(APPORTIONMENT_METHODS as readonly string[]).includes(method))
    return E.left(unknownMethod(method, APPORTIONMENT_METHODS));
  try {
    return E.flatMap(validate(SpecSchema, spec), run);
  } catch (cause) {
    return E.left(
      unsupported(
        "internal_error",
        `The apportionment stopped on an internal error (${cause instanceof Error ? cause.message : "unknown cause"}); please report it.`,
      ),
    );
  }
};

/** The method a spec names, if it is an object naming one by a string (never throws). */
const peekMethod = (spec: unknown): string | undefined => {
  try {
    if (typeof spec !== "object" || spec === null || !Object.hasOwn(spec, "method"))
      return undefined;
    const method: unknown = (spec as { method?: unknown }).method;
    return typeof method === "string" ? method : undefined;
  } catch {
    // A getter or proxy that throws: the schema check reports the spec as unreadable.
    return undefined;
  }
};

/** The checked meaning of a spec. */
interface Checked {
  readonly method: ApportionmentMethod;
  readonly seats: number;
  readonly parties: readonly string[];
  readonly votes: readonly number[];
  readonly threshold?: Rational;
  readonly minSeats: number;
  readonly maxSeats: number;
  readonly tieBreak: TieBreakPolicy;
}

const run = (spec: Spec): E.Either<DecideError, Apportionment> => {
  const issues: InputIssue[] = [];
  const { parties, votes } = readVotes(spec.votes, issues);
  const threshold = readThreshold(spec.options?.threshold, issues);
  if (spec.tieBreak?.kind === "order") {
    const known = new Set(parties);
    spec.tieBreak.order.forEach((name, i) => {
      if (!known.has(name))
        issues.push({
          path: `tieBreak.order[${i}]`,
          code: "unknown_party",
          message: `unknown party ${JSON.stringify(name)}`,
        });
    });
  }
  if (issues.length > 0) return E.left(invalidInput(issues));
  const work = resolveLimit(APPORTION_WORK_LIMIT, spec.limits?.work);
  if (E.isLeft(work)) return work;
  const size = parties.length + spec.seats;
  const checkedWork = checkWork(APPORTION_WORK_LIMIT, size, work.right);
  if (E.isLeft(checkedWork)) return checkedWork;
  const minSeats = spec.options?.minSeats;
  const maxSeats = spec.options?.maxSeats;
  if (!isDivisorMethod(spec.method) && (minSeats !== undefined || maxSeats !== undefined))
    return E.left(
      unsupported(
        "option_not_supported",
        `options.${minSeats !== undefined ? "minSeats" : "maxSeats"} applies to divisor methods only, not to ${spec.method} (no standard rule says how a quota method honours it).`,
      ),
    );
  return count({
    method: spec.method,
    seats: spec.seats,
    parties,
    votes,
    ...(threshold === undefined ? {} : { threshold }),
    minSeats: minSeats ?? 0,
    maxSeats: maxSeats ?? Number.POSITIVE_INFINITY,
    tieBreak: (spec.tieBreak as TieBreakPolicy | undefined) ?? { kind: "lexicographic" },
  });
};

/** Reads `votes`: a plain object of non-negative safe integers, any key. */
const readVotes = (
  value: unknown,
  issues: InputIssue[],
): { parties: string[]; votes: number[] } => {
  const parties: string[] = [];
  const votes: number[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    issues.push({
      path: "votes",
      code: "invalid_type",
      message: `expected an object of votes by party, got ${describeValue(value)}`,
    });
    return { parties, votes };
  }
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    keys = [];
  }
  for (const party of keys) {
    let v: unknown;
    try {
      v = (value as Readonly<Record<string, unknown>>)[party];
    } catch {
      v = undefined;
    }
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
      if (issues.length < 100)
        issues.push({
          path: formatPath(["votes", party]),
          code: "invalid_votes",
          message: `expected a whole number of votes from 0 to ${Number.MAX_SAFE_INTEGER}, got ${describeValue(v)}`,
        });
      continue;
    }
    parties.push(party);
    votes.push(v);
  }
  return { parties, votes };
};

const PERCENT = /^\s*([0-9]+(?:\.[0-9]+)?)\s*%\s*$/;

/** Reads `options.threshold` exactly: a number, `"p/q"`, a decimal, or `"n%"`; from 0 to 1. */
const readThreshold = (
  value: number | string | undefined,
  issues: InputIssue[],
): Rational | undefined => {
  if (value === undefined) return undefined;
  const percent = typeof value === "string" ? PERCENT.exec(value) : null;
  const parsed =
    percent !== null
      ? (() => {
          const r = parseRational(percent[1] as string);
          return r === undefined ? undefined : rational(r.num, r.den * 100n);
        })()
      : parseRational(value);
  if (
    parsed === undefined ||
    compareRationals(parsed, rational(0)) < 0 ||
    compareRationals(parsed, rational(1)) > 0
  ) {
    issues.push({
      path: "options.threshold",
      code: "invalid_threshold",
      message: `expected a fraction of the votes from 0 to 1 (0.05, "1/20" or "5%"), got ${describeValue(value)}`,
    });
    return undefined;
  }
  return parsed;
};

const count = (spec: Checked): E.Either<DecideError, Apportionment> => {
  const { parties, votes, seats: total } = spec;
  const n = parties.length;
  let all = 0n;
  for (const v of votes) all += BigInt(v);
  const eligible = votes.map((v) =>
    spec.threshold === undefined
      ? true
      : BigInt(v) * spec.threshold.den >= spec.threshold.num * all,
  );
  const eligibleCount = eligible.filter(Boolean).length;
  let eligibleVotes = 0n;
  for (let p = 0; p < n; p++) if (eligible[p] === true) eligibleVotes += BigInt(votes[p] as number);
  const excluded = parties.filter((_, p) => eligible[p] !== true);
  const problems: InputIssue[] = [];
  if (total > 0 && eligibleCount === 0)
    problems.push(
      n === 0
        ? { path: "votes", code: "no_parties", message: `no parties to share ${total} seats` }
        : {
            path: "options.threshold",
            code: "all_excluded",
            message: "no party reaches the threshold",
          },
    );
  else if (total > spec.minSeats * eligibleCount && eligibleVotes === 0n)
    problems.push({
      path: "votes",
      code: "no_votes",
      message: "the parties that reach the threshold have no votes between them",
    });
  if (spec.minSeats * eligibleCount > total)
    problems.push({
      path: "options.minSeats",
      code: "too_many_minimum_seats",
      message: `${spec.minSeats} seats for each of ${eligibleCount} parties is more than the ${total} seats`,
    });
  if (spec.maxSeats * eligibleCount < total)
    problems.push({
      path: "options.maxSeats",
      code: "too_few_maximum_seats",
      message: `at most ${spec.maxSeats} seats for each of ${eligibleCount} parties cannot fill ${total} seats`,
    });
  if (spec.minSeats > spec.maxSeats)
    problems.push({
      path: "options.minSeats",
      code: "min_above_max",
      message: `minSeats ${spec.minSeats} is above maxSeats ${spec.maxSeats}`,
    });
  if (problems.length > 0) return E.left(invalidInput(problems));
  const tieBreaker = createTieBreaker(spec.tieBreak, parties);
  const thresholdStep =
    spec.threshold === undefined
      ? []
      : [
          step(
            "threshold",
            `Threshold ${toFraction(spec.threshold)} of ${all} votes: a party needs at least ${toFraction(rational(spec.threshold.num * all, spec.threshold.den))} votes. ${excluded.length === 0 ? "Every party reaches it." : `Excluded: ${listNames(excluded)}.`}`,
            {
              threshold: toFraction(spec.threshold),
              minimumVotes: toFraction(rational(spec.threshold.num * all, spec.threshold.den)),
              excluded,
            },
          ),
        ];
  const common = {
    method: spec.method,
    totalSeats: total,
    parties: [...parties],
    totalVotes: all.toString(),
    eligibleVotes: eligibleVotes.toString(),
    ...(spec.threshold === undefined
      ? {}
      : {
          threshold: {
            fraction: toFraction(spec.threshold),
            minimumVotes: toFraction(rational(spec.threshold.num * all, spec.threshold.den)),
          },
        }),
    excluded,
  };
  return isDivisorMethod(spec.method)
    ? E.right(byDivisors(spec, spec.method, eligible, tieBreaker, common, thresholdStep))
    : byRemainders(spec, spec.method, eligible, tieBreaker, common, thresholdStep);
};

type Common = Pick<
  Apportionment,
  "method" | "totalSeats" | "parties" | "totalVotes" | "eligibleVotes" | "threshold" | "excluded"
>;

const byDivisors = (
  spec: Checked,
  method: DivisorMethod,
  eligible: readonly boolean[],
  tieBreaker: ReturnType<typeof createTieBreaker>,
  common: Common,
  thresholdStep: Explanation,
): Apportionment => {
  const { parties, votes } = spec;
  const divisors = DIVISORS[method];
  const result = divisorCount({
    parties,
    votes,
    eligible,
    seats: spec.seats,
    minSeats: spec.minSeats,
    maxSeats: spec.maxSeats,
    divisors,
    tieBreaker,
  });
  const seats = result.seats;
  const seatRecord = recordOf(parties, seats);
  let most = 0;
  for (const held of seats) if (held > most) most = held;
  const columns = most + 1;
  const table =
    parties.length * columns <= MAX_QUOTIENT_CELLS
      ? recordOf(
          parties,
          parties.map((_, p) =>
            eligible[p] === true
              ? Array.from({ length: columns }, (_, s) =>
                  quotientText(votes[p] as number, s, divisors),
                )
              : [],
          ),
        )
      : undefined;
  const describe = (at: { readonly party: number; readonly held: number }) => ({
    party: parties[at.party] as string,
    quotient: quotientText(votes[at.party] as number, at.held, divisors),
  });
  const cutoff = {
    ...(result.last === undefined ? {} : { last: describe(result.last) }),
    ...(result.next === undefined ? {} : { next: describe(result.next) }),
  };
  const alternatives = alternativesOf(result.tie, result.unallocated, seats, parties);
  const minText =
    spec.minSeats > 0
      ? [
          step(
            "minimum",
            `Every eligible party first gets ${spec.minSeats} seat${spec.minSeats === 1 ? "" : "s"}.`,
            { minSeats: spec.minSeats },
          ),
        ]
      : [];
  const explanation: Explanation = [
    step(
      "rule",
      `${divisors.name}: each seat goes to the party with the highest quotient, votes divided by ${divisors.listed} for a party holding 0, 1, 2, 3, ... seats${divisors.squared ? " (quotients are compared through their exact squares)" : ""}. ${divisors.source}.`,
      { method, divisors: divisors.listed },
    ),
    ...thresholdStep,
    ...minText,
    ...(cutoff.last === undefined
      ? []
      : [
          step(
            "cutoff",
            result.tie === undefined
              ? `The last seat went to ${cutoff.last.party} at quotient ${cutoff.last.quotient}${cutoff.next === undefined ? "" : `; the best quotient left without a seat is ${cutoff.next.party}'s ${cutoff.next.quotient}`}.`
              : `The last seats' quotient, ${cutoff.last.quotient}, is reached by more parties than there are seats left at it.`,
            cutoff,
          ),
        ]),
    ...tieSteps(result.tie, result.unallocated, parties, tieBreaker.records()),
    resultStep(parties, seats, result.unallocated, seatRecord),
  ];
  return {
    ...common,
    name: divisors.name,
    seats: seatRecord,
    divisors: divisors.listed,
    ...(table === undefined ? {} : { quotients: table }),
    cutoff,
    tieBreaks: tieBreaker.records(),
    unallocated: result.unallocated,
    ...(alternatives === undefined ? {} : { alternatives }),
    explanation,
  };
};

const byRemainders = (
  spec: Checked,
  method: RemainderMethod,
  eligible: readonly boolean[],
  tieBreaker: ReturnType<typeof createTieBreaker>,
  common: Common,
  thresholdStep: Explanation,
): E.Either<DecideError, Apportionment> => {
  const { parties, votes } = spec;
  const result = remainderCount({ method, votes, eligible, seats: spec.seats, tieBreaker });
  if (result === undefined)
    return E.left(
      unsupported(
        "undefined_allocation",
        `With the Droop quota the seats left after whole quotas outnumber the parties, so ${method} gives no allocation; use the Hare quota or a divisor method.`,
      ),
    );
  const quota = toFraction(rational(result.quota.num, result.quota.den));
  const remainders = recordOf(
    parties,
    parties.map((_, p) =>
      eligible[p] === true
        ? toFraction(rational(result.remainders[p] as bigint, result.quota.den))
        : "0",
    ),
  );
  const quotaSeats = recordOf(parties, result.quotaSeats);
  const seats = recordOf(parties, result.seats);
  const alternatives = alternativesOf(result.tie, result.unallocated, result.seats, parties);
  const info = REMAINDERS[method];
  const explanation: Explanation = [
    step(
      "rule",
      `${info.name}: each party gets one seat per whole quota its votes hold; the seats left go one each to the largest remainders. ${info.source}.`,
      { method },
    ),
    ...thresholdStep,
    step(
      "quota",
      `Quota: ${quota} votes. Whole quotas give ${result.quotaSeats.reduce((a, b) => a + b, 0)} seats; ${result.remainderSeats} go by remainder.`,
      { quota, quotaSeats, remainders },
    ),
    ...tieSteps(result.tie, result.unallocated, parties, tieBreaker.records()),
    resultStep(parties, result.seats, result.unallocated, seats),
  ];
  return E.right({
    ...common,
    name: info.name,
    seats,
    quota,
    quotaSeats,
    remainders,
    tieBreaks: tieBreaker.records(),
    unallocated: result.unallocated,
    ...(alternatives === undefined ? {} : { alternatives }),
    explanation,
  });
};

const alternativesOf = (
  tie: CutoffTie | undefined,
  unallocated: number,
  seats: readonly number[],
  parties: readonly string[],
): Record<string, number>[] | undefined => {
  if (tie === undefined || unallocated === 0) return undefined;
  const ways = tieAlternatives(tie, MAX_ALTERNATIVES);
  if (ways === undefined) return undefined;
  return ways.map((extra) => {
    const with_ = [...seats];
    tie.contenders.forEach((p, i) => {
      with_[p] = (with_[p] as number) + (extra[i] as number);
    });
    return recordOf(parties, with_);
  });
};

const tieSteps = (
  tie: CutoffTie | undefined,
  unallocated: number,
  parties: readonly string[],
  records: readonly TieBreakRecord[],
): Explanation => {
  if (tie === undefined) return [];
  const names = tie.contenders.map((p) => parties[p] as string);
  const head = `${listNames(names)} tie for the last ${tie.seatsAtStake === 1 ? "seat" : `${tie.seatsAtStake} seats`}.`;
  const how =
    unallocated > 0
      ? ` The tie is not broken (tie-break policy "none"): ${unallocated} seat${unallocated === 1 ? " stays" : "s stay"} unallocated.`
      : ` ${records.map((r) => r.text).join(" ")}`;
  return [
    step("tie", `${head}${how}`, {
      tied: names,
      seatsAtStake: tie.seatsAtStake,
      unallocated,
    }),
  ];
};

const resultStep = (
  parties: readonly string[],
  seats: readonly number[],
  unallocated: number,
  record: Readonly<Record<string, number>>,
): Explanation[number] => {
  const winners = parties
    .map((name, p) => [name, seats[p] as number] as const)
    .filter(([, s]) => s > 0);
  const shown =
    winners.length <= 20
      ? winners.map(([name, s]) => `${name} ${s}`).join(", ")
      : `${winners.length} parties win seats`;
  return step(
    "result",
    `Seats: ${shown === "" ? "none" : shown}${unallocated > 0 ? `; ${unallocated} unallocated (tie)` : ""}.`,
    { seats: record, unallocated },
  );
};
