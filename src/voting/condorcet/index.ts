/**
 * The Condorcet family: methods that read the pairwise matrix, and the Condorcet winner and loser,
 * Smith and Schwartz sets as functions of a pairwise tally.
 *
 * @module
 */
import type { AnyMethodDefinition } from "../../counting/method.js";
import { blackMethod } from "./black.js";
import { copelandMethod } from "./copeland.js";
import { dodgsonMethod } from "./dodgson.js";
import { dodgsonTidemanMethod } from "./dodgson-tideman.js";
import { kemenyYoungMethod } from "./kemeny-young.js";
import { minimaxMethod } from "./minimax.js";
import { rankedPairsMethod } from "./ranked-pairs.js";
import { riverMethod } from "./river.js";
import { schulzeMethod } from "./schulze.js";
import { simpleStableVotingMethod } from "./simple-stable-voting.js";
import { slaterMethod } from "./slater.js";
import { splitCycleMethod } from "./split-cycle.js";
import { stableVotingMethod } from "./stable-voting.js";

export { BANKS_SET_CANDIDATES, type BanksSetOptions, banksSet } from "./banks-set.js";
export {
  type BlackOptions,
  BlackOptionsSchema,
  type BlackOutcome,
  black,
  blackMethod,
} from "./black.js";
export {
  type CopelandOptions,
  CopelandOptionsSchema,
  type CopelandOutcome,
  copeland,
  copelandMethod,
} from "./copeland.js";
export {
  DODGSON_WORK,
  type DodgsonOptions,
  DodgsonOptionsSchema,
  type DodgsonOutcome,
  dodgson,
  dodgsonMethod,
} from "./dodgson.js";
export {
  type DodgsonTidemanOptions,
  DodgsonTidemanOptionsSchema,
  dodgsonTideman,
  dodgsonTidemanMethod,
} from "./dodgson-tideman.js";
export {
  KEMENY_YOUNG_MAX_CANDIDATES,
  KEMENY_YOUNG_MAX_LISTED,
  type KemenyYoungOptions,
  KemenyYoungOptionsSchema,
  type KemenyYoungOutcome,
  kemenyYoung,
  kemenyYoungMethod,
} from "./kemeny-young.js";
export {
  type MinimaxOptions,
  MinimaxOptionsSchema,
  type MinimaxOutcome,
  type MinimaxVariant,
  minimax,
  minimaxMethod,
} from "./minimax.js";
export {
  RANKED_PAIRS_SEARCH_LIMIT,
  type RankedPair,
  type RankedPairsOptions,
  RankedPairsOptionsSchema,
  type RankedPairsOutcome,
  type RankedPairsStrength,
  rankedPairs,
  rankedPairsMethod,
} from "./ranked-pairs.js";
export {
  RIVER_TIE_STATES,
  type RiverOptions,
  RiverOptionsSchema,
  type RiverOutcome,
  river,
  riverMethod,
} from "./river.js";
export {
  type SchulzeOptions,
  SchulzeOptionsSchema,
  type SchulzeOutcome,
  schulze,
  schulzeMethod,
} from "./schulze.js";
export {
  type CondorcetOptions,
  type CondorcetOutcome,
  condorcetLoser,
  condorcetWinner,
  type DefeatStrength,
  schwartzSet,
  smithSet,
} from "./shared.js";
export {
  SIMPLE_STABLE_VOTING_CANDIDATES,
  type SimpleStableVotingOptions,
  SimpleStableVotingOptionsSchema,
  simpleStableVoting,
  simpleStableVotingMethod,
} from "./simple-stable-voting.js";
export {
  SLATER_CANDIDATES,
  type SlaterOptions,
  SlaterOptionsSchema,
  type SlaterOutcome,
  slater,
  slaterMethod,
} from "./slater.js";
export {
  type SplitCycleDefeat,
  type SplitCycleOptions,
  SplitCycleOptionsSchema,
  type SplitCycleOutcome,
  splitCycle,
  splitCycleMethod,
} from "./split-cycle.js";
export {
  STABLE_VOTING_MAX_CANDIDATES,
  type StableVotingOptions,
  StableVotingOptionsSchema,
  type StableVotingOutcome,
  type StableVotingPair,
  stableVoting,
  stableVotingMethod,
} from "./stable-voting.js";
export { uncoveredSet } from "./uncovered-set.js";

/** The registry entries of the Condorcet family, in the order the guide lists them. @category registry */
export const CONDORCET_METHODS: readonly AnyMethodDefinition[] = [
  schulzeMethod as AnyMethodDefinition,
  rankedPairsMethod as AnyMethodDefinition,
  splitCycleMethod as AnyMethodDefinition,
  stableVotingMethod as AnyMethodDefinition,
  copelandMethod as AnyMethodDefinition,
  minimaxMethod as AnyMethodDefinition,
  kemenyYoungMethod as AnyMethodDefinition,
  blackMethod as AnyMethodDefinition,
  dodgsonTidemanMethod as AnyMethodDefinition,
  riverMethod as AnyMethodDefinition,
  simpleStableVotingMethod as AnyMethodDefinition,
  slaterMethod as AnyMethodDefinition,
  dodgsonMethod as AnyMethodDefinition,
];
