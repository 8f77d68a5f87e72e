/**
 * Power balance: who really holds power in a weighted vote, how unequal voice and influence are,
 * how proportional a body is, whose preferences won, and how deep the engagement goes.
 *
 * @module co-decide/power
 */
export { banzhaf, penrose } from "./banzhaf.js";
export { colemanCollectivity, colemanInitiate, colemanPrevent } from "./coleman.js";
export { deeganPackel, type EnumerationOptions } from "./deegan-packel.js";
export {
  type ArnsteinRung,
  assessEngagement,
  classifyEngagement,
  DECISION_RIGHTS,
  type DecisionRight,
  type EngagementAssessment,
  type EngagementDescription,
  type Iap2Level,
} from "./engagement.js";
export {
  isWinning,
  MAX_QUOTAS,
  MAX_SCALED_TOTAL,
  type WeightedGame,
  type WeightedGameSpec,
  type WeightValue,
  weightedGame,
} from "./game.js";
export {
  EXACT_WORK_LIMIT,
  type ExactOptions,
  MAX_EXACT_BANZHAF_WORK,
  MAX_EXACT_MULTI_PLAYERS,
  MAX_EXACT_QUOTA,
  MAX_EXACT_SHAPLEY_CELLS,
  MAX_EXACT_SHAPLEY_WORK,
  type PivotCounts,
  pivotCounts,
  type SwingCounts,
  swingCounts,
} from "./generating.js";
export { atkinson } from "./inequality/atkinson.js";
export { coefficientOfVariation } from "./inequality/coefficient-of-variation.js";
export { type GiniOptions, gini } from "./inequality/gini.js";
export { effectiveNumber, hhi } from "./inequality/hhi.js";
export { hoover } from "./inequality/hoover.js";
export type { InequalityInput } from "./inequality/input.js";
export { type LorenzPoint, lorenzCurve } from "./inequality/lorenz.js";
export { palma } from "./inequality/palma.js";
export { shannonEvenness } from "./inequality/shannon-evenness.js";
export { meanLogDeviation, theil } from "./inequality/theil.js";
export { type TopGroup, topShare } from "./inequality/top-share.js";
export { type InequalityOptions, VALUES_LIMIT } from "./inequality/values.js";
export { johnston } from "./johnston.js";
export {
  DEFAULT_MAX_NODES,
  type MinimalWinningCoalitions,
  type MinimalWinningOptions,
  minimalWinningCoalitions,
  NODES_LIMIT,
} from "./minimal-winning.js";
export { type MonteCarloOptions, monteCarloPower, SAMPLING_WORK_LIMIT } from "./monte-carlo.js";
export { powerIndex } from "./power-index.js";
export {
  type Amounts,
  dhondtMaxAdvantage,
  gallagher,
  loosemoreHanby,
  sainteLagueIndex,
} from "./proportionality.js";
export { publicGood } from "./public-good.js";
export { type Representation, representation } from "./representation.js";
export { POWER_INDEX_IDS, type PowerIndexId, type PowerResult } from "./result.js";
export {
  type GroupGap,
  type GroupSatisfaction,
  SATISFACTION_VOTERS_LIMIT,
  type SatisfactionReport,
  UNGROUPED,
  type VoterSatisfaction,
  whosePreferencesWon,
} from "./satisfaction.js";
export { shapleyShubik } from "./shapley-shubik.js";
