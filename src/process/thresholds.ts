/**
 * The thresholds behind the flags of {@link assessProcess}: each default, the reason for it and its
 * source. The published evidence fixes only three numbers (12 weeks for feedback, 4 months before
 * completion is judged, ±1.3 points as "maintaining" a national survey share); every other default
 * is a proposal, said so here and in `docs/assessing-a-process.md`, and can be changed through
 * `options.thresholds`. Evidence digest: `docs/evidence/process-assessment.md`.
 *
 * @module
 */
import { pure } from "../core/internal/pure.js";

/**
 * The thresholds of the flags. Every one is a finite number at least 0.
 *
 * @category process
 */
export interface Thresholds {
  /** `level-overclaimed`: the smallest gap, in IAP2 levels, between claimed and practised level. */
  readonly levelGap: number;
  /** `no-feedback`: days after a stage closes by which participants must be told what happened. */
  readonly feedbackDays: number;
  /** `power-concentrated`: the public's power share below this times its seat share. */
  readonly powerRatio: number;
  /** `unrepresentative`: percentage points a group may be off its population share. */
  readonly representationPoints: number;
  /** `unrepresentative`: seats a group may be off proportional, in groups under `smallGroup`. */
  readonly representationSeats: number;
  /** `unrepresentative`: below this many participants, judge by seats, not points. */
  readonly smallGroup: number;
  /** `voice-unequal`: the most active fifth's share of contributions above this. */
  readonly topFifthShare: number;
  /** `voice-unequal`: a role's contribution share over its presence share below this. */
  readonly voiceRatio: number;
  /** `preferences-ignored`: share of recommendations adopted below this (with unexplained rejections). */
  readonly adoptedShare: number;
  /** `commitments-overdue`: days past due before a commitment is flagged. */
  readonly overdueGraceDays: number;
  /** `commitments-overdue`: days past due at which the flag becomes serious. */
  readonly overdueEscalateDays: number;
  /** `low-follow-through`: the smallest acceptable share of due commitments delivered. */
  readonly followThrough: number;
  /** `low-follow-through`: months after the plan's end before follow-through is judged. */
  readonly followThroughWaitMonths: number;
  /** `confidence-falling`: the smallest drop, in percentage points, of the share agreeing. */
  readonly confidencePoints: number;
  /** `confidence-falling`: the z value of the two-proportion test (1.96: 95%, two-sided). */
  readonly confidenceZ: number;
  /** `too-early`: months since the group formed before outcomes are judged. */
  readonly minimumMonths: number;
  /** `decided-before-involvement`: days the public's first involvement must precede the decision by more than. */
  readonly involvementLeadDays: number;
}

/** One threshold's default, why, and whether a source fixes it. @category process */
export interface ThresholdDefault {
  readonly default: number;
  readonly reason: string;
  /** `true` when a published source gives the number; `false` for a proposal. */
  readonly sourced: boolean;
}

/**
 * Every threshold's default with its reason, from the evidence digest `docs/evidence/process-assessment.md`.
 *
 * @category process
 */
export const THRESHOLDS: Readonly<Record<keyof Thresholds, ThresholdDefault>> =
  /* @__PURE__ */ pure(() => ({
    levelGap: {
      default: 1,
      reason:
        "IAP2 levels are promises; any gap breaks the promise made, and one level is the smallest gap. The sources define levels, not a tolerance.",
      sourced: false,
    },
    feedbackDays: {
      default: 84,
      reason:
        "12 weeks: UK Cabinet Office Consultation Principles (2016 revision, as summarised by Bevan Brittan) suggest a response within 12 weeks; a process's own shorter deadline wins.",
      sourced: true,
    },
    powerRatio: {
      default: 0.8,
      reason:
        "No source fixes a ratio; 0.8 is a proposed 'material gap' between the public's voting power (normalised Banzhaf) and its seat share.",
      sourced: false,
    },
    representationPoints: {
      default: 5,
      reason:
        "Sortition Foundation practice examples (45-55 of a 100-person panel) allow about 5 points; a practice example, not a standard (OECD 2020 principle 4 sets the aim, no number).",
      sourced: false,
    },
    representationSeats: {
      default: 1,
      reason:
        "Sortition Foundation Strat App example for a 20-person panel: '+/- 1 for each category'; a practice example, not a standard.",
      sourced: false,
    },
    smallGroup: {
      default: 40,
      reason:
        "Below about 40 people a 5-point band is narrower than one person, so groups are judged in seats (proposed).",
      sourced: false,
    },
    topFifthShare: {
      default: 0.5,
      reason:
        "No source fixes a number; the most active fifth holding more than half of all contributions is a proposed sign of concentrated voice (Karpowitz, Mendelberg and Shaker 2012 show such gaps are real).",
      sourced: false,
    },
    voiceRatio: {
      default: 0.8,
      reason:
        "No source fixes a number; a speaking-share over presence-share ratio (Machikarte's Gender Speech Ratio form) below 0.8, kept symmetric with the power ratio.",
      sourced: false,
    },
    adoptedShare: {
      default: 0.5,
      reason:
        "Proposed (a majority), not sourced; the duty to give reasons for rejections is sourced (OECD 2020 principle 2, Involve standard 10, OGP reasoned response).",
      sourced: false,
    },
    overdueGraceDays: {
      default: 0,
      reason:
        "A due date is a promise; OECD (2020) principle 2 asks for timely, regular public progress reports. No grace is sourced.",
      sourced: false,
    },
    overdueEscalateDays: {
      default: 90,
      reason: "Proposed: a quarter past due, about one reporting cycle missed.",
      sourced: false,
    },
    followThrough: {
      default: 2 / 3,
      reason:
        "Proposed from NRGI's critique that 'more than a third' of OGP commitments were never carried out; OGP's completion scale is sourced, the ratio is not.",
      sourced: false,
    },
    followThroughWaitMonths: {
      default: 4,
      reason:
        "OGP's Independent Reporting Mechanism assesses completion four months after the action plan ends.",
      sourced: true,
    },
    confidencePoints: {
      default: 1.3,
      reason:
        "Scottish National Performance Framework treats a change within ±1.3 percentage points of 'I can influence decisions affecting my local area' as 'maintaining'.",
      sourced: true,
    },
    confidenceZ: {
      default: 1.96,
      reason:
        "The Community Life Survey reports only changes significant at 95% ('19 times out of 20'); 1.96 is the two-sided 95% z value.",
      sourced: true,
    },
    minimumMonths: {
      default: 24,
      reason:
        "People's Health Trust: it can take up to two years for a group to build the confidence to feel collective control (D. Pearmain, on the What Works Centre for Wellbeing 2020 review; the sentence itself was not found in text read for the evidence digest). Active Communities grants run up to two years.",
      sourced: false,
    },
    involvementLeadDays: {
      default: 0,
      reason:
        "Gunning principle 1, the Consultation Principles and Involve standard 1 are binary (involve people while proposals are still formative); 0 asks only that involvement come before the decision. A longer lead is a local choice.",
      sourced: false,
    },
  }));

