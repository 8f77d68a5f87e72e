/**
 * Decision rules for proposals: majority, supermajority, unanimity, double majority, sociocratic
 * consent, consensus with blocks, Kaner's gradients of agreement and fist-to-five, each with an
 * optional quorum.
 *
 * Documented choices, shared by every rule:
 * - **At exactly the threshold.** A fraction of exactly 1/2 means *more than half* ("a majority
 *   vote means more than half of the votes cast", Robert's Rules of Order Newly Revised, 12th ed.
 *   (RONR) 1:6 and 44:1); every other fraction means *at least* ("at least two thirds of the votes
 *   cast", RONR 44:3; "at least 55 % of the members of the Council ... comprising at least 65 % of
 *   the population", Treaty on European Union art. 16(4)). `options.comparison` (`"more-than"` or
 *   `"at-least"`) overrides this for a rule's fractions. A requirement whose base is zero (no votes
 *   cast) is never met.
 * - **Thresholds are exact**: a string `"2/3"`, `"0.55"`, `"1/2"`, or a number with a finite decimal
 *   (`0.55`, read exactly as 55/100, never as the nearest double), from 0 (exclusive) to 1.
 * - **Quorum** (`options.quorum`, RONR 40:1: "the minimum number of voting members who must be
 *   present"): a whole number of members present; or `{ count, of }` with `of: "weight"` for the
 *   weight present; or `{ fraction, of }`, a fraction of all members or of all weight (which needs
 *   `members`). A member is present when they responded, whatever the stance (an abstention counts
 *   towards the quorum, RONR 40:1). Counts compare "at least"; fractions as above (a quorum of "a
 *   majority of the members", RONR 3:3, is more than half). A meeting short of its quorum is the
 *   outcome `not-quorate`, not an error.
 * - **Status**: `not-quorate` first (an inquorate meeting decides nothing), then `blocked` (a
 *   standing objection, block, veto or fist), then `failed` (support short), else `passed`.
 * - **Members**: with `members`, every response must name one of them, and "all members" is that
 *   list; without it, the members are those who responded. A member responds at most once.
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
import { IdIndex } from "./internal/id-index.js";
import {
  causeText,
  Issues,
  isRecord,
  optionalBoolean,
  optionalRecord,
  optionalString,
  own,
  type Path,
  readArray,
  readChoice,
  readId,
  readInteger,
  readRational,
  unknownKeys,
} from "./internal/read.js";
import type {
  Comparison,
  ReasonedResponse,
  Requirement,
  Resolution,
  ResolutionStatus,
  RuleId,
} from "./resolution.js";

/**
 * Every rule id {@link resolve} accepts.
 *
 * @category decision rules
 */
export const RULE_IDS: readonly RuleId[] = [
  "majority",
  "supermajority",
  "unanimity",
  "double-majority",
  "consent",
  "consensus",
  "gradients",
  "fist-to-five",
];

/**
 * The stances each rule accepts, in the order of its scale. Gradients and fist-to-five take their
 * points as numbers (`7`) or strings (`"7"`).
 *
 * @category decision rules
 */
export const RULE_STANCES: Readonly<Record<RuleId, readonly string[]>> = {
  majority: ["yes", "no", "abstain"],
  supermajority: ["yes", "no", "abstain"],
  unanimity: ["yes", "no", "abstain"],
  "double-majority": ["yes", "no", "abstain"],
  consent: ["agree", "consent", "stand-aside", "object"],
  consensus: ["agree", "abstain", "disagree", "block"],
  gradients: ["1", "2", "3", "4", "5", "6", "7", "8"],
  "fist-to-five": ["0", "1", "2", "3", "4", "5"],
};

/**
 * The work limit on the responses {@link resolve} reads (linear time): 1,000,000 by default,
 * `options.maxResponses` up to 20,000,000. Members have the same limit (`options.maxMembers`).
 *
 * @category limits
 */
export const RESOLVE_RESPONSES_LIMIT = /* @__PURE__ */ defineLimit({
  name: "resolve.responses",
  unit: "responses",
  default: 1_000_000,
  ceiling: 20_000_000,
  option: "options.maxResponses",
});

/**
 * The work limit on the members {@link resolve} reads (see {@link RESOLVE_RESPONSES_LIMIT}).
 *
 * @category limits
 */
export const RESOLVE_MEMBERS_LIMIT = /* @__PURE__ */ defineLimit({
  name: "resolve.members",
  unit: "members",
  default: 1_000_000,
  ceiling: 20_000_000,
  option: "options.maxMembers",
});

const OPTION_KEYS: Readonly<Record<RuleId, readonly string[]>> = {
  majority: ["threshold", "of", "weighted", "comparison"],
  supermajority: ["threshold", "of", "weighted", "comparison"],
  unanimity: ["of", "weighted"],
  "double-majority": ["threshold", "of", "second", "secondThreshold", "comparison"],
  consent: [],
  consensus: ["blockThreshold", "minAgree", "comparison"],
  gradients: ["blockThreshold", "minSupport", "supportUpTo", "comparison"],
  "fist-to-five": ["blockThreshold", "minLevel", "minAgree", "comparison"],
};

const COMMON_KEYS = ["quorum", "maxResponses", "maxMembers"];

/** What a vote is a fraction of. @internal */
export type Base = "cast" | "present" | "members";

/** A quorum as read. @internal */
export interface Quorum {
  readonly count?: Rational;
  readonly fraction?: Rational;
  readonly of: "members" | "weight";
}

/** The options as read. @internal */
export interface Options {
  readonly threshold?: Rational;
  readonly of?: Base;
  readonly weighted?: boolean;
  readonly comparison?: "more-than" | "at-least";
  readonly second?: "weight" | "groups";
  readonly secondThreshold?: Rational;
  readonly blockThreshold?: number;
  readonly minAgree?: Rational;
  readonly minSupport?: Rational;
  readonly supportUpTo?: number;
  readonly minLevel?: number;
  readonly quorum?: Quorum;
}

/**
 * The members' weights, scaled to whole numbers: `heads` when every weight is 1 (or there is no
 * member list), `numbers` when they are whole numbers whose sum is at most 2^53 - 1 (every sum of
 * them is then exact in a double), else `bigints`. @internal
 */
export type Weights =
  | { readonly kind: "heads" }
  | { readonly kind: "numbers"; readonly values: Float64Array }
  | { readonly kind: "bigints"; readonly values: readonly bigint[] };

const HEADS: Weights = { kind: "heads" };

