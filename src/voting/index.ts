/**
 * Voting: single-winner and ranking methods, exact and explained, the registry that lists them,
 * and `decide`, the boundary that runs any of them on an election spec.
 *
 * @module co-decide/voting
 */

export type {
  AnyMethodDefinition,
  MethodContext,
  MethodDefinition,
  MethodLimits,
  MethodProperty,
} from "../counting/method.js";
export { type AntiPluralityOptions, antiPlurality, antiPluralityMethod } from "./anti-plurality.js";
export { type ApprovalOptions, approval, approvalMethod } from "./approval.js";
export { type BaldwinOptions, baldwin, baldwinMethod } from "./baldwin.js";
export { type BordaOptions, type BordaPoints, borda, bordaMethod } from "./borda.js";
export { type BucklinOptions, bucklin, bucklinMethod } from "./bucklin.js";
export {
  BANKS_SET_CANDIDATES,
  type BanksSetOptions,
  type BlackOptions,
  BlackOptionsSchema,
  type BlackOutcome,
  banksSet,
  black,
  blackMethod,
  CONDORCET_METHODS,
  type CondorcetOptions,
  type CondorcetOutcome,
  type CopelandOptions,
  CopelandOptionsSchema,
  type CopelandOutcome,
  condorcetLoser,
  condorcetWinner,
  copeland,
  copelandMethod,
  type DefeatStrength,
  DODGSON_WORK,
  type DodgsonOptions,
  DodgsonOptionsSchema,
  type DodgsonOutcome,
  type DodgsonTidemanOptions,
  DodgsonTidemanOptionsSchema,
  dodgson,
  dodgsonMethod,
  dodgsonTideman,
  dodgsonTidemanMethod,
  KEMENY_YOUNG_MAX_CANDIDATES,
  KEMENY_YOUNG_MAX_LISTED,
  type KemenyYoungOptions,
  KemenyYoungOptionsSchema,
  type KemenyYoungOutcome,
  kemenyYoung,
  kemenyYoungMethod,
  type MinimaxOptions,
  MinimaxOptionsSchema,
  type MinimaxOutcome,
  type MinimaxVariant,
  minimax,
  minimaxMethod,
  RANKED_PAIRS_SEARCH_LIMIT,
  type RankedPair,
  type RankedPairsOptions,
  RankedPairsOptionsSchema,
  type RankedPairsOutcome,
  type RankedPairsStrength,
  RIVER_TIE_STATES,
  type RiverOptions,
  RiverOptionsSchema,
  type RiverOutcome,
  rankedPairs,
  rankedPairsMethod,
  river,
  riverMethod,
  type SchulzeOptions,
  SchulzeOptionsSchema,
  type SchulzeOutcome,
  SIMPLE_STABLE_VOTING_CANDIDATES,
  type SimpleStableVotingOptions,
  SimpleStableVotingOptionsSchema,
  SLATER_CANDIDATES,
  type SlaterOptions,
  SlaterOptionsSchema,
  type SlaterOutcome,
  type SplitCycleDefeat,
  type SplitCycleOptions,
  SplitCycleOptionsSchema,
  type SplitCycleOutcome,
  STABLE_VOTING_MAX_CANDIDATES,
  type StableVotingOptions,
  StableVotingOptionsSchema,
  type StableVotingOutcome,
  type StableVotingPair,
  schulze,
  schulzeMethod,
  schwartzSet,
  simpleStableVoting,
  simpleStableVotingMethod,
  slater,
  slaterMethod,
  smithSet,
  splitCycle,
  splitCycleMethod,
  stableVoting,
  stableVotingMethod,
  uncoveredSet,
} from "./condorcet/index.js";
export {
  type ContingentOptions,
  ContingentOptionsSchema,
  contingent,
  contingentMethod,
} from "./contingent.js";
export { type CoombsOptions, coombs, coombsMethod } from "./coombs.js";
export {
  type CumulativeOptions,
  CumulativeOptionsSchema,
  cumulative,
  cumulativeMethod,
} from "./cumulative.js";
export { createDecide, type Decide, decide } from "./decide.js";
export { type DecideTallySpec, decideTally, tallyKindOf } from "./decide-tally.js";
export { type DowdallOptions, dowdall, dowdallMethod } from "./dowdall.js";
export {
  benham,
  benhamMethod,
  btrIrv,
  btrIrvMethod,
  condorcetIrv,
  condorcetIrvMethod,
  HYBRID_METHODS,
  type HybridOptions,
  HybridOptionsSchema,
  type SmithMinimaxOptions,
  SmithMinimaxOptionsSchema,
  smithIrv,
  smithIrvMethod,
  smithMinimax,
  smithMinimaxMethod,
  type TidemanAlternativeOptions,
  TidemanAlternativeOptionsSchema,
  tidemanAlternative,
  tidemanAlternativeMethod,
  woodall,
  woodallMethod,
} from "./hybrids/index.js";
export { type IrvOptions, IrvOptionsSchema, irv, irvMethod } from "./irv.js";
export {
  type MajorityGauge,
  type MajorityJudgmentOptions,
  type MajorityJudgmentOutcome,
  majorityJudgment,
  majorityJudgmentMethod,
} from "./majority-judgment.js";
export {
  MAXIMAL_LOTTERY_CANDIDATES,
  MAXIMAL_LOTTERY_SYSTEMS,
  type MaximalLotteryOptions,
  MaximalLotteryOptionsSchema,
  type MaximalLotteryOutcome,
  maximalLottery,
  maximalLotteryMethod,
} from "./maximal-lottery.js";
export { methodsTable } from "./methods-table.js";
export { type NansonOptions, nanson, nansonMethod } from "./nanson.js";
export { type PluralityOptions, plurality, pluralityMethod } from "./plurality.js";
export {
  type PositionalOptions,
  PositionalOptionsSchema,
  positional,
  positionalMethod,
} from "./positional.js";
export {
  type PositiveNegativeOptions,
  PositiveNegativeOptionsSchema,
  positiveNegative,
  positiveNegativeMethod,
} from "./positive-negative.js";
export {
  type LotteryDraw,
  type LotteryOutcome,
  type RandomDictatorOptions,
  RandomDictatorOptionsSchema,
  randomDictator,
  randomDictatorMethod,
} from "./random-dictator.js";
export { getMethod, listMethods, METHODS } from "./registry.js";
export { type ScoreOptions, score, scoreMethod } from "./score.js";
export { type StarOptions, star, starMethod } from "./star.js";
export { type TwoRoundOptions, twoRound, twoRoundMethod } from "./two-round.js";
export {
  type UsualJudgmentOptions,
  usualJudgment,
  usualJudgmentMethod,
} from "./usual-judgment.js";