/** The default of every threshold. @category process */
export const DEFAULT_THRESHOLDS: Thresholds = /* @__PURE__ */ pure(() => ({
  levelGap: 1,
  feedbackDays: 84,
  powerRatio: 0.8,
  representationPoints: 5,
  representationSeats: 1,
  smallGroup: 40,
  topFifthShare: 0.5,
  voiceRatio: 0.8,
  adoptedShare: 0.5,
  overdueGraceDays: 0,
  overdueEscalateDays: 90,
  followThrough: 2 / 3,
  followThroughWaitMonths: 4,
  confidencePoints: 1.3,
  confidenceZ: 1.96,
  minimumMonths: 24,
  involvementLeadDays: 0,
}));

/**
 * The sources cited by each flag.
 *
 * @category process
 */
export const FLAG_SOURCES: Readonly<Record<FlagId, string>> = {
  "level-overclaimed":
    "IAP2 Spectrum of Public Participation (promises to the public); OGP IRM levels of public influence; Arnstein (1969), A Ladder of Citizen Participation, JAIP 35(4)",
  "decided-before-involvement":
    "R v Brent LBC ex p Gunning (1985), principle 1; UK Consultation Principles (2016/2018) B; Code of Practice on Consultation (2008) criterion 1; Involve standard 1",
  "no-feedback":
    "IAP2 core value 7; Involve standard 10 'Close the feedback loop'; OGP reasoned response; UK Consultation Principles (2016): response within 12 weeks",
  "power-concentrated":
    "Banzhaf (1965); the 1958 EEC Council, where Luxembourg held a seat and no power (Britannica Guide to Statistics and Probability); Felsenthal and Machover (1998)",
  unrepresentative:
    "OECD (2020) good practice principle 4 (participants a microcosm of the public); Gallagher (1991), Electoral Studies 10(1); Sortition Foundation quota practice",
  "voice-unequal":
    "Karpowitz, Mendelberg and Shaker (2012), APSR 106(3); Machikarte Gender Speech Ratio; Gini (1912)",
  "preferences-ignored":
    "IAP2 Spectrum ('we will implement what you decide'); OECD (2020) principle 2 (accountability); Involve standard 10; OGP reasoned response",
  "commitments-overdue":
    "OECD (2020) principle 2 (respond in a timely manner, regular public progress reports); OGP IRM completion levels",
  "low-follow-through":
    "OGP IRM completion levels ('high-completion' = substantial or complete), assessed four months after the plan ends; NRGI on unimplemented OGP commitments",
  "confidence-falling":
    "DCMS Community Life Survey (significant changes only); Scottish National Performance Framework (±1.3 points = maintaining); Cliff (1993), Psychological Bulletin 114(3)",
  "too-early":
    "What Works Centre for Wellbeing (2020), Joint decision-making, co-production and meaningful community participation; People's Health Trust (D. Pearmain) on Active Communities; OGP IRM (4 months after plan end)",
};

/**
 * The stable ids of the flags.
 *
 * @category process
 */
export type FlagId =
  | "level-overclaimed"
  | "decided-before-involvement"
  | "no-feedback"
  | "power-concentrated"
  | "unrepresentative"
  | "voice-unequal"
  | "preferences-ignored"
  | "commitments-overdue"
  | "low-follow-through"
  | "confidence-falling"
  | "too-early";

/** Every {@link FlagId}. @category process */
export const FLAG_IDS: readonly FlagId[] = [
  "level-overclaimed",
  "decided-before-involvement",
  "no-feedback",
  "power-concentrated",
  "unrepresentative",
  "voice-unequal",
  "preferences-ignored",
  "commitments-overdue",
  "low-follow-through",
  "confidence-falling",
  "too-early",
];
