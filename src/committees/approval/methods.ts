/**
 * The approval-committee rules, in the order the guide lists them, for the committee registry.
 *
 * @module
 */
import { pure } from "../../core/internal/pure.js";
import type { AnyMethodDefinition } from "../../counting/method.js";
import { equalSharesMethod, seqPhragmenMethod } from "./budget-rules.js";
import { consensusMethod } from "./consensus.js";
import { greedyMonroeMethod } from "./greedy-monroe.js";
import { maximinSupportMethod } from "./maximin-support.js";
import { lexMinimaxAvMethod, minimaxAvMethod } from "./minimax-av.js";
import { monroeMethod } from "./monroe.js";
import {
  leximaxPhragmenMethod,
  minimaxPhragmenMethod,
  phragmenEnestroemMethod,
} from "./phragmen.js";
import {
  avMethod,
  ccMethod,
  geom2Method,
  geomMethod,
  lexCcMethod,
  pavMethod,
  revSeqPavMethod,
  savMethod,
  seqCcMethod,
  seqPavMethod,
  seqSlavMethod,
  slavMethod,
} from "./thiele.js";

/**
 * Every registered approval-committee rule.
 *
 * @category registry
 */
export const APPROVAL_COMMITTEE_METHODS: readonly AnyMethodDefinition[] = /* @__PURE__ */ pure(
  () =>
    [
      avMethod,
      savMethod,
      pavMethod,
      seqPavMethod,
      revSeqPavMethod,
      slavMethod,
      seqSlavMethod,
      ccMethod,
      seqCcMethod,
      lexCcMethod,
      geom2Method,
      geomMethod,
      minimaxPhragmenMethod,
      leximaxPhragmenMethod,
      seqPhragmenMethod,
      phragmenEnestroemMethod,
      equalSharesMethod,
      maximinSupportMethod,
      monroeMethod,
      greedyMonroeMethod,
      consensusMethod,
      minimaxAvMethod,
      lexMinimaxAvMethod,
    ] as AnyMethodDefinition[],
);
