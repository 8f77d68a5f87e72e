/**
 * Which result is this? co-decide's result types carry no tag (they are plain data an app may have
 * stored and read back), so {@link resultKind} tells them apart by their structure: the keys each
 * type alone has, and the types of their values.
 *
 * Detection order, and the keys each kind is recognised by (only top-level keys are read, so the
 * check costs the same for a ten-line result as for a city's count):
 *
 * | order | kind | keys |
 * | --- | --- | --- |
 * | 1 | `allocation` ({@link Allocation}) | `budget`, `totalCost`, `leftover` strings; `winners`, `rounds` arrays |
 * | 2 | `apportionment` ({@link Apportionment}) | `seats` an object (not a number), `totalSeats` a number, `parties` an array |
 * | 3 | `resolution` ({@link Resolution}) | `rule` a string, `status` one of `passed`, `failed`, `not-quorate`, `blocked`, `requirements` an array |
 * | 4 | `panel` ({@link Panel}) | `panel` an array, `probabilities` and `draw` objects, `quotas` an array |
 * | 5 | `power` ({@link PowerResult}) | `index` a string, `players` an array, `values` an object |
 * | 6 | `ledger-metrics` ({@link LedgerMetrics}) | `asOf` a string; `overall`, `byOwner`, `byParty` objects |
 * | 7 | `committee-check` ({@link CheckResult}) | `property` a string, `holds` a boolean |
 * | 8 | `assessment` ({@link Assessment}) | `processId` and `asOf` strings, `factors` an object, `flags` an array |
 * | 9 | an election outcome ({@link Outcome}) | `method` a string; `candidates`, `winners`, `tieBreaks`, `explanation` arrays; then: |
 * | 9a | `stv` ({@link StvOutcome}) | also `quota` and `validVotes` strings and `rounds` an array |
 * | 9b | `committee` ({@link CommitteeOutcome}, {@link ApprovalCommitteeOutcome}, {@link CpoStvOutcome}) | also `seats` a number, or `committees` an array, or `outcomes` a number (CPO-STV) |
 * | 9c | `outcome` (single-winner and ranking methods, with `rounds` for IRV-like counts) | nothing more |
 *
 * Why this order: the specific types come before the outcome family, whose common keys are the
 * loosest test; an `Allocation` has `winners`, `rounds` and `tieBreaks` like an outcome but no
 * `candidates`, and it is tested first anyway so that a future field cannot make it look like one.
 * No two rows can match the same result of the library: each row names a key of a type that no
 * other type has (`budget`, `totalSeats`, `requirements`, `panel`, `players`, `byOwner`, `holds`,
 * `candidates`).
 *
 * @module
 */

import type { LedgerMetrics } from "../commitments/index.js";
import type {
  Allocation,
  Apportionment,
  ApprovalCommitteeOutcome,
  CheckResult,
  CommitteeOutcome,
  CpoStvOutcome,
  StvOutcome,
} from "../committees/index.js";
import type { Outcome } from "../core/outcome.js";
import type { Panel, Resolution } from "../deliberation/index.js";
import type { PowerResult } from "../power/index.js";
import type { Assessment } from "../process/index.js";

/**
 * The kinds of result `co-decide/render` can show (see {@link resultKind} for how each is
 * recognised).
 *
 * - `outcome`: a single-winner or ranking method's {@link Outcome} (with `rounds` for IRV-like
 *   counts, the pairwise matrix for Condorcet methods);
 * - `stv`: an STV count ({@link StvOutcome}), with its quota and stages;
 * - `committee`: another multi-seat outcome ({@link CommitteeOutcome},
 *   {@link ApprovalCommitteeOutcome}, {@link CpoStvOutcome});
 * - `allocation`: a participatory budget ({@link Allocation});
 * - `apportionment`: seats shared among parties ({@link Apportionment});
 * - `resolution`: a decision rule's result ({@link Resolution});
 * - `panel`: a citizens' panel drawn by lot ({@link Panel});
 * - `power`: a power index ({@link PowerResult});
 * - `ledger-metrics`: a commitments ledger's follow-through ({@link LedgerMetrics});
 * - `committee-check`: a proportionality check of an approval committee ({@link CheckResult}).
 *
 * - `assessment`: a joint decision process assessed (`Assessment`, from `co-decide/process`).
 *
 * @category rendering
 */
