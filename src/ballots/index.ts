/**
 * Ballots: candidates, the four ballot kinds, the indexed `Profile`, the election spec's zod
 * schemas, file formats, tallies and seeded profile generators.
 *
 * @module co-decide/ballots
 */
export {
  createProfileBuilder,
  type ProfileBuilder,
  type ProfileBuilderOptions,
  type ProfileOf,
} from "./builder.js";
export {
  type ApprovalBits,
  approvalProfileFromRows,
  type RankRows,
  type RankRowsOptions,
  ROWS_CELLS_LIMIT,
  type RowsOptions,
  rankedProfileFromRows,
  type TallyRowsOptions,
  tallyRows,
} from "./columnar.js";
export {
  type BltElection,
  type BltWriteOptions,
  type CsvLayout,
  type CsvReadOptions,
  type CsvWriteOptions,
  GRID_HEADER,
  type ParseProfileOptions,
  type PreflibFormat,
  type PreflibWriteOptions,
  type ProfileFormat,
  parseBlt,
  parseProfile,
  type WriteProfileOptions,
  writeBlt,
  writeProfile,
} from "./formats/index.js";
export {
  type EuclideanOptions,
  euclidean,
  GENERATOR_LIMITS,
  type GeneratorOptions,
  type ImpartialApprovalOptions,
  type ImpartialCultureOptions,
  impartialApproval,
  impartialCulture,
  MAX_VOTERS,
  type MallowsOptions,
  mallows,
  type PolyaUrnOptions,
  polyaUrn,
  type RankedGeneratorOptions,
  type ResamplingApprovalOptions,
  resamplingApproval,
} from "./generate/index.js";
export {
  type ApprovalProfile,
  type BallotKind,
  countOf,
  type GradeProfile,
  NO_GRADE,
  NO_SCORE,
  type Profile,
  type RankedProfile,
  rankingOf,
  type ScoreProfile,
  UNRANKED,
  type UnrankedRule,
} from "./profile.js";
export { type ProfileSpec, parseProfileSpec } from "./profile-spec.js";
export {
  ApprovalBallotSchema,
  type BallotInput,
  BallotSchema,
  CountSchema,
  type ElectionSpecInput,
  ElectionSpecSchema,
  GradeBallotSchema,
  MAX_COUNT_LENGTH,
  RankedBallotSchema,
  ScoreBallotSchema,
  type TieBreakPolicyInput,
  TieBreakPolicySchema,
} from "./schemas.js";
export { formatShorthand, parseShorthand } from "./shorthand.js";
export {
  approvalProfile,
  type ElectionSpec,
  gradeProfile,
  MAX_CANDIDATES,
  MAX_ISSUES,
  type ProfileOptions,
  parseSpec,
  parseSpecWithProfile,
  profileFromSpec,
  type RankedBallotInput,
  rankedProfile,
  SPEC_BALLOTS_LIMIT,
  SPEC_CELLS_LIMIT,
  scoreProfile,
} from "./spec.js";
export {
  type ApprovalTally,
  approvalTally,
  emptyApproval,
  mergeApproval,
} from "./tally/approval.js";
export {
  emptyFirstPreferences,
  type FirstPreferenceTally,
  firstPreferenceScores,
  firstPreferences,
  mergeFirstPreferences,
} from "./tally/first-preferences.js";
export {
  emptyPairwise,
  mergePairwise,
  type PairwiseTally,
  pairwiseTally,
  preferring,
  preferringExact,
} from "./tally/pairwise.js";
export {
  emptyPositional,
  mergePositional,
  type PositionalPlace,
  type PositionalTally,
  positionalTally,
} from "./tally/positional.js";
export { emptyScores, mergeScores, type ScoreTally, scoreTally } from "./tally/scores.js";
export { firstPreferenceShares } from "./tally/shares.js";
export {
  mergeTallies,
  type PairwiseKindTally,
  type ParseTallyOptions,
  parseTally,
  TALLY_CELLS_LIMIT,
  type Tally,
  type TallyJson,
  type TallyKind,
  tallyProfile,
  tallyToJson,
} from "./tally/wire.js";
