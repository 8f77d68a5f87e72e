/**
 * Deliberation: decision rules for proposals (majority, supermajority, unanimity, double majority,
 * sociocratic consent, consensus, Kaner's gradients of agreement, fist-to-five, each with a
 * quorum), quadratic voting and quadratic funding, and sortition (selecting a citizens' panel by
 * lot with quotas, from a public seed) (DESIGN.md 3.6).
 *
 * @module co-decide/deliberation
 */

export { LP_TOLERANCE, SORTITION_ITERATIONS_LIMIT, SORTITION_LP_POOL_LIMIT } from "./leximin.js";
export { NASH_TOLERANCE } from "./nash.js";
export type {
  Panel,
  PanelDraw,
  ProbabilityEstimate,
  QuotaResult,
  SortitionMethod,
} from "./panel.js";
export {
  type FundedProject,
  QUADRATIC_FUNDING_CONTRIBUTIONS_LIMIT,
  QUADRATIC_FUNDING_PAIRS_LIMIT,
  type QuadraticFundingResult,
  type QuadraticFundingVariant,
  quadraticFunding,
} from "./quadratic-funding.js";
export {
  QUADRATIC_VOTE_LIMIT,
  type QuadraticVoteResult,
  quadraticVote,
} from "./quadratic-voting.js";
export type {
  Comparison,
  ReasonedResponse,
  Requirement,
  Resolution,
  ResolutionStatus,
  RuleId,
} from "./resolution.js";
export {
  RESOLVE_MEMBERS_LIMIT,
  RESOLVE_RESPONSES_LIMIT,
  RULE_IDS,
  RULE_STANCES,
  resolve,
} from "./resolve.js";
export { selectPanelAsync } from "./select-panel-async.js";
export { SORTITION_POOL_LIMIT, SORTITION_SAMPLES_LIMIT, selectPanel } from "./sortition.js";