/** A spec as read, for the rules. @internal */
export interface Parsed {
  readonly rule: RuleId;
  readonly ids: readonly string[];
  /** Weights scaled to whole numbers: member i's weight is `weights.values[i] / scale`. */
  readonly weights: Weights;
  readonly scale: bigint;
  readonly groups: readonly (string | undefined)[];
  readonly listed: boolean;
  /** For each response in order: the member's index and the stance's index in RULE_STANCES. */
  readonly memberOf: Int32Array;
  readonly stanceOf: Uint8Array;
  readonly reasons: readonly { readonly index: number; readonly reason: string }[];
  readonly options: Options;
}

const HALF: Rational = { num: 1n, den: 2n };
const ZERO: Rational = { num: 0n, den: 1n };
const ONE: Rational = { num: 1n, den: 1n };

/**
 * Applies a decision rule to the responses of a meeting or an online proposal and says whether it
 * passed, failed, was blocked or was not quorate, with every requirement's exact count.
 *
 * @remarks
 * Rules (`rule`), stances and options (all optional unless said):
 * - `majority` (RONR 1:6, 44:1): stances `yes` / `no` / `abstain`; passes when `yes` is more than
 *   half of the votes cast (abstentions not counted). `options.threshold` (default 1/2),
 *   `options.of`: `"cast"` (default), `"present"` (RONR 44:9: abstaining has the effect of a no) or
 *   `"members"` (a majority of the entire membership, RONR 44:9); `options.weighted: true` counts
 *   each member's `weight` instead of heads (as in a general meeting of a co-op by shares).
 * - `supermajority` (RONR 44:3): as majority with `threshold` default 2/3, "at least".
 * - `unanimity`: every vote cast is yes (threshold 1 of `options.of`, default `"cast"`, so
 *   abstentions do not prevent it; `"present"` or `"members"` make every one a yes).
 * - `double-majority` (TEU art. 16(4) and the Council's qualified majority; co-op federations
 *   voting by member and by member co-op): two requirements, both needed: members voting yes as a
 *   fraction of `options.of` (default `"members"`, all members) with `options.threshold` (default
 *   1/2), and either (`options.second: "weight"`, the default) their weight as a fraction of the
 *   same base's weight, or (`"groups"`) the groups in favour (a group is in favour when more than
 *   half of its members' votes cast are yes) as a fraction of the groups, each with
 *   `options.secondThreshold` (default 1/2). EU Council: `threshold: "55/100"`,
 *   `secondThreshold: "65/100"`, weights the populations.
 * - `consent` (sociocracy: Endenburg's sociocratic circle-organisation method; Rau and
 *   Koch-Gonzalez, *Many Voices One Song*, 2018, ch. 2; Sociocracy 3.0 "Consent Decision
 *   Making"): stances `agree` / `consent` / `stand-aside` / `object`. An objection must give a
 *   `reason` (the argument why the proposal causes consequences worth avoiding); a response
 *   `object` without one is an input error. `blocked` while any objection stands (the proposal is
 *   amended to integrate it); `failed` when nobody agrees or consents; else `passed`.
 * - `consensus` (Loomio's proposal outcomes agree / abstain / disagree / block; formal consensus as
 *   taught by Seeds for Change): `blocked` when the blocks reach `options.blockThreshold` (default
 *   1, a single block); else passes when `agree` is more than half (`options.minAgree`, default
 *   1/2) of those who agreed or disagreed (abstentions not counted).
 * - `gradients` (Kaner et al., *Facilitator's Guide to Participatory Decision-Making*, 3rd ed.
 *   2014, "Gradients of Agreement", the 8-point scale of Kaner and Berger): 1 wholehearted
 *   endorsement, 2 agreement with a minor point of contention, 3 support with reservations, 4
 *   abstain, 5 more discussion needed, 6 don't like but will support, 7 serious disagreement, 8
 *   veto. Kaner leaves "enough support" to the group; the reading here: `blocked` when the vetoes
 *   (8) reach `options.blockThreshold` (default 1); else passes when the endorsements, points 1 to
 *   `options.supportUpTo` (default 3), are more than half (`options.minSupport`, default 1/2) of
 *   the non-abstaining responses (all but 4). So a room of 5s and 6s (discussion needed, reluctant
 *   support) fails: Kaner's warning that such a spread is weak support.
 * - `fist-to-five` (the show of fingers: 0, a fist, blocks; 1 serious concerns, 2 issues to
 *   discuss, 3 can live with it, 4 support, 5 full support; Fletcher, *FireStarter Youth Power
 *   Curriculum*, Freechild Project 2002): `blocked` when the fists reach `options.blockThreshold`
 *   (default 1); else passes when those showing `options.minLevel` (default 3) or more are at least
 *   `options.minAgree` (default 1, everyone) of the responses.
 *
 * Counts are exact: whole-number weights are summed as doubles while the sum of all weights is at
 * most 2^53 - 1 (so every partial sum is exact), and as bigints past that; other weights as bigint
 * rationals over their common denominator. The threshold, count, base and bound of every
 * requirement are reported. Anonymous (the status does not depend on which member gave which
 * stance) for every rule except weighted counting and double majority. Linear in the members and
 * the responses (ids are indexed in a hash table that falls back to a `Map` if ids collide too
 * often); work limits {@link RESOLVE_RESPONSES_LIMIT} and {@link RESOLVE_MEMBERS_LIMIT}.
 *
 * @param spec - `{ rule, members?: [{ id, weight?, group? }], responses: [{ member, stance, reason? }], options? }`.
 * @returns the {@link Resolution}, or `InvalidInput` with paths, or `Unsupported` past a work limit.
 *
 * @example A two-thirds vote: exactly two thirds is enough (RONR 44:3)
 * ```ts
 * import { resolve } from "co-decide/deliberation";
 *
 * resolve({
 *   rule: "supermajority",
 *   responses: [
 *     { member: "ana", stance: "yes" }, { member: "bo", stance: "yes" },
 *     { member: "cy", stance: "no" }, { member: "di", stance: "abstain" },
 *   ],
 * });
 * // => right: { status: "passed", requirements: [{ id: "support", count: "2", needed: "2", threshold: "2/3", base: "3", ... }], ... }
 * ```
 *
 * @example Consent: one reasoned objection blocks
 * ```ts
 * import { resolve } from "co-decide/deliberation";
 *
 * resolve({
 *   rule: "consent",
 *   responses: [
 *     { member: "ana", stance: "consent" },
 *     { member: "bo", stance: "object", reason: "the budget line leaves no reserve" },
 *   ],
 * });
 * // => right: { status: "blocked", objections: [{ member: "bo", stance: "object", reason: "the budget line leaves no reserve" }], ... }
 * ```
 *
 * @category decision rules
 */
