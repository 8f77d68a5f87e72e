/**
 * The registry: every voting method `decide` knows, by its kebab-case id.
 *
 * The list and its index are built by calls marked pure, so a bundle that imports one method (or
 * `createDecide` with a few) leaves the registry, and every method only it reaches, out.
 *
 * @module
 */

import { COMMITTEE_METHODS } from "../committees/registry.js";
import { pure } from "../core/internal/pure.js";
import type { AnyMethodDefinition } from "../counting/method.js";
import { antiPluralityMethod } from "./anti-plurality.js";
import { approvalMethod } from "./approval.js";
import { baldwinMethod } from "./baldwin.js";
import { bordaMethod } from "./borda.js";
import { bucklinMethod } from "./bucklin.js";
import { CONDORCET_METHODS } from "./condorcet/index.js";
import { contingentMethod } from "./contingent.js";
import { coombsMethod } from "./coombs.js";
import { cumulativeMethod } from "./cumulative.js";
import { dowdallMethod } from "./dowdall.js";
import { HYBRID_METHODS } from "./hybrids/index.js";
import { irvMethod } from "./irv.js";
import { majorityJudgmentMethod } from "./majority-judgment.js";
import { maximalLotteryMethod } from "./maximal-lottery.js";
import { nansonMethod } from "./nanson.js";
import { pluralityMethod } from "./plurality.js";
import { positionalMethod } from "./positional.js";
import { positiveNegativeMethod } from "./positive-negative.js";
import { randomDictatorMethod } from "./random-dictator.js";
import { scoreMethod } from "./score.js";
import { starMethod } from "./star.js";
import { twoRoundMethod } from "./two-round.js";
import { usualJudgmentMethod } from "./usual-judgment.js";

/**
 * Every registered method, positional and runoff methods first, then cardinal and graded ones,
 * then the Condorcet family, then the multi-seat methods of `co-decide/committees`.
 *
 * @category registry
 */
export const METHODS: readonly AnyMethodDefinition[] = /* @__PURE__ */ pure(() => [
  pluralityMethod as AnyMethodDefinition,
  antiPluralityMethod as AnyMethodDefinition,
  bordaMethod as AnyMethodDefinition,
  dowdallMethod as AnyMethodDefinition,
  positionalMethod as AnyMethodDefinition,
  twoRoundMethod as AnyMethodDefinition,
  contingentMethod as AnyMethodDefinition,
  irvMethod as AnyMethodDefinition,
  coombsMethod as AnyMethodDefinition,
  bucklinMethod as AnyMethodDefinition,
  nansonMethod as AnyMethodDefinition,
  baldwinMethod as AnyMethodDefinition,
  approvalMethod as AnyMethodDefinition,
  scoreMethod as AnyMethodDefinition,
  cumulativeMethod as AnyMethodDefinition,
  positiveNegativeMethod as AnyMethodDefinition,
  starMethod as AnyMethodDefinition,
  majorityJudgmentMethod as AnyMethodDefinition,
  usualJudgmentMethod as AnyMethodDefinition,
  randomDictatorMethod as AnyMethodDefinition,
  maximalLotteryMethod as AnyMethodDefinition,
  ...CONDORCET_METHODS,
  ...HYBRID_METHODS,
  ...COMMITTEE_METHODS,
]);

const BY_ID: ReadonlyMap<string, AnyMethodDefinition> = /* @__PURE__ */ pure(
  () => new Map(METHODS.map((m) => [m.id, m])),
);

/**
 * The registered method with this id, if any (any string is safe, `__proto__` included).
 *
 * @example
 * ```ts
 * import { getMethod } from "co-decide/voting";
 *
 * getMethod("irv")?.name; // => "Instant runoff (alternative vote)"
 * getMethod("nope"); // => undefined
 * ```
 *
 * @category registry
 */
export const getMethod = (id: string): AnyMethodDefinition | undefined => BY_ID.get(id);

/**
 * Every registered method, in registry order.
 *
 * @example
 * ```ts
 * import { listMethods } from "co-decide/voting";
 *
 * listMethods().map((m) => m.id).includes("borda"); // => true
 * ```
 *
 * @category registry
 */
export const listMethods = (): readonly AnyMethodDefinition[] => METHODS;
