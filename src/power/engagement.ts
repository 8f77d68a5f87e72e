/**
 * Depth of engagement: where a process sits on the IAP2 Spectrum of Public Participation and on
 * Arnstein's (1969) ladder of citizen participation, judged from the decision rights the public
 * (the participants, residents, members) actually holds.
 *
 * The rights, in the order a process usually grants them:
 * `receives-information`, `gives-input`, `told-how-input-used`, `deliberates`,
 * `proposes-options`, `sets-agenda`, `shares-decision`, `decides`, `can-veto`,
 * `commitment-to-implement`.
 *
 * IAP2 levels, each needing every right of the level below (IAP2 Spectrum of Public Participation,
 * 2018 edition; its "promise to the public" is quoted in `docs/measuring-power.md`):
 * - inform: `receives-information`;
 * - consult: + `gives-input`, `told-how-input-used` ("provide feedback on how public input
 *   influenced the decision");
 * - involve: + `deliberates` (work directly with the public throughout the process);
 * - collaborate: + `proposes-options`, `shares-decision` (partner in developing alternatives and
 *   identifying the preferred solution);
 * - empower: + `decides`, `commitment-to-implement` ("we will implement what you decide").
 *
 * Arnstein rungs (Arnstein 1969, "A Ladder of Citizen Participation"):
 * - 1-2 manipulation, therapy (nonparticipation): no right at all; rights alone cannot tell the two
 *   apart, so the rung reported is `nonparticipation`;
 * - 3 informing: `receives-information`;
 * - 4 consultation: `gives-input`;
 * - 5 placation: advice or plans from the public (`deliberates` or `proposes-options`), while the
 *   powerholders keep the right to decide;
 * - 6 partnership: `shares-decision` (planning and decision-making shared through joint bodies);
 * - 7 delegated power: `decides` or `can-veto` (dominant authority, or the cards to assure
 *   accountability);
 * - 8 citizen control: `decides`, `sets-agenda` and `commitment-to-implement` (the public governs the
 *   programme: what is on the table, the decision and its implementation).
 *
 * The rungs are not cumulative in the same strict way as IAP2: Arnstein describes the kind of power
 * held, so the highest rung whose defining rights are all present is reported.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { type DecideError, invalidInputAt } from "../core/errors.js";
import { pure } from "../core/internal/pure.js";
import { validate } from "../core/validation.js";

/** A decision right the public can hold in a process. @category engagement */
export type DecisionRight =
  | "receives-information"
  | "gives-input"
  | "told-how-input-used"
  | "deliberates"
  | "proposes-options"
  | "sets-agenda"
  | "shares-decision"
  | "decides"
  | "can-veto"
  | "commitment-to-implement";

/** Every {@link DecisionRight}. @category engagement */
export const DECISION_RIGHTS: readonly DecisionRight[] = [
  "receives-information",
  "gives-input",
  "told-how-input-used",
  "deliberates",
  "proposes-options",
  "sets-agenda",
  "shares-decision",
  "decides",
  "can-veto",
  "commitment-to-implement",
];

/** The IAP2 levels, lowest first; `none` when not even inform is met. @category engagement */
export type Iap2Level = "none" | "inform" | "consult" | "involve" | "collaborate" | "empower";

/** Arnstein's rungs; `nonparticipation` stands for rungs 1-2. @category engagement */
export type ArnsteinRung =
  | "nonparticipation"
  | "informing"
  | "consultation"
  | "placation"
  | "partnership"
  | "delegated-power"
  | "citizen-control";

/**
 * A description of who holds what in a process: the rights the public holds.
 *
 * @category engagement
 */
export interface EngagementDescription {
  /** The rights the participants hold. */
  readonly rights: readonly DecisionRight[];
}

/**
 * Where a process sits, with its reasons.
 *
 * @category engagement
 */
export interface EngagementAssessment {
  readonly iap2: {
    readonly level: Iap2Level;
    /** The rights that put it at this level. */
    readonly present: readonly DecisionRight[];
    /** The next level up (`null` at empower). */
    readonly next: Iap2Level | null;
    /** The rights missing for the next level. */
    readonly missingForNext: readonly DecisionRight[];
  };
  readonly arnstein: {
    readonly rung: ArnsteinRung;
    /** 2 for nonparticipation (the top of rungs 1-2), then 3 to 8. */
    readonly number: number;
    readonly band: "nonparticipation" | "tokenism" | "citizen power";
    readonly present: readonly DecisionRight[];
    readonly next: ArnsteinRung | null;
    readonly missingForNext: readonly DecisionRight[];
  };
  /** Plain-English sentences explaining both classifications. */
  readonly reasons: readonly string[];
}

const IAP2: readonly { level: Exclude<Iap2Level, "none">; adds: readonly DecisionRight[] }[] = [
  { level: "inform", adds: ["receives-information"] },
  { level: "consult", adds: ["gives-input", "told-how-input-used"] },
  { level: "involve", adds: ["deliberates"] },
  { level: "collaborate", adds: ["proposes-options", "shares-decision"] },
  { level: "empower", adds: ["decides", "commitment-to-implement"] },
];

/** Each rung above nonparticipation, with alternative sets of rights that define it. */
const ARNSTEIN: readonly {
  rung: Exclude<ArnsteinRung, "nonparticipation">;
  number: number;
  band: "tokenism" | "citizen power";
  anyOf: readonly (readonly DecisionRight[])[];
}[] = [
  { rung: "informing", number: 3, band: "tokenism", anyOf: [["receives-information"]] },
  { rung: "consultation", number: 4, band: "tokenism", anyOf: [["gives-input"]] },
  {
    rung: "placation",
    number: 5,
    band: "tokenism",
    anyOf: [["deliberates"], ["proposes-options"]],
  },
  { rung: "partnership", number: 6, band: "citizen power", anyOf: [["shares-decision"]] },
  { rung: "delegated-power", number: 7, band: "citizen power", anyOf: [["decides"], ["can-veto"]] },
  {
    rung: "citizen-control",
    number: 8,
    band: "citizen power",
    anyOf: [["decides", "sets-agenda", "commitment-to-implement"]],
  },
];

const DescriptionSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    rights: z.array(z.enum(DECISION_RIGHTS as [DecisionRight, ...DecisionRight[]])),
  }),
);

/**
 * Places a process on the IAP2 spectrum and on Arnstein's ladder from the rights the public holds,
 * saying which rights put it there and which are missing for the next level.
 *
 * @remarks
 * Mapping and sources in the module comment and in `docs/measuring-power.md` (Arnstein 1969; IAP2
 * Spectrum of Public Participation). The IAP2 level is the highest whose rights, and those of every
 * level below, are all held; the Arnstein rung is the highest one whose defining rights are held.
 * Errors: `InvalidInput` for an unknown right (`rights[2]`). Never throws.
 *
 * @example A consultation that reports back
 * ```ts
 * import { classifyEngagement } from "co-decide/power";
 *
 * classifyEngagement({ rights: ["receives-information", "gives-input", "told-how-input-used"] });
 * // => right({ iap2: { level: "consult", next: "involve", missingForNext: ["deliberates"], ... },
 * //    arnstein: { rung: "consultation", number: 4, band: "tokenism", ... }, reasons: [...] })
 * ```
 *
 * @category engagement
 */
export const classifyEngagement = (
  description: unknown,
): E.Either<DecideError, EngagementAssessment> => {
  try {
    return E.map((d: { rights: DecisionRight[] }) => assessEngagement({ rights: d.rights }))(
      validate(DescriptionSchema, description),
    );
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
 * The typed form of {@link classifyEngagement}, for code that builds the description itself.
 *
 * @remarks
 * Same mapping and sources (Arnstein 1969; IAP2 Spectrum of Public Participation); no validation,
 * since the types already restrict the rights. Never throws: from a JavaScript caller, entries that
 * are not known rights are ignored, and a description without a list of rights holds none.
 *
 * @example
 * ```ts
 * import { assessEngagement } from "co-decide/power";
 *
 * assessEngagement({ rights: [] }).arnstein.rung; // => "nonparticipation"
 * ```
 *
 * @category engagement
 */
export const assessEngagement = (description: EngagementDescription): EngagementAssessment => {
  // typed input, but a JavaScript caller may pass anything: only known rights are read, and a
  // description without a readable list of rights holds none (classifyEngagement validates)
  const given: unknown = (description as { rights?: unknown } | null | undefined)?.rights;
  const held = new Set<unknown>(
    Array.isArray(given) && given.length <= 10_000
      ? Array.from(given).filter((r) => (DECISION_RIGHTS as readonly unknown[]).includes(r))
      : [],
  );
  const has = (right: DecisionRight): boolean => held.has(right);

  let levelIndex = -1;
  for (let i = 0; i < IAP2.length; i++) {
    if ((IAP2[i] as (typeof IAP2)[number]).adds.every(has)) levelIndex = i;
    else break;
  }
  const level: Iap2Level =
    levelIndex < 0 ? "none" : (IAP2[levelIndex] as (typeof IAP2)[number]).level;
  const iap2Present = IAP2.slice(0, levelIndex + 1).flatMap((step) => step.adds);
  const nextStep = IAP2[levelIndex + 1];
  const iap2 = {
    level,
    present: iap2Present,
    next: nextStep?.level ?? null,
    missingForNext: nextStep === undefined ? [] : nextStep.adds.filter((r) => !has(r)),
  };

  let rungIndex = -1;
  let rungRights: readonly DecisionRight[] = [];
  ARNSTEIN.forEach((step, i) => {
    const met = step.anyOf.find((set) => set.every(has));
    if (met !== undefined) {
      rungIndex = i;
      rungRights = met;
    }
  });
  const rung = ARNSTEIN[rungIndex];
  const nextRung = ARNSTEIN[rungIndex + 1];
  const closest = (sets: readonly (readonly DecisionRight[])[]): DecisionRight[] =>
    sets
      .map((set) => set.filter((r) => !has(r)))
      .reduce((best, missing) => (missing.length < best.length ? missing : best));
  const arnstein = {
    rung: rung?.rung ?? ("nonparticipation" as const),
    number: rung?.number ?? 2,
    band: rung?.band ?? ("nonparticipation" as const),
    present: rungRights,
    next: nextRung?.rung ?? null,
    missingForNext: nextRung === undefined ? [] : closest(nextRung.anyOf),
  };

  const list = (rights: readonly DecisionRight[]): string =>
    rights.length === 0 ? "no rights" : rights.map((r) => `"${r}"`).join(", ");
  const reasons = [
    level === "none"
      ? `IAP2: not even "inform", since the public does not hold "receives-information".`
      : `IAP2: "${level}", because the public holds ${list(iap2Present)}.`,
    iap2.next === null
      ? "IAP2: this is the top of the spectrum."
      : `IAP2: to reach "${iap2.next}" the public also needs ${list(iap2.missingForNext)}.`,
    rung === undefined
      ? "Arnstein: nonparticipation (rungs 1-2), since the public holds no decision right."
      : `Arnstein: rung ${rung.number}, "${rung.rung}" (${rung.band}), because the public holds ${list(rungRights)}.`,
    arnstein.next === null
      ? "Arnstein: this is the top of the ladder."
      : `Arnstein: to reach "${arnstein.next}" the public also needs ${list(arnstein.missingForNext)}.`,
  ];
  return { iap2, arnstein, reasons };
};