export const resolve = (spec: unknown): E.Either<DecideError, Resolution> =>
  resolveWith(spec, true);

/**
 * {@link resolve} with only the full readers (no quick path), for the property test that both
 * give the same answer and the same errors.
 *
 * @internal
 */
export const resolveWithoutQuickPaths = (spec: unknown): E.Either<DecideError, Resolution> =>
  resolveWith(spec, false);

const resolveWith = (spec: unknown, quick: boolean): E.Either<DecideError, Resolution> => {
  try {
    const parsed = parse(spec, quick);
    return E.isLeft(parsed) ? parsed : E.right(evaluate(parsed.right));
  } catch (cause) {
    return E.left(
      invalidInputAt("", "unreadable", `the spec could not be read (${causeText(cause)})`),
    );
  }
};

// ---------------------------------------------------------------------------------------------
// Reading the spec

const parse = (spec: unknown, quick: boolean): E.Either<DecideError, Parsed> => {
  if (!isRecord(spec)) {
    return E.left(
      invalidInputAt("", "invalid_type", `expected an object, got ${describeValue(spec)}`),
    );
  }
  const issues = new Issues();
  unknownKeys(spec, ["rule", "members", "responses", "options"], [], issues);
  const rule = readChoice(own(spec, "rule"), RULE_IDS, ["rule"], issues);
  const rawOptions = optionalRecord(own(spec, "options"), ["options"], issues) ?? {};
  const responseLimit = resolveLimit(RESOLVE_RESPONSES_LIMIT, own(rawOptions, "maxResponses"));
  const memberLimit = resolveLimit(RESOLVE_MEMBERS_LIMIT, own(rawOptions, "maxMembers"));
  if (E.isLeft(responseLimit)) return responseLimit;
  if (E.isLeft(memberLimit)) return memberLimit;
  const rawMembers = own(spec, "members");
  const members = rawMembers === undefined ? undefined : readArray(rawMembers, ["members"], issues);
  const responses = readArray(own(spec, "responses"), ["responses"], issues);
  if (members !== undefined) {
    const check = checkWork(RESOLVE_MEMBERS_LIMIT, members.length, memberLimit.right);
    if (E.isLeft(check)) return check;
  }
  if (responses !== undefined) {
    const check = checkWork(RESOLVE_RESPONSES_LIMIT, responses.length, responseLimit.right);
    if (E.isLeft(check)) return check;
  }
  const options = rule === undefined ? undefined : readOptions(rule, rawOptions, issues);
  // The quick readers vouch for the common shapes or give up; the full ones report every problem.
  // A quick answer counts only if Object.prototype stayed clean while it was read.
  const quickRoll =
    members !== undefined && quick && cleanPrototype() ? quickMembers(members) : undefined;
  const clean = quick && cleanPrototype();
  const roll =
    members === undefined
      ? undefined
      : quickRoll !== undefined && clean
        ? quickRoll
        : readMembers(members, issues);
  if (rule === undefined || responses === undefined) {
    return E.left(invalidInput(issues.list, issues.more));
  }
  const quickly = clean ? quickResponses(rule, responses, roll, options ?? {}) : undefined;
  const parsed =
    quickly !== undefined && cleanPrototype()
      ? quickly
      : readResponses(rule, responses, roll, options ?? {}, issues);
  crossChecks(parsed, issues);
  return issues.empty ? E.right(parsed) : E.left(invalidInput(issues.list, issues.more));
};

/** The member list as read: the ids' index, the weights, the groups. @internal */
export interface Roll {
  readonly index: IdIndex;
  readonly weights: Weights;
  readonly scale: bigint;
  readonly groups: (string | undefined)[];
}

/** The keys the quick readers read as plain properties. */
const READ_KEYS = ["id", "weight", "group", "member", "stance", "reason"] as const;

/**
 * No read key is on `Object.prototype` (so reading one from a plain object gives its own value or
 * undefined, as {@link own} does). Checked before the quick readers, after the members and after
 * the responses (a getter could add one while they are read): a quick answer read while it did not
 * hold is thrown away.
 */
const cleanPrototype = (): boolean => {
  for (const key of READ_KEYS) if (key in Object.prototype) return false;
  return true;
};

