/**
 * The joint decision process as data: `JointProcess`, version 1, and its zod schema.
 *
 * One process is read through the three pillars (voting, power, commitments) over the years it
 * takes (DESIGN.md 3.7). Everything the assessment reads is recorded here as dated, checkable
 * facts rather than judgements: who took part in which stage, who set its agenda, which body held
 * the decision right and how its votes were weighted, when participants were told what happened,
 * what was promised (the commitments ledger) and how people answered survey questions over time.
 *
 * Dates are strict ISO 8601 (a calendar date `YYYY-MM-DD` or a date-time with an offset), read as
 * whole UTC days, as in the commitments ledger (`co-decide/commitments`). Objects are strict: an
 * unknown key (a typo) is an error. Stored results of the other modules (an `Outcome`, an
 * `Allocation`, a `Resolution`, a `Panel`) are data: only the fields the assessment reads are
 * checked, the rest are kept as given and never re-counted.
 *
 * @module
 */
import * as z from "zod/mini";
import { isIsoDateOrDateTime } from "../commitments/dates.js";
import type { LedgerEvent } from "../commitments/events.js";
import { LedgerEventSchema } from "../commitments/events.js";
import type { Allocation } from "../committees/budget/instance.js";
import { pure } from "../core/internal/pure.js";
import type { Outcome } from "../core/outcome.js";
import type { Panel } from "../deliberation/panel.js";
import type { Resolution } from "../deliberation/resolution.js";

/** The schema version this module reads and writes. @category process */
export const PROCESS_VERSION = 1;

/**
 * The kinds of stage on a process's timeline, in the order a process usually runs them.
 *
 * @category process
 */
export type StageKind =
  | "inform"
  | "consult"
  | "involve"
  | "deliberate"
  | "decide"
  | "implement"
  | "review";

/** Every {@link StageKind}. @category process */
export const STAGE_KINDS: readonly StageKind[] = [
  "inform",
  "consult",
  "involve",
  "deliberate",
  "decide",
  "implement",
  "review",
];

/**
 * A level of the IAP2 Spectrum of Public Participation that a process can claim.
 *
 * @category process
 */
export type ClaimedLevel = "inform" | "consult" | "involve" | "collaborate" | "empower";

/** Every {@link ClaimedLevel}, lowest first. @category process */
export const CLAIMED_LEVELS: readonly ClaimedLevel[] = [
  "inform",
  "consult",
  "involve",
  "collaborate",
  "empower",
];

/**
 * A person involved in the process. Each person holds exactly one role: a person listed twice
 * with two roles is an error (a councillor who is also a resident is recorded in the role they
 * act in here; give them two ids if they act in both).
 *
 * @category process
 */
export interface Person {
  /** Unique id in the process (any string; used by every reference). */
  readonly id: string;
  /** Their role: `"resident"`, `"officer"`, `"councillor"`, `"partner"`, `"funder"` or any string. */
  readonly role: string;
  /** Their group in each dimension the process tracks, e.g. `{ age: "16-24", area: "north" }`. */
  readonly groups?: Readonly<Record<string, string>>;
}

/**
 * The reference population's shares, to compare participants with.
 *
 * @category process
 */