export type RenderKind =
  | "outcome"
  | "stv"
  | "committee"
  | "allocation"
  | "apportionment"
  | "resolution"
  | "panel"
  | "power"
  | "ledger-metrics"
  | "committee-check"
  | "assessment";

/**
 * Every result type `co-decide/render` can show.
 *
 * @category rendering
 */
export type RenderableResult =
  | Outcome
  | StvOutcome
  | CommitteeOutcome
  | ApprovalCommitteeOutcome
  | CpoStvOutcome
  | Allocation
  | Apportionment
  | Resolution
  | Panel
  | PowerResult
  | LedgerMetrics
  | CheckResult
  | Assessment;

/**
 * Tells which kind of result a value is, by its structure, or `undefined` when it is none of them.
 *
 * @remarks
 * Reads only top-level keys, in the order of the module's table (the specific types first, then
 * the election outcomes: STV, other multi-seat, single-winner). O(1). Never throws, whatever the
 * value (a proxy or a getter that throws is read as "not a result").
 *
 * @param result - any value, typically what a co-decide function returned (the `right` of its
 * `Either`).
 * @returns the {@link RenderKind}, or `undefined`.
 *
 * @example An IRV count is an outcome
 * ```ts
 * import { resultKind } from "co-decide/render";
 * import { decide } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const outcome = decide({ method: "irv", candidates: ["a", "b"], ballots: ["a>b", "b>a", "a"] });
 * E.isRight(outcome) && resultKind(outcome.right); // => "outcome"
 * resultKind({ hello: "world" }); // => undefined
 * ```
 *
 * @category rendering
 */
export const resultKind = (result: unknown): RenderKind | undefined => {
  try {
    return kindOf(result);
  } catch {
    return undefined;
  }
};

type Fields = Readonly<Record<string, unknown>>;

const RESOLUTION_STATUSES: readonly unknown[] = ["passed", "failed", "not-quorate", "blocked"];

const kindOf = (value: unknown): RenderKind | undefined => {
  if (!isObject(value) || Array.isArray(value)) return undefined;
  const r = value as Fields;
  if (
    isString(r["budget"]) &&
    isString(r["totalCost"]) &&
    isString(r["leftover"]) &&
    Array.isArray(r["winners"]) &&
    Array.isArray(r["rounds"])
  )
    return "allocation";
  if (
    isObject(r["seats"]) &&
    !Array.isArray(r["seats"]) &&
    typeof r["totalSeats"] === "number" &&
    Array.isArray(r["parties"])
  )
    return "apportionment";
  if (
    isString(r["rule"]) &&
    RESOLUTION_STATUSES.includes(r["status"]) &&
    Array.isArray(r["requirements"])
  )
    return "resolution";
  if (
    Array.isArray(r["panel"]) &&
    isObject(r["probabilities"]) &&
    Array.isArray(r["quotas"]) &&
    isObject(r["draw"])
  )
    return "panel";
  if (isString(r["index"]) && Array.isArray(r["players"]) && isObject(r["values"])) return "power";
  if (
    isString(r["asOf"]) &&
    isObject(r["overall"]) &&
    isObject(r["byOwner"]) &&
    isObject(r["byParty"])
  )
    return "ledger-metrics";
  if (isString(r["property"]) && typeof r["holds"] === "boolean") return "committee-check";
  if (
    isString(r["processId"]) &&
    isString(r["asOf"]) &&
    isObject(r["factors"]) &&
    Array.isArray(r["flags"])
  )
    return "assessment";
  if (
    isString(r["method"]) &&
    Array.isArray(r["candidates"]) &&
    Array.isArray(r["winners"]) &&
    Array.isArray(r["tieBreaks"]) &&
    Array.isArray(r["explanation"])
  ) {
    if (isString(r["quota"]) && isString(r["validVotes"]) && Array.isArray(r["rounds"]))
      return "stv";
    if (
      typeof r["seats"] === "number" ||
      Array.isArray(r["committees"]) ||
      typeof r["outcomes"] === "number"
    )
      return "committee";
    return "outcome";
  }
  return undefined;
};

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

const isString = (value: unknown): value is string => typeof value === "string";