/** An object whose prototype is `Object.prototype` or null (not an array, not a class instance). */
const plainRecord = (value: unknown): value is Readonly<Record<string, unknown>> => {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * The quick path of {@link readMembers}: the roll when every member is a plain `{ id, weight?,
 * group? }` with a non-empty id listed once, a whole-number weight (a safe integer, at least 0) and
 * a string group; otherwise undefined, and {@link readMembers} reads them all again and says why.
 * It builds no path and no rational. Reads each member's keys and fields in the same order as
 * {@link readMembers}.
 *
 * @internal
 */
export const quickMembers = (members: readonly unknown[]): Roll | undefined => {
  const index = new IdIndex(members.length);
  const whole = new Float64Array(members.length);
  const groups = new Array<string | undefined>(members.length);
  let allOne = true;
  for (let i = 0; i < members.length; i++) {
    const member = members[i];
    if (!plainRecord(member)) return undefined;
    for (const key in member)
      if (key !== "id" && key !== "weight" && key !== "group") return undefined;
    const { id, weight, group } = member;
    if (typeof id !== "string" || id.length === 0) return undefined;
    if (
      weight !== undefined &&
      (typeof weight !== "number" || !Number.isSafeInteger(weight) || weight < 0)
    ) {
      return undefined;
    }
    if (group !== undefined && typeof group !== "string") return undefined;
    if (index.add(id) >= 0) return undefined;
    const w = weight ?? 1;
    whole[i] = w;
    if (w !== 1) allOne = false;
    groups[i] = group;
  }
  return { index, groups, ...scaledWeights(whole, undefined, allOne) };
};

/**
 * The quick path of {@link readResponses}: the parsed responses when every one is a plain
 * `{ member, stance, reason? }` naming a known member (or, without a roll, a new one) who has not
 * responded yet, with a stance of the rule, a string reason, and a reason for a consent objection;
 * otherwise undefined, and {@link readResponses} reads them all again and says why. Reads each
 * response's keys and fields in the same order as {@link readResponses}.
 *
 * @internal
 */
export const quickResponses = (
  rule: RuleId,
  responses: readonly unknown[],
  roll: Roll | undefined,
  options: Options,
): Parsed | undefined => {
  const stanceIndex = new Map(RULE_STANCES[rule].map((s, i) => [s, i]));
  const index = roll?.index ?? new IdIndex(responses.length);
  const ids = index.ids;
  const memberOf = new Int32Array(responses.length);
  const stanceOf = new Uint8Array(responses.length);
  const reasons: { index: number; reason: string }[] = [];
  const seen = new Uint8Array(roll === undefined ? 0 : ids.length);
  let last = -1;
  for (let i = 0; i < responses.length; i++) {
    const response = responses[i];
    if (!plainRecord(response)) return undefined;
    for (const key in response) {
      if (key !== "member" && key !== "stance" && key !== "reason") return undefined;
    }
    const { member, stance, reason } = response;
    if (typeof member !== "string" || member.length === 0) return undefined;
    let m: number;
    if (roll === undefined) {
      // Every response so far added its member: this one is at position i, unless seen before.
      if (index.add(member) >= 0) return undefined;
      m = i;
    } else {
      // Responses often follow the roll's order (with gaps): try the member after the last one.
      m = ids[last + 1] === member ? last + 1 : index.get(member);
      if (m < 0 || seen[m] === 1) return undefined;
      last = m;
      seen[m] = 1;
    }
    const s =
      typeof stance === "string"
        ? stanceIndex.get(stance)
        : typeof stance === "number" && Number.isInteger(stance)
          ? stanceIndex.get(String(stance))
          : undefined;
    if (s === undefined) return undefined;
    if (reason !== undefined && typeof reason !== "string") return undefined;
    const given = reason !== undefined && reason.trim() !== "";
    if (rule === "consent" && s === 3 && !given) return undefined;
    memberOf[i] = m;
    stanceOf[i] = s;
    if (given) reasons.push({ index: i, reason });
  }
  return {
    rule,
    ids,
    weights: roll?.weights ?? HEADS,
    scale: roll?.scale ?? 1n,
    groups: roll?.groups ?? [],
    listed: roll !== undefined,
    memberOf,
    stanceOf,
    reasons,
    options,
  };
};

const readMembers = (members: readonly unknown[], issues: Issues): Roll => {
  const index = new IdIndex(members.length);
  const groups: (string | undefined)[] = [];
  // Whole-number weights as doubles while every weight is one (paths built only for a problem);
  // from the first weight that is not, every weight as a rational.
  const whole = new Float64Array(members.length);
  let fractions: Rational[] | undefined;
  let allOne = true;
  for (let i = 0; i < members.length; i++) {
    const member = members[i];
    if (!isRecord(member)) {
      issues.add(
        ["members", i],
        "invalid_type",
        `expected a member { id, weight?, group? }, got ${describeValue(member)}`,
      );
      continue;
    }
    for (const key in member) {
      if (key !== "id" && key !== "weight" && key !== "group" && Object.hasOwn(member, key)) {
        issues.add(["members", i, key], "unrecognized_key", "unknown key");
      }
    }
    const rawId = own(member, "id");
    const id =
      typeof rawId === "string" && rawId.length > 0
        ? rawId
        : readId(rawId, ["members", i, "id"], issues);
    const rawWeight = own(member, "weight");
    let weight: number | Rational | undefined;
    if (rawWeight === undefined) weight = 1;
    else if (typeof rawWeight === "number" && Number.isSafeInteger(rawWeight) && rawWeight >= 0) {
      weight = rawWeight;
    } else {
      weight = readRational(rawWeight, ["members", i, "weight"], issues, {
        min: ZERO,
        what: "a weight",
      });
      if (weight?.den === 1n && weight.num <= MAX_SAFE) weight = Number(weight.num);
    }
    const rawGroup = own(member, "group");
    const group =
      rawGroup === undefined || typeof rawGroup === "string"
        ? rawGroup
        : optionalString(rawGroup, ["members", i, "group"], issues);
    if (id === undefined || weight === undefined) continue;
    const at = index.ids.length;
    if (index.add(id) >= 0) {
      issues.add(["members", i, "id"], "duplicate_member", `member "${id}" is listed twice`);
      continue;
    }
    if (typeof weight === "number") {
      whole[at] = weight;
      if (weight !== 1) allOne = false;
    } else if (fractions === undefined) {
      fractions = Array.from(whole.subarray(0, at), (w) => rational(w));
      allOne = false;
    }
    fractions?.push(typeof weight === "number" ? rational(weight) : weight);
    groups.push(group);
  }
  return {
    index,
    groups,
    ...scaledWeights(whole.subarray(0, index.ids.length), fractions, allOne),
  };
};

/** 2^53 - 1, `Number.MAX_SAFE_INTEGER` as a bigint. */
const MAX_SAFE = 9_007_199_254_740_991n;

/**
 * The members' weights as whole numbers over one scale: unscaled doubles when every weight is a
 * whole number and their sum is at most 2^53 - 1 (so every sum of them is exact in a double), else
 * bigints over the least common denominator.
 */
const scaledWeights = (
  whole: Float64Array,
  fractions: readonly Rational[] | undefined,
  allOne: boolean,
): { readonly weights: Weights; readonly scale: bigint } => {
  if (fractions === undefined) {
    if (allOne) return { weights: HEADS, scale: 1n };
    let total = 0;
    for (let i = 0; i < whole.length; i++) total += whole[i] as number;
    // Each partial sum is exact until the true sum passes 2^53 - 1, and then it shows above it.
    if (total <= Number.MAX_SAFE_INTEGER)
      return { weights: { kind: "numbers", values: whole }, scale: 1n };
    return { weights: { kind: "bigints", values: Array.from(whole, (w) => BigInt(w)) }, scale: 1n };
  }
  let scale = 1n;
  for (const w of fractions) if (w.den !== 1n) scale = lcm(scale, w.den);
  const values = fractions.map((w) => (scale === 1n ? w.num : (w.num * scale) / w.den));
  return { weights: { kind: "bigints", values }, scale };
};

const readResponses = (
  rule: RuleId,
  responses: readonly unknown[],
  roll: Roll | undefined,
  options: Options,
  issues: Issues,
): Parsed => {
  const stances = RULE_STANCES[rule];
  const stanceIndex = new Map(stances.map((s, i) => [s, i]));
  const index = roll?.index ?? new IdIndex(responses.length);
  const ids = index.ids;
  const memberOf = new Int32Array(responses.length);
  const stanceOf = new Uint8Array(responses.length);
  const reasons: { index: number; reason: string }[] = [];
  const seen = new Uint8Array(ids.length + responses.length);
  for (let i = 0; i < responses.length; i++) {
    const response = responses[i];
    if (!isRecord(response)) {
      issues.add(
        ["responses", i],
        "invalid_type",
        `expected a response { member, stance, reason? }, got ${describeValue(response)}`,
      );
      continue;
    }
    for (const key in response) {
      if (
        key !== "member" &&
        key !== "stance" &&
        key !== "reason" &&
        Object.hasOwn(response, key)
      ) {
        issues.add(["responses", i, key], "unrecognized_key", "unknown key");
      }
    }
    const rawMember = own(response, "member");
    const rawStance = own(response, "stance");
    const rawReason = own(response, "reason");
    let member = -1;
    if (typeof rawMember !== "string" || rawMember.length === 0) {
      issues.add(
        ["responses", i, "member"],
        "invalid_type",
        `expected a member id, got ${describeValue(rawMember)}`,
      );
    } else if (roll !== undefined) {
      member = index.get(rawMember);
      if (member < 0) {
        issues.add(
          ["responses", i, "member"],
          "unknown_member",
          `"${rawMember}" is not one of the members`,
        );
      }
    } else {
      const known = index.add(rawMember);
      member = known >= 0 ? known : ids.length - 1;
    }
    const stance =
      typeof rawStance === "string"
        ? stanceIndex.get(rawStance)
        : typeof rawStance === "number" && Number.isInteger(rawStance)
          ? stanceIndex.get(String(rawStance))
          : undefined;
    if (stance === undefined) {
      issues.add(
        ["responses", i, "stance"],
        "unknown_stance",
        `the ${rule} rule takes the stances ${stances.join(", ")}; got ${describeValue(rawStance)}`,
      );
    }
    if (rawReason !== undefined && typeof rawReason !== "string") {
      issues.add(
        ["responses", i, "reason"],
        "invalid_type",
        `expected a string, got ${describeValue(rawReason)}`,
      );
    }
    const reason = typeof rawReason === "string" && rawReason.trim() !== "" ? rawReason : undefined;
    if (rule === "consent" && stance === 3 && reason === undefined) {
      issues.add(
        ["responses", i, "reason"],
        "reason_required",
        "an objection needs a reason: the consequence it would cause that the circle should avoid",
      );
    }
    if (member >= 0) {
      if (seen[member] === 1) {
        issues.add(
          ["responses", i, "member"],
          "duplicate_response",
          `"${ids[member]}" has already responded`,
        );
      } else seen[member] = 1;
    }
    memberOf[i] = member;
    stanceOf[i] = stance ?? 0;
    if (reason !== undefined) reasons.push({ index: i, reason });
  }
  return {
    rule,
    ids,
    weights: roll?.weights ?? HEADS,
    scale: roll?.scale ?? 1n,
    groups: roll?.groups ?? [],
    listed: roll !== undefined,
    memberOf,
    stanceOf,
    reasons,
    options,
  };
};

const crossChecks = (parsed: Parsed, issues: Issues): void => {
  const { options, listed, rule } = parsed;
  if (options.quorum?.fraction !== undefined && !listed) {
    issues.add(
      ["options", "quorum"],
      "members_required",
      "a quorum as a fraction of the members needs the `members` list",
    );
  }
  if (rule === "double-majority") {
    if (!listed)
      issues.add(["members"], "members_required", "a double majority needs the `members` list");
    else if (options.second === "groups") {
      parsed.groups.forEach((group, i) => {
        if (group === undefined) {
          issues.add(
            ["members", i, "group"],
            "missing_group",
            "a double majority of groups needs every member's group",
          );
        }
      });
    }
  }
};

const readOptions = (
  rule: RuleId,
  raw: Record<string, unknown>,
  issues: Issues,
): Options | undefined => {
  const before = issues.list.length + issues.more;
  unknownKeys(raw, [...OPTION_KEYS[rule], ...COMMON_KEYS], ["options"], issues);
  const fraction = (key: string, min: Rational = ZERO): Rational | undefined => {
    const value = own(raw, key);
    if (value === undefined) return undefined;
    const r = readRational(value, ["options", key], issues, {
      min,
      max: ONE,
      what: 'a fraction such as "2/3" or 0.55',
    });
    if (r !== undefined && r.num === 0n && min === ZERO) {
      issues.add(["options", key], "out_of_range", "expected a fraction greater than 0");
      return undefined;
    }
    return r;
  };
  const integer = (key: string, min: number, max: number): number | undefined => {
    const value = own(raw, key);
    return value === undefined ? undefined : readInteger(value, min, max, ["options", key], issues);
  };
  const choice = <T extends string>(key: string, choices: readonly T[]): T | undefined => {
    const value = own(raw, key);
    return value === undefined ? undefined : readChoice(value, choices, ["options", key], issues);
  };
  const options: Options = {
    ...defined("threshold", fraction("threshold")),
    ...defined("of", choice<Base>("of", ["cast", "present", "members"])),
    ...defined("weighted", optionalBoolean(own(raw, "weighted"), ["options", "weighted"], issues)),
    ...defined("comparison", choice("comparison", ["more-than", "at-least"] as const)),
    ...defined("second", choice("second", ["weight", "groups"] as const)),
    ...defined("secondThreshold", fraction("secondThreshold")),
    ...defined("blockThreshold", integer("blockThreshold", 1, Number.MAX_SAFE_INTEGER)),
    ...defined("minAgree", fraction("minAgree")),
    ...defined("minSupport", fraction("minSupport")),
    ...defined("supportUpTo", integer("supportUpTo", 1, 3)),
    ...defined("minLevel", integer("minLevel", 1, 5)),
    ...defined("quorum", readQuorum(own(raw, "quorum"), issues)),
  };
  return issues.list.length + issues.more > before ? undefined : options;
};

const defined = <K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };

const readQuorum = (value: unknown, issues: Issues): Quorum | undefined => {
  const path: Path = ["options", "quorum"];
  if (value === undefined) return undefined;
  if (typeof value === "number") {
    const count = readInteger(value, 0, Number.MAX_SAFE_INTEGER, path, issues);
    return count === undefined ? undefined : { count: rational(count), of: "members" };
  }
  if (typeof value === "string") {
    const fraction = readRational(value, path, issues, { min: ZERO, max: ONE, what: "a fraction" });
    return fraction === undefined ? undefined : { fraction, of: "members" };
  }
  if (!isRecord(value)) {
    issues.add(
      path,
      "invalid_type",
      `expected a whole number, a fraction or { count | fraction, of }, got ${describeValue(value)}`,
    );
    return undefined;
  }
  unknownKeys(value, ["count", "fraction", "of"], path, issues);
  const rawOf = own(value, "of");
  const of =
    rawOf === undefined
      ? "members"
      : readChoice(rawOf, ["members", "weight"] as const, [...path, "of"], issues);
  const rawCount = own(value, "count");
  const rawFraction = own(value, "fraction");
  if ((rawCount === undefined) === (rawFraction === undefined)) {
    issues.add(path, "invalid_quorum", "give exactly one of `count` and `fraction`");
    return undefined;
  }
  if (rawCount !== undefined) {
    const count =
      of === "weight"
        ? readRational(rawCount, [...path, "count"], issues, { min: ZERO, what: "a weight" })
        : (() => {
            const n = readInteger(rawCount, 0, Number.MAX_SAFE_INTEGER, [...path, "count"], issues);
            return n === undefined ? undefined : rational(n);
          })();
    return count === undefined || of === undefined ? undefined : { count, of };
  }
  const fraction = readRational(rawFraction, [...path, "fraction"], issues, {
    min: ZERO,
    max: ONE,
    what: "a fraction",
  });
  return fraction === undefined || of === undefined ? undefined : { fraction, of };
};

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
};
const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b;

