/**
 * The Condorcet–IRV hybrids: methods that combine head-to-head contests with instant-runoff
 * eliminations (Smith//IRV, Tideman's Alternative, Benham, Woodall, Condorcet-IRV, bottom-two
 * runoff) and Smith//Minimax.
 *
 * @module
 */
import type { AnyMethodDefinition } from "../../counting/method.js";
import { benhamMethod } from "./benham.js";
import { btrIrvMethod } from "./btr-irv.js";
import { condorcetIrvMethod } from "./condorcet-irv.js";
import { smithIrvMethod } from "./smith-irv.js";
import { smithMinimaxMethod } from "./smith-minimax.js";
import { tidemanAlternativeMethod } from "./tideman-alternative.js";
import { woodallMethod } from "./woodall.js";

export { benham, benhamMethod } from "./benham.js";
export { btrIrv, btrIrvMethod } from "./btr-irv.js";
export { condorcetIrv, condorcetIrvMethod } from "./condorcet-irv.js";
export { type HybridOptions, HybridOptionsSchema } from "./shared.js";
export { smithIrv, smithIrvMethod } from "./smith-irv.js";
export {
  type SmithMinimaxOptions,
  SmithMinimaxOptionsSchema,
  smithMinimax,
  smithMinimaxMethod,
} from "./smith-minimax.js";
export {
  type TidemanAlternativeOptions,
  TidemanAlternativeOptionsSchema,
  tidemanAlternative,
  tidemanAlternativeMethod,
} from "./tideman-alternative.js";
export { woodall, woodallMethod } from "./woodall.js";

/** The registry entries of the Condorcet–IRV hybrids, in the order the guide lists them. @category registry */
export const HYBRID_METHODS: readonly AnyMethodDefinition[] = [
  smithIrvMethod as AnyMethodDefinition,
  tidemanAlternativeMethod as AnyMethodDefinition,
  benhamMethod as AnyMethodDefinition,
  woodallMethod as AnyMethodDefinition,
  condorcetIrvMethod as AnyMethodDefinition,
  btrIrvMethod as AnyMethodDefinition,
  smithMinimaxMethod as AnyMethodDefinition,
];
