/**
 * Process: one joint decision read through voting, power and commitments over the years it takes.
 *
 * A `JointProcess` records who took part in which stage, who set the agenda, which body held the
 * decision right, what was promised and how people answered survey questions; `assessProcess`
 * measures it under the five factors of the What Works Centre for Wellbeing (2020) review (depth,
 * power, follow-through, time, moment) and raises flags with their evidence, threshold and source.
 * See `docs/assessing-a-process.md`.
 *
 * @module process
 */
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