// ---------------------------------------------------------------------------------------------
// Applying the rule

interface Counts {
  /** Responses per stance. */
  readonly heads: Float64Array;
  /** Scaled weight per stance. */
  readonly weight: bigint[];
  readonly present: number;
  readonly presentWeight: bigint;
  readonly totalWeight: bigint;
}

const tallyOf = (parsed: Parsed): Counts => {
  const stances = RULE_STANCES[parsed.rule].length;
  const { memberOf, stanceOf, weights } = parsed;
  const heads = new Float64Array(stances);
  for (let i = 0; i < stanceOf.length; i++) {
    const s = stanceOf[i] as number;
    heads[s] = (heads[s] as number) + 1;
  }
  let perStance: bigint[];
  let totalWeight = 0n;
  if (weights.kind === "numbers") {
    // Exact: every sum here is at most the sum of all weights, which is at most 2^53 - 1.
    const sums = new Float64Array(stances);
    for (let i = 0; i < stanceOf.length; i++) {
      const s = stanceOf[i] as number;
      sums[s] = (sums[s] as number) + (weights.values[memberOf[i] as number] as number);
    }
    perStance = Array.from(sums, (w) => BigInt(w));
    let total = 0;
    for (let i = 0; i < weights.values.length; i++) total += weights.values[i] as number;
    totalWeight = BigInt(total);
  } else if (weights.kind === "bigints") {
    perStance = new Array<bigint>(stances).fill(0n);
    for (let i = 0; i < stanceOf.length; i++) {
      const s = stanceOf[i] as number;
      perStance[s] = (perStance[s] as bigint) + (weights.values[memberOf[i] as number] as bigint);
    }
    for (const w of weights.values) totalWeight += w;
  } else {
    perStance = Array.from(heads, (h) => BigInt(h));
    totalWeight = BigInt(parsed.ids.length);
  }
  const presentWeight = perStance.reduce((a, b) => a + b, 0n);
  return { heads, weight: perStance, present: stanceOf.length, presentWeight, totalWeight };
};

const evaluate = (parsed: Parsed): Resolution => {
  const { rule, options } = parsed;
  const stances = RULE_STANCES[rule];
  const counts = tallyOf(parsed);
  const members = parsed.ids.length;
  const quorum =
    options.quorum === undefined ? undefined : quorumRequirement(options.quorum, counts, parsed);
  const requirements = RULES[rule](parsed, counts);
  const status = statusOf(quorum, requirements);
  const tally = Object.fromEntries(stances.map((s, i) => [s, counts.heads[i] as number]));
  const weighted = options.weighted === true || rule === "double-majority";
  const weights = weighted
    ? Object.fromEntries(
        stances.map((s, i) => [s, exact(counts.weight[i] as bigint, parsed.scale)]),
      )
    : undefined;
  const blocking = BLOCKING_STANCE[rule];
  const objections: ReasonedResponse[] = [];
  const reasonAt = new Map(parsed.reasons.map((r) => [r.index, r.reason]));
  if (blocking !== undefined) {
    for (let i = 0; i < parsed.stanceOf.length; i++) {
      if (parsed.stanceOf[i] === blocking) objections.push(reasoned(parsed, i, reasonAt.get(i)));
    }
  }
  const reasons = parsed.reasons.map((r) => reasoned(parsed, r.index, r.reason));
  const explanation = explain(parsed, counts, quorum, requirements, status, objections);
  return {
    rule,
    status,
    ...(quorum === undefined ? {} : { quorum }),
    requirements,
    tally,
    ...(weights === undefined ? {} : { weights }),
    present: counts.present,
    members,
    objections,
    reasons,
    explanation,
  };
};

const reasoned = (parsed: Parsed, i: number, reason: string | undefined): ReasonedResponse => {
  const member = parsed.ids[parsed.memberOf[i] as number] as string;
  const stance = RULE_STANCES[parsed.rule][parsed.stanceOf[i] as number] as string;
  return reason === undefined ? { member, stance } : { member, stance, reason };
};

/** The stance index that objects, blocks or vetoes, per rule. */
const BLOCKING_STANCE: Readonly<Record<RuleId, number | undefined>> = {
  majority: undefined,
  supermajority: undefined,
  unanimity: undefined,
  "double-majority": undefined,
  consent: 3,
  consensus: 3,
  gradients: 7,
  "fist-to-five": 0,
};

const statusOf = (
  quorum: Requirement | undefined,
  requirements: readonly Requirement[],
): ResolutionStatus => {
  if (quorum !== undefined && !quorum.met) return "not-quorate";
  if (requirements.some((r) => !r.met && r.effect === "blocked")) return "blocked";
  if (requirements.some((r) => !r.met)) return "failed";
  return "passed";
};

const exact = (scaled: bigint, scale: bigint): string =>
  rationals.toFraction(rational(scaled, scale));

/** The default reading of a fraction at its boundary (module comment). */
const defaultComparison = (threshold: Rational): "more-than" | "at-least" =>
  threshold.num === 1n && threshold.den === 2n ? "more-than" : "at-least";

interface FractionSpec {
  readonly id: string;
  readonly text: string;
  readonly unit: Requirement["unit"];
  readonly count: Rational;
  readonly base: Rational;
  readonly of: string;
  readonly threshold: Rational;
  readonly comparison: "more-than" | "at-least";
  readonly effect: Requirement["effect"];
}

