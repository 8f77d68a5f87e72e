/**
 * The wire format of an election (DESIGN.md 3.2) as zod schemas, exported so that apps can
 * validate their own input with the same rules. `parseSpec` adds the checks a schema cannot make
 * cheaply (unknown or repeated candidates, mixed ballot kinds).
 *
 * Records keyed by candidate names (`scores`, `grades`) are checked as plain objects here and read
 * key by key in `parseSpec`, because a zod record drops a key named `__proto__`.
 *
 * @module
 */
import * as z from "zod/mini";
import { pure } from "../core/internal/pure.js";

/**
 * The most characters of a count written as a string (as the file readers allow): longer digit
 * strings would only cost time to read, and no exact tally can hold them.
 *
 * @category schemas
 */
export const MAX_COUNT_LENGTH = 40;

/** A count written as a string: a whole number, decimal or fraction. @internal */
export const COUNT_PATTERN = /^\s*\d+(\.\d+)?(\/\d*[1-9]\d*)?\s*$/;

/**
 * A count: a non-negative finite number, or a string holding a fraction or decimal (`"1/3"`,
 * `"0.25"`) for exact fractional weights, of at most {@link MAX_COUNT_LENGTH} characters.
 *
 * @category schemas
 */
export const CountSchema = /* @__PURE__ */ pure(() =>
  z.union(
    [
      z.number().check(
        z.refine((n) => Number.isFinite(n), { message: "count must be a finite number" }),
        z.minimum(0, { message: "count must not be negative" }),
      ),
      z.string().check(
        // Checked first, and alone: a count of a million digits would cost seconds to read.
        z.maxLength(MAX_COUNT_LENGTH, {
          abort: true,
          message: `a count written as a string has at most ${MAX_COUNT_LENGTH} characters`,
        }),
        z.regex(COUNT_PATTERN, {
          message:
            'count must be a non-negative number, a fraction such as "1/3" or a decimal such as "0.25"',
        }),
      ),
    ],
    {
      message:
        'count must be a non-negative finite number, or a string holding a fraction such as "1/3" or a decimal such as "0.25"',
    },
  ),
);

const name = /* @__PURE__ */ z.string();

/** A plain object (not an array, not null) whose own keys are candidate names. */
const namedRecord = /* @__PURE__ */ z.custom<Readonly<Record<string, unknown>>>(
  (value) => typeof value === "object" && value !== null && !Array.isArray(value),
  { message: "expected an object keyed by candidate name" },
);

/**
 * A ranked ballot: tiers best first, each a name or a list of tied names; unlisted candidates rank
 * below all listed ones.
 *
 * @category schemas
 */
export const RankedBallotSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    ranking: z.array(
      z.union([
        name,
        z.array(name).check(z.minLength(1, { message: "a tier needs at least one candidate" })),
      ]),
    ),
    count: z.optional(CountSchema),
  }),
);

/** An approval ballot. @category schemas */
export const ApprovalBallotSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    approve: z.array(name),
    count: z.optional(CountSchema),
  }),
);

/** A score ballot: whole-number scores keyed by candidate name. @category schemas */
export const ScoreBallotSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    scores: namedRecord,
    count: z.optional(CountSchema),
  }),
);

/** A graded ballot: grades (from `options.scale`) keyed by candidate name. @category schemas */
export const GradeBallotSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    grades: namedRecord,
    count: z.optional(CountSchema),
  }),
);

/**
 * Any ballot: one of the four objects, or a ranked ballot in shorthand (`"c>a=b"`).
 *
 * @category schemas
 */
export const BallotSchema = /* @__PURE__ */ pure(() =>
  z.union(
    [z.string(), RankedBallotSchema, ApprovalBallotSchema, ScoreBallotSchema, GradeBallotSchema],
    {
      message:
        'expected a ballot: shorthand such as "a>b=c", or an object with "ranking", "approve", "scores" or "grades"',
    },
  ),
);

/**
 * A tie-break policy (see `createTieBreaker` in `co-decide/core`).
 *
 * @category schemas
 */
export const TieBreakPolicySchema: z.ZodMiniType<TieBreakPolicyInput> = /* @__PURE__ */ pure(() =>
  z.union([
    z.strictObject({ kind: z.literal("none") }),
    z.strictObject({ kind: z.literal("lexicographic") }),
    z.strictObject({ kind: z.literal("order"), order: z.array(name) }),
    z.strictObject({ kind: z.literal("random"), seed: z.string() }),
    z.strictObject({
      kind: z.enum(["forwards", "backwards"]),
      fallback: z.optional(z.lazy(() => TieBreakPolicySchema)),
    }),
  ]),
);

/** The parsed form of {@link TieBreakPolicySchema}. @category schemas */
export type TieBreakPolicyInput =
  | { kind: "none" }
  | { kind: "lexicographic" }
  | { kind: "order"; order: string[] }
  | { kind: "random"; seed: string }
  | { kind: "forwards" | "backwards"; fallback?: TieBreakPolicyInput | undefined };

/**
 * The election spec of DESIGN.md 3.2. `limits` raises the work limits (each up to its ceiling):
 * `ballots` and `cells` (ballots × candidates) when the spec is read, `candidates` and `pairs`
 * (profile rows × candidate pairs; a row is a distinct ballot, see `RankedProfile`) for the method that counts it; each value is checked where
 * it is used.
 *
 * @example
 * ```ts
 * import { ElectionSpecSchema } from "co-decide/ballots";
 *
 * ElectionSpecSchema.safeParse({ method: "schulze", candidates: ["a", "b"], ballots: ["a>b"] }).success;
 * // => true
 * ```
 *
 * @category schemas
 */
export const ElectionSpecSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    method: z.string().check(z.minLength(1, { message: "name a method" })),
    candidates: z.array(name).check(z.minLength(1, { message: "list at least one candidate" })),
    ballots: z.array(BallotSchema),
    seats: z.optional(z.int().check(z.minimum(1, { message: "seats must be at least 1" }))),
    options: z.optional(namedRecord),
    tieBreak: z.optional(TieBreakPolicySchema),
    limits: z.optional(
      z.strictObject({
        ballots: z.optional(z.unknown()),
        cells: z.optional(z.unknown()),
        candidates: z.optional(z.unknown()),
        pairs: z.optional(z.unknown()),
      }),
    ),
  }),
);

/** The election spec as it arrives, after its shape is checked. @category schemas */
export type ElectionSpecInput = z.infer<typeof ElectionSpecSchema>;
/** One ballot as it arrives. @category schemas */
export type BallotInput = z.infer<typeof BallotSchema>;

/**
 * The shape of an election spec that carries a built profile instead of candidates and ballots
 * (`decide({ method, profile })`); the profile itself is checked by `parseProfileSpec`.
 *
 * @internal
 */
export const ProfileSpecSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    method: z.string().check(z.minLength(1, { message: "name a method" })),
    profile: z.custom<object>((value) => typeof value === "object" && value !== null, {
      message: "expected a profile (from rankedProfile, parseProfile or a profile builder)",
    }),
    seats: z.optional(z.int().check(z.minimum(1, { message: "seats must be at least 1" }))),
    options: z.optional(namedRecord),
    tieBreak: z.optional(TieBreakPolicySchema),
  }),
);
