/**
 * Render: pure text views of every co-decide result, to show the room why it came out as it did.
 * Markdown tables (`toMarkdown`) and SVG charts (`toSvg`), as strings: no DOM, no Node APIs, the
 * same string for the same result. See `docs/showing-results.md`.
 *
 * This module reads the other modules' result types only (it imports their types, and runtime
 * code from `core` alone), so a page that renders a stored result need not load the methods.
 *
 * @module co-decide/render
 */

export { type RenderableResult, type RenderKind, resultKind } from "./kind.js";
export { allocationToMarkdown, apportionmentToMarkdown } from "./markdown/budgets.js";
export { panelToMarkdown, resolutionToMarkdown } from "./markdown/deliberation.js";
export {
  committeeCheckToMarkdown,
  ledgerMetricsToMarkdown,
  powerToMarkdown,
} from "./markdown/measures.js";
export { MARKDOWN_CELLS, type MarkdownOptions, type PoolMember } from "./markdown/options.js";
export { committeeToMarkdown, outcomeToMarkdown, stvToMarkdown } from "./markdown/outcome.js";
export { assessmentToMarkdown } from "./markdown/process.js";
export { toMarkdown } from "./markdown/to-markdown.js";
export { apportionmentChart } from "./svg/apportionment.js";
export { type BudgetChartOptions, type BudgetChartProject, budgetChart } from "./svg/budget.js";
export { followThroughChart } from "./svg/follow-through.js";
export { type LorenzChartInput, lorenzChart } from "./svg/lorenz.js";
export { type PairwiseChartInput, pairwiseChart } from "./svg/pairwise.js";
export { type PanelChartOptions, type PanelChartPoolMember, panelChart } from "./svg/panel.js";
export { type PowerChartOptions, powerChart } from "./svg/power.js";
export { type RoundsChartInput, roundsChart } from "./svg/rounds.js";
export { type ScoresChartInput, scoresChart } from "./svg/scores.js";
export {
  DEFAULT_SVG_COLORS,
  OKABE_ITO,
  SVG_MARKS_LIMIT,
  type SvgColors,
  type SvgOptions,
} from "./svg/svg.js";
export { commitmentsTimeline, type TimelineOptions } from "./svg/timeline.js";
export { type OutcomeChart, type ToSvgOptions, toSvg } from "./svg/to-svg.js";
