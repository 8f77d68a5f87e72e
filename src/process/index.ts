/**
 * Process: one joint decision read through voting, power and commitments over the years it takes.
 *
 * A `JointProcess` records who took part in which stage, who set the agenda, which body held the
 * decision right, what was promised and how people answered survey questions; `assessProcess`
 * measures it under the five factors of the What Works Centre for Wellbeing (2020) review (depth,
 * power, follow-through, time, moment) and raises flags with their evidence, threshold and source.
 * See `docs/assessing-a-process.md`.
 *
 * @module co-decide/process
 */

export {
  type Assessment,
  type AssessOptions,
  assessProcess,
  BOOTSTRAP_LIMIT,
  type Factor,
  type Flag,
  type Indicator,
  type JsonValue,
  type Severity,
} from "./assess.js";
export {
  type Body,
  type BodyMember,
  CLAIMED_LEVELS,
  type ClaimedLevel,
  type Decision,
  type Feedback,
  type JointProcess,
  JointProcessSchema,
  type Person,
  type Population,
  PROCESS_VERSION,
  type Preferences,
  type Recommendation,
  STAGE_KINDS,
  type Stage,
  type StageKind,
  type StoredResult,
  type Survey,
  type SurveyAnswer,
  type SurveyWave,
} from "./model.js";
export {
  type AssessmentPoint,
  assessOverTime,
  type OverTimeOptions,
  POINTS_LIMIT,
} from "./over-time.js";
export { type ParseProcessOptions, PROCESS_ITEMS_LIMIT, parseProcess } from "./parse.js";
export type { SurveyTrend, WaveSummary } from "./survey.js";
export {
  DEFAULT_THRESHOLDS,
  FLAG_IDS,
  FLAG_SOURCES,
  type FlagId,
  THRESHOLDS,
  type ThresholdDefault,
  type Thresholds,
} from "./thresholds.js";
