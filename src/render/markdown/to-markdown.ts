/**
 * `toMarkdown`: any result of the library, as Markdown a person can read.
 *
 * @module
 */

import type { LedgerMetrics } from "../../commitments/index.js";
import type {
  Allocation,
  Apportionment,
  CheckResult,
  CommitteeOutcome,
  StvOutcome,
} from "../../committees/index.js";
import type { Outcome } from "../../core/outcome.js";
import type { Panel, Resolution } from "../../deliberation/index.js";
import type { PowerResult } from "../../power/index.js";
import type { Assessment } from "../../process/index.js";
import { type RenderableResult, resultKind } from "../kind.js";
import { allocationToMarkdown, apportionmentToMarkdown } from "./budgets.js";
import { panelToMarkdown, resolutionToMarkdown } from "./deliberation.js";
import { committeeCheckToMarkdown, ledgerMetricsToMarkdown, powerToMarkdown } from "./measures.js";
import { type MarkdownOptions, note } from "./options.js";
import { committeeToMarkdown, outcomeToMarkdown, stvToMarkdown } from "./outcome.js";
import { assessmentToMarkdown } from "./process.js";

/** What {@link toMarkdown} says of a value that is no result it knows. */
const UNKNOWN =
  "Nothing to show: this value is not a co-decide result that toMarkdown knows (an election outcome, an STV count, a committee, a budget allocation, an apportionment, a decision, a panel, a power index, ledger metrics, a committee check or a process assessment).";

/**
 * Shows any result of the library as Markdown a person can read: tables of the numbers behind the
 * decision and the explanation's steps, for a facilitator or a returning officer to show the room
 * why it came out as it did.
 *
 * @remarks
 * Tells the result's kind with {@link resultKind} and hands it to that kind's view:
 * {@link outcomeToMarkdown}, {@link stvToMarkdown}, {@link committeeToMarkdown},
 * {@link allocationToMarkdown}, {@link apportionmentToMarkdown}, {@link resolutionToMarkdown},
 * {@link panelToMarkdown}, {@link powerToMarkdown}, {@link ledgerMetricsToMarkdown} or
 * {@link committeeCheckToMarkdown} (each says what it shows). A value that is none of them gives a
 * one-line note (a Markdown block quote) saying so, as does a result past the cell limit
 * (`options.maxCells`, {@link MARKDOWN_CELLS}) or a bad `maxCells`.
 *
 * Every user string is escaped (names may hold `|`, `*`, line breaks or HTML: they show as
 * written and cannot break a table or inject markup). Pure and deterministic: the same result
 * and options always give the same string. Cost: linear in the table cells written, which the
 * view estimates before it starts. Never throws, whatever it is given.
 *
 * @param result - what a co-decide function returned (the `right` of its `Either`); a result read
 * back from JSON works the same.
 * @param options - heading level, title, whether to list the explanation, the pool of a panel,
 * the cell limit.
 * @returns the Markdown text, ending with a newline.
 *
 * @example An instant-runoff count, round by round
 * ```ts
 * import { toMarkdown } from "co-decide/render";
 * import { decide } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const outcome = decide({
 *   method: "irv", candidates: ["a", "b", "c"],
 *   ballots: ["a>b>c", "a>b>c", "b>c>a", "c>b>a", "c>b>a"],
 * });
 * E.isRight(outcome) && toMarkdown(outcome.right);
 * // => "## Result: irv\n\n- **Winner:** c\n\n### Ranking\n...\n### Rounds\n\n| candidate | round 1 | round 2 |\n..."
 * toMarkdown({ hello: "world" } as never);
 * // => "> Nothing to show: this value is not a co-decide result that toMarkdown knows (...).\n"
 * ```
 *
 * @category rendering
 */
export const toMarkdown = (result: RenderableResult, options?: MarkdownOptions): string => {
  switch (resultKind(result)) {
    case "outcome":
      return outcomeToMarkdown(result as Outcome, options);
    case "stv":
      return stvToMarkdown(result as StvOutcome, options);
    case "committee":
      return committeeToMarkdown(result as CommitteeOutcome, options);
    case "allocation":
      return allocationToMarkdown(result as Allocation, options);
    case "apportionment":
      return apportionmentToMarkdown(result as Apportionment, options);
    case "resolution":
      return resolutionToMarkdown(result as Resolution, options);
    case "panel":
      return panelToMarkdown(result as Panel, options);
    case "power":
      return powerToMarkdown(result as PowerResult, options);
    case "ledger-metrics":
      return ledgerMetricsToMarkdown(result as LedgerMetrics, options);
    case "committee-check":
      return committeeCheckToMarkdown(result as CheckResult, options);
    case "assessment":
      return assessmentToMarkdown(result as Assessment, options);
    default:
      return note(UNKNOWN);
  }
};