const fractionRequirement = (f: FractionSpec): Requirement => {
  const needed = rationals.mul(f.threshold, f.base);
  const order = rationals.compare(f.count, needed);
  const met = rationals.sign(f.base) > 0 && (f.comparison === "more-than" ? order > 0 : order >= 0);
  return {
    id: f.id,
    text: f.text,
    unit: f.unit,
    count: rationals.toFraction(f.count),
    comparison: f.comparison,
    needed: rationals.toFraction(needed),
    threshold: rationals.toFraction(f.threshold),
    base: rationals.toFraction(f.base),
    of: f.of,
    met,
    effect: f.effect,
  };
};

const blockRequirement = (
  id: string,
  text: string,
  count: number,
  blockThreshold: number,
): Requirement => ({
  id,
  text,
  unit: "members",
  count: String(count),
  comparison: "fewer-than",
  needed: String(blockThreshold),
  met: count < blockThreshold,
  effect: "blocked",
});

const quorumRequirement = (quorum: Quorum, counts: Counts, parsed: Parsed): Requirement => {
  const byWeight = quorum.of === "weight";
  const present = byWeight
    ? rational(counts.presentWeight, parsed.scale)
    : rational(counts.present);
  const unit = byWeight ? "weight" : "members";
  if (quorum.count !== undefined) {
    const met = rationals.compare(present, quorum.count) >= 0;
    return {
      id: "quorum",
      text: `at least ${rationals.toFraction(quorum.count)} ${byWeight ? "weight" : "members"} present`,
      unit,
      count: rationals.toFraction(present),
      comparison: "at-least",
      needed: rationals.toFraction(quorum.count),
      met,
      effect: "not-quorate",
    };
  }
  const fraction = quorum.fraction as Rational;
  const comparison = defaultComparison(fraction);
  const base = byWeight ? rational(counts.totalWeight, parsed.scale) : rational(parsed.ids.length);
  return fractionRequirement({
    id: "quorum",
    text: `${comparison === "more-than" ? "more than" : "at least"} ${rationals.toFraction(fraction)} of the ${byWeight ? "members' weight" : "members"} present`,
    unit,
    count: present,
    base,
    of: "members",
    threshold: fraction,
    comparison,
    effect: "not-quorate",
  });
};

type RuleFunction = (parsed: Parsed, counts: Counts) => Requirement[];

const YES = 0;
const NO = 1;

/** The base of a vote: the votes cast, those present, or every member (heads or weight). */
const voteBase = (base: Base, counts: Counts, parsed: Parsed, weighted: boolean): Rational => {
  if (weighted) {
    const scaled =
      base === "cast"
        ? (counts.weight[YES] as bigint) + (counts.weight[NO] as bigint)
        : base === "present"
          ? counts.presentWeight
          : counts.totalWeight;
    return rational(scaled, parsed.scale);
  }
  const heads =
    base === "cast"
      ? (counts.heads[YES] as number) + (counts.heads[NO] as number)
      : base === "present"
        ? counts.present
        : parsed.ids.length;
  return rational(heads);
};

const BASE_WORDS: Readonly<Record<Base, string>> = {
  cast: "the votes cast",
  present: "those present",
  members: "all members",
};

const words = (comparison: "more-than" | "at-least", threshold: Rational): string =>
  `${comparison === "more-than" ? "more than" : "at least"} ${rationals.toFraction(threshold)}`;

const voteRule =
  (defaultThreshold: Rational | undefined): RuleFunction =>
  (parsed, counts) => {
    const { options } = parsed;
    const threshold =
      defaultThreshold === undefined ? ONE : (options.threshold ?? defaultThreshold);
    const comparison =
      defaultThreshold === undefined
        ? "at-least"
        : (options.comparison ?? defaultComparison(threshold));
    const base = options.of ?? "cast";
    const weighted = options.weighted === true;
    const count = weighted
      ? rational(counts.weight[YES] as bigint, parsed.scale)
      : rational(counts.heads[YES] as number);
    return [
      fractionRequirement({
        id: "support",
        text: `yes ${words(comparison, threshold)} of ${BASE_WORDS[base]}${weighted ? " (by weight)" : ""}`,
        unit: weighted ? "weight" : "members",
        count,
        base: voteBase(base, counts, parsed, weighted),
        of: base,
        threshold,
        comparison,
        effect: "failed",
      }),
    ];
  };

const doubleMajority: RuleFunction = (parsed, counts) => {
  const { options } = parsed;
  const threshold = options.threshold ?? HALF;
  const secondThreshold = options.secondThreshold ?? HALF;
  const comparison = (t: Rational): "more-than" | "at-least" =>
    options.comparison ?? defaultComparison(t);
  const base = options.of ?? "members";
  const first = fractionRequirement({
    id: "members",
    text: `members voting yes ${words(comparison(threshold), threshold)} of ${BASE_WORDS[base]}`,
    unit: "members",
    count: rational(counts.heads[YES] as number),
    base: voteBase(base, counts, parsed, false),
    of: base,
    threshold,
    comparison: comparison(threshold),
    effect: "failed",
  });
  if (options.second === "groups") {
    const inFavour = groupsInFavour(parsed);
    const groupBase =
      base === "members" ? inFavour.all : base === "present" ? inFavour.present : inFavour.cast;
    return [
      first,
      fractionRequirement({
        id: "groups",
        text: `groups in favour ${words(comparison(secondThreshold), secondThreshold)} of the groups${base === "members" ? "" : ` (${BASE_WORDS[base]})`}`,
        unit: "groups",
        count: rational(inFavour.yes),
        base: rational(groupBase),
        of: base === "members" ? "groups" : base,
        threshold: secondThreshold,
        comparison: comparison(secondThreshold),
        effect: "failed",
      }),
    ];
  }
  return [
    first,
    fractionRequirement({
      id: "weight",
      text: `weight voting yes ${words(comparison(secondThreshold), secondThreshold)} of ${BASE_WORDS[base]}' weight`,
      unit: "weight",
      count: rational(counts.weight[YES] as bigint, parsed.scale),
      base: voteBase(base, counts, parsed, true),
      of: base,
      threshold: secondThreshold,
      comparison: comparison(secondThreshold),
      effect: "failed",
    }),
  ];
};