export interface Population {
  /** Where the shares come from (census table and year), stored with the check. */
  readonly source: string;
  /** For each dimension, each group's share or count, e.g. `{ age: { "16-24": 0.14, ... } }`. */
  readonly shares: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/**
 * A seat on a decision body.
 *
 * @category process
 */
export interface BodyMember {
  /** The person holding the seat. */
  readonly person: string;
  /** The seat's voting weight, a finite number at least 0 (default 1). */
  readonly weight?: number;
}

/**
 * A body that holds a decision right: a panel, a board, a cabinet, a grants committee.
 *
 * @category process
 */
export interface Body {
  /** Unique id in the process. */
  readonly id: string;
  /** Its name, for people. */
  readonly name?: string;
  /** Its seats; a person holds at most one seat. */
  readonly members: readonly BodyMember[];
  /** The total weight a decision needs to pass (greater than 0, at most the total weight). */
  readonly quota: number;
  /** Members whose vote is needed for any decision to pass (each must be a member). */
  readonly vetoes?: readonly string[];
}

/**
 * A decision the process leads to, with who held the right to take it.
 *
 * @category process
 */
export interface Decision {
  /** Unique id in the process; stages and ledger commitments refer to it. */
  readonly id: string;
  /** What was decided, for people. */
  readonly title: string;
  /** The IAP2 level the process claims for this decision (what participants were promised). */
  readonly claimedLevel?: ClaimedLevel;
  /** The body that held the decision right (a {@link Body} id). */
  readonly decidedBy: string;
  /** When the decision was taken. Absent while it is still open. */
  readonly decidedAt?: string;
  /** When the options were closed (alternatives ruled out), if that happened before the decision. */
  readonly optionsLockedAt?: string;
}

/**
 * Feedback given to a stage's participants: "you said, we did".
 *
 * @category process
 */
export interface Feedback {
  /** When it was given. */
  readonly at: string;
  /** Whether it shows how participants' input influenced the decision (IAP2 core value 7). */
  readonly influenceShown: boolean;
  /** Whether it gives the reasons for what was not taken up (Involve standard 10). */
  readonly reasonsGiven?: boolean;
  /** What was said, for people. */
  readonly summary?: string;
}

/**
 * A recommendation participants made, and whether the decision took it up.
 *
 * @category process
 */
export interface Recommendation {
  /** Unique id within its stage. */
  readonly id: string;
  /** The recommendation, in words. */
  readonly text?: string;
  /** Whether the decision adopted it. */
  readonly adopted: boolean;
  /** The reason given for not adopting it (a rejection without one is an unexplained override). */
  readonly reason?: string;
}

/**
 * Participants' stated preferences over a stage's options, for "whose preferences won"
 * (`whosePreferencesWon` of `co-decide/power`, grouped by the voters' roles).
 *
 * @category process
 */
export interface Preferences {
  /** How preferences were stated: rankings, approvals, or approvals of costed projects. */
  readonly kind: "ranking" | "approval" | "budget";
  /** The options that won, when the stage's result does not name them. */
  readonly winners?: readonly string[];
  /** Every option (ranking only; by default those named in rankings and winners). */
  readonly candidates?: readonly string[];
  /** Each project's cost (budget only). */
  readonly costs?: Readonly<Record<string, number>>;
  /** Each participant's ballot: a ranking as tiers, or the options approved. */
  readonly voters: readonly {
    readonly person: string;
    readonly ranking?: readonly (readonly string[])[];
    readonly approve?: readonly string[];
  }[];
}

/**
 * A stored result of another module, checked loosely: only the fields named in each type are
 * checked (and read); every other field is kept as given and not re-counted.
 *
 * @category process
 */
export type StoredResult =
  | {
      readonly kind: "outcome";
      readonly value: Pick<Outcome, "method" | "winners"> & { readonly [key: string]: unknown };
    }
  | {
      readonly kind: "allocation";
      readonly value: Pick<Allocation, "method" | "winners"> & { readonly [key: string]: unknown };
    }
  | {
      readonly kind: "resolution";
      readonly value: { readonly rule: string; readonly status: Resolution["status"] } & {
        readonly [key: string]: unknown;
      };
    }
  | {
      readonly kind: "panel";
      readonly value: { readonly method: string } & Pick<Panel, "panel"> & {
          readonly [key: string]: unknown;
        };
    }
  | { readonly kind: "text"; readonly text: string };

/**
 * One stage on the timeline.
 *
 * @category process
 */
export interface Stage {
  /** Unique id in the process. */
  readonly id: string;
  /** What kind of stage it is. */
  readonly kind: StageKind;
  /** Its name, for people. */
  readonly title?: string;
  /** The decision it works towards (a {@link Decision} id); that decision says who held the right. */
  readonly decision?: string;
  /** First day. */
  readonly startsAt: string;
  /** Last day (not before `startsAt`). */
  readonly endsAt: string;
  /** The people who took part (person ids). */
  readonly participants: readonly string[];
  /** The people who set its agenda (person ids). */
  readonly agendaSetBy: readonly string[];
  /** Contributions per participant (speaking turns, minutes, written inputs), where counted. */
  readonly turns?: Readonly<Record<string, number>>;
  /** The feedback participants were given. */
  readonly feedback?: Feedback;
  /** The process's own stated deadline for feedback, in days after `endsAt`. */
  readonly feedbackDueDays?: number;
  /** Recommendations participants made and what became of them. */
  readonly recommendations?: readonly Recommendation[];
  /** Participants' stated preferences, for "whose preferences won". */
  readonly preferences?: Preferences;
  /** Its result: a stored outcome of another module, or a decision in words. */
  readonly result?: StoredResult;
}

/**
 * One answer to a survey question.
 *
 * @category process
 */
export interface SurveyAnswer {
  /** Who answered (a person id), if known. */
  readonly person?: string;
  /** The level chosen, a whole number from 1 (lowest) to the survey's `levels`. */
  readonly value: number;
}

/**
 * A survey wave: the answers given at one time.
 *
 * @category process
 */
export interface SurveyWave {
  /** When the wave was taken (its closing day). */
  readonly at: string;
  /** The answers. */
  readonly answers: readonly SurveyAnswer[];
}

/**
 * A survey question asked in waves, on a Likert scale.
 *
 * @category process
 */
export interface Survey {
  /** Unique id in the process. */
  readonly id: string;
  /** The exact question, e.g. "I feel I can influence decisions that affect my area". */
  readonly question: string;
  /** The number of levels of the scale, 2 to 11 (5 for a five-point Likert scale). */
  readonly levels: number;
  /** The lowest level that counts as agreeing (default: the top two levels, `levels - 1`). */
  readonly agreeFrom?: number;
  /** How it was asked (online, paper, face to face): compare like with like. */
  readonly mode?: string;
  /** The waves, in any order. */
  readonly waves: readonly SurveyWave[];
}

/**
 * One joint decision process, version 1.
 *
 * @category process
 */
export interface JointProcess {
  /** The schema version, `1`. */
  readonly version: 1;
  /** The process's id. */
  readonly id: string;
  /** Its name, for people. */
  readonly title: string;
  /** When the group formed (the process began): the time factor counts from here. */
  readonly startedAt: string;
  /** When the plan (the programme, the action plan) ends; follow-through is judged 4 months after. */
  readonly plannedEndAt?: string;
  /** The roles that count as "the public" (the community taking part); default `["resident"]`. */
  readonly publicRoles?: readonly string[];
  /** Everyone involved. */
  readonly people: readonly Person[];
  /** The reference population, to judge representativeness. */
  readonly population?: Population;
  /** The bodies that hold decision rights. */
  readonly bodies: readonly Body[];
  /** The decisions the process leads to. */
  readonly decisions: readonly Decision[];
  /** The stages, on the timeline. */
  readonly stages: readonly Stage[];
  /** The commitments ledger (`co-decide/commitments` events, in `seq` order). */
  readonly ledger: readonly LedgerEvent[];
  /** Survey questions asked in waves. */
  readonly surveys: readonly Survey[];
}

const text = /* @__PURE__ */ pure(() => z.string().check(z.minLength(1, "must not be empty")));

const date = /* @__PURE__ */ pure(() =>
  z
    .string()
    .check(
      z.refine(
        isIsoDateOrDateTime,
        "expected a valid ISO date (YYYY-MM-DD) or date-time with an offset (YYYY-MM-DDTHH:MM:SSZ)",
      ),
    ),
);

const amount = /* @__PURE__ */ pure(() =>
  z.number().check(z.minimum(0, "must be at least 0"), z.refine(Number.isFinite, "must be finite")),
);

const ids = /* @__PURE__ */ pure(() => z.array(text));

const PersonSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    id: text,
    role: text,
    groups: z.exactOptional(z.record(z.string(), z.string())),
  }),
);

const BodySchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    id: text,
    name: z.exactOptional(z.string()),
    members: z.array(z.strictObject({ person: text, weight: z.exactOptional(amount) })),
    quota: z.number().check(z.positive("must be greater than 0"), z.refine(Number.isFinite)),
    vetoes: z.exactOptional(ids),
  }),
);

const DecisionSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    id: text,
    title: z.string(),
    claimedLevel: z.exactOptional(
      z.enum(["inform", "consult", "involve", "collaborate", "empower"]),
    ),
    decidedBy: text,
    decidedAt: z.exactOptional(date),
    optionsLockedAt: z.exactOptional(date),
  }),
);

const ResultSchema = /* @__PURE__ */ pure(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("outcome"),
      value: z.looseObject({ method: z.string(), winners: z.array(z.string()) }),
    }),
    z.strictObject({
      kind: z.literal("allocation"),
      value: z.looseObject({ method: z.string(), winners: z.array(z.string()) }),
    }),
    z.strictObject({
      kind: z.literal("resolution"),
      value: z.looseObject({
        rule: z.string(),
        status: z.enum(["passed", "failed", "not-quorate", "blocked"]),
      }),
    }),
    z.strictObject({
      kind: z.literal("panel"),
      value: z.looseObject({ method: z.string(), panel: z.array(z.string()) }),
    }),
    z.strictObject({ kind: z.literal("text"), text: z.string() }),
  ]),
);

const PreferencesSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    kind: z.enum(["ranking", "approval", "budget"]),
    winners: z.exactOptional(z.array(z.string())),
    candidates: z.exactOptional(z.array(z.string())),
    costs: z.exactOptional(z.record(z.string(), amount)),
    voters: z.array(
      z.strictObject({
        person: text,
        ranking: z.exactOptional(z.array(z.array(z.string()))),
        approve: z.exactOptional(z.array(z.string())),
      }),
    ),
  }),
);

const StageSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    id: text,
    kind: z.enum(["inform", "consult", "involve", "deliberate", "decide", "implement", "review"]),
    title: z.exactOptional(z.string()),
    decision: z.exactOptional(text),
    startsAt: date,
    endsAt: date,
    participants: ids,
    agendaSetBy: ids,
    turns: z.exactOptional(z.record(z.string(), amount)),
    feedback: z.exactOptional(
      z.strictObject({
        at: date,
        influenceShown: z.boolean(),
        reasonsGiven: z.exactOptional(z.boolean()),
        summary: z.exactOptional(z.string()),
      }),
    ),
    feedbackDueDays: z.exactOptional(z.int().check(z.minimum(0), z.maximum(36_500))),
    recommendations: z.exactOptional(
      z.array(
        z.strictObject({
          id: text,
          text: z.exactOptional(z.string()),
          adopted: z.boolean(),
          reason: z.exactOptional(z.string()),
        }),
      ),
    ),
    preferences: z.exactOptional(PreferencesSchema),
    result: z.exactOptional(ResultSchema),
  }),
);

const SurveySchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    id: text,
    question: text,
    levels: z.int().check(z.minimum(2), z.maximum(11)),
    agreeFrom: z.exactOptional(z.int().check(z.minimum(1), z.maximum(11))),
    mode: z.exactOptional(z.string()),
    waves: z.array(
      z.strictObject({
        at: date,
        answers: z.array(
          z.strictObject({
            person: z.exactOptional(text),
            value: z.int().check(z.minimum(1), z.maximum(11)),
          }),
        ),
      }),
    ),
  }),
);

const JointProcessSchemaImpl = /* @__PURE__ */ pure(() =>
  z.strictObject({
    version: z.literal(1),
    id: text,
    title: z.string(),
    startedAt: date,
    plannedEndAt: z.exactOptional(date),
    publicRoles: z.exactOptional(z.array(text).check(z.minLength(1))),
    people: z.array(PersonSchema),
    population: z.exactOptional(
      z.strictObject({
        source: text,
        shares: z.record(z.string(), z.record(z.string(), amount)),
      }),
    ),
    bodies: z.array(BodySchema),
    decisions: z.array(DecisionSchema),
    stages: z.array(StageSchema),
    ledger: z.array(LedgerEventSchema),
    surveys: z.array(SurveySchema),
  }),
);

/**
 * The zod schema of a {@link JointProcess} (shape only; {@link parseProcess} adds the
 * cross-field checks: references, dates in order, one role per person).
 *
 * @category process
 */
export const JointProcessSchema: z.ZodMiniType<JointProcess> = JointProcessSchemaImpl;