/** Groups whose members' yes votes are more than half of their votes cast. */
const groupsInFavour = (
  parsed: Parsed,
): { yes: number; all: number; present: number; cast: number } => {
  const names = new Map<string, number>();
  const groupOf = parsed.groups.map((g) => {
    const key = g ?? "";
    let at = names.get(key);
    if (at === undefined) {
      at = names.size;
      names.set(key, at);
    }
    return at;
  });
  const yes = new Float64Array(names.size);
  const no = new Float64Array(names.size);
  const present = new Uint8Array(names.size);
  for (let i = 0; i < parsed.stanceOf.length; i++) {
    const g = groupOf[parsed.memberOf[i] as number] as number;
    present[g] = 1;
    const s = parsed.stanceOf[i];
    if (s === YES) yes[g] = (yes[g] as number) + 1;
    else if (s === NO) no[g] = (no[g] as number) + 1;
  }
  let inFavour = 0;
  let cast = 0;
  let here = 0;
  for (let g = 0; g < names.size; g++) {
    if ((yes[g] as number) > (no[g] as number)) inFavour++;
    if ((yes[g] as number) + (no[g] as number) > 0) cast++;
    if (present[g] === 1) here++;
  }
  return { yes: inFavour, all: names.size, present: here, cast };
};

const consent: RuleFunction = (_parsed, counts) => {
  const objections = counts.heads[3] as number;
  const consenting = (counts.heads[0] as number) + (counts.heads[1] as number);
  return [
    blockRequirement("no-objection", "no paramount objection stands", objections, 1),
    {
      id: "consent",
      text: "at least one member agrees or consents",
      unit: "members",
      count: String(consenting),
      comparison: "at-least",
      needed: "1",
      met: consenting >= 1,
      effect: "failed",
    },
  ];
};

const consensus: RuleFunction = (parsed, counts) => {
  const { options } = parsed;
  const blockThreshold = options.blockThreshold ?? 1;
  const minAgree = options.minAgree ?? HALF;
  const comparison = options.comparison ?? defaultComparison(minAgree);
  const agree = counts.heads[0] as number;
  const disagree = counts.heads[2] as number;
  return [
    blockRequirement(
      "no-block",
      blockThreshold === 1 ? "nobody blocks" : `fewer than ${blockThreshold} blocks`,
      counts.heads[3] as number,
      blockThreshold,
    ),
    fractionRequirement({
      id: "agreement",
      text: `agree ${words(comparison, minAgree)} of those who agreed or disagreed`,
      unit: "members",
      count: rational(agree),
      base: rational(agree + disagree),
      of: "cast",
      threshold: minAgree,
      comparison,
      effect: "failed",
    }),
  ];
};

const gradients: RuleFunction = (parsed, counts) => {
  const { options } = parsed;
  const blockThreshold = options.blockThreshold ?? 1;
  const minSupport = options.minSupport ?? HALF;
  const upTo = options.supportUpTo ?? 3;
  const comparison = options.comparison ?? defaultComparison(minSupport);
  let support = 0;
  for (let point = 1; point <= upTo; point++) support += counts.heads[point - 1] as number;
  const nonAbstaining = counts.present - (counts.heads[3] as number);
  return [
    blockRequirement(
      "no-veto",
      blockThreshold === 1 ? "nobody vetoes (8)" : `fewer than ${blockThreshold} vetoes (8)`,
      counts.heads[7] as number,
      blockThreshold,
    ),
    fractionRequirement({
      id: "support",
      text: `endorsements (1 to ${upTo}) ${words(comparison, minSupport)} of the responses other than abstentions (4)`,
      unit: "members",
      count: rational(support),
      base: rational(nonAbstaining),
      of: "cast",
      threshold: minSupport,
      comparison,
      effect: "failed",
    }),
  ];
};

const fistToFive: RuleFunction = (parsed, counts) => {
  const { options } = parsed;
  const blockThreshold = options.blockThreshold ?? 1;
  const minLevel = options.minLevel ?? 3;
  const minAgree = options.minAgree ?? ONE;
  const comparison = options.comparison ?? defaultComparison(minAgree);
  let atLevel = 0;
  for (let level = minLevel; level <= 5; level++) atLevel += counts.heads[level] as number;
  return [
    blockRequirement(
      "no-fist",
      blockThreshold === 1 ? "nobody shows a fist" : `fewer than ${blockThreshold} fists`,
      counts.heads[0] as number,
      blockThreshold,
    ),
    fractionRequirement({
      id: "support",
      text: `${minLevel} fingers or more from ${words(comparison, minAgree)} of the responses`,
      unit: "members",
      count: rational(atLevel),
      base: rational(counts.present),
      of: "present",
      threshold: minAgree,
      comparison,
      effect: "failed",
    }),
  ];
};

const RULES: Readonly<Record<RuleId, RuleFunction>> = /* @__PURE__ */ pure(() => ({
  majority: voteRule(HALF),
  supermajority: voteRule({ num: 2n, den: 3n }),
  unanimity: voteRule(undefined),
  "double-majority": doubleMajority,
  consent,
  consensus,
  gradients,
  "fist-to-five": fistToFive,
}));

const SYMBOL: Readonly<Record<Comparison, string>> = {
  "more-than": ">",
  "at-least": "≥",
  "fewer-than": "<",
};

const describeRequirement = (r: Requirement): ExplanationStep =>
  step(
    r.id === "quorum" ? "quorum" : "requirement",
    `${r.met ? "Met" : "Not met"}: ${r.text}: ${r.count} ${SYMBOL[r.comparison]} ${r.needed}${r.threshold === undefined ? "" : ` (${r.threshold} of ${r.base})`}.`,
    { ...r },
  );

const OUTCOME_TEXT: Readonly<Record<ResolutionStatus, string>> = {
  passed: "The proposal passes.",
  failed: "The proposal fails: it lacks the support the rule asks for.",
  "not-quorate":
    "The meeting is not quorate: it cannot decide, and the proposal may come back when it is.",
  blocked: "The proposal is blocked: amend it to meet the objections, then test again.",
};

const explain = (
  parsed: Parsed,
  counts: Counts,
  quorum: Requirement | undefined,
  requirements: readonly Requirement[],
  status: ResolutionStatus,
  objections: readonly ReasonedResponse[],
): ExplanationStep[] => {
  const stances = RULE_STANCES[parsed.rule];
  const tallyText = stances.map((s, i) => `${s}: ${counts.heads[i] as number}`).join(", ");
  const steps: ExplanationStep[] = [
    step(
      "tally",
      `${counts.present} of ${parsed.ids.length} members responded under the ${parsed.rule} rule (${tallyText}).`,
      { present: counts.present, members: parsed.ids.length },
    ),
  ];
  if (quorum !== undefined) steps.push(describeRequirement(quorum));
  for (const r of requirements) steps.push(describeRequirement(r));
  for (const o of objections) {
    steps.push(
      step(
        "objection",
        `${o.member} (${o.stance})${o.reason === undefined ? "" : `: ${o.reason}`}`,
        { ...o },
      ),
    );
  }
  steps.push(step("outcome", OUTCOME_TEXT[status], { status }));
  return steps;
};
