/**
 * `toSvg`: the chart of any result, chosen by the result's kind ({@link resultKind}).
 *
 * @module
 */
import type { LedgerState } from "../../commitments/reducer.js";
import type { Outcome } from "../../core/outcome.js";
import { type RenderableResult, resultKind } from "../kind.js";
import { apportionmentChart } from "./apportionment.js";
import { type BudgetChartProject, budgetChart } from "./budget.js";
import { followThroughChart } from "./follow-through.js";
import { pairwiseChart } from "./pairwise.js";
import { type PanelChartPoolMember, panelChart } from "./panel.js";
import { powerChart } from "./power.js";
import { roundsChart } from "./rounds.js";
import { scoresChart } from "./scores.js";
import { notice, type SvgOptions, styleOf } from "./svg.js";
import { commitmentsTimeline } from "./timeline.js";

/**
 * The charts of an election outcome, for {@link ToSvgOptions.chart}.
 *
 * @category rendering
 */
export type OutcomeChart = "rounds" | "pairwise" | "scores";

/**
 * Options of {@link toSvg}: {@link SvgOptions}, and what some charts need beside the result.
 *
 * @category rendering
 */
export interface ToSvgOptions extends SvgOptions {
  /**
   * For an election outcome, which chart: `rounds` (the round-by-round flow), `pairwise` (the heat
   * map) or `scores` (bars). Default: the first the outcome has, in that order.
   */
  readonly chart?: OutcomeChart | undefined;
  /** For a `PowerResult`: the seats (or weights) to draw beside the power ({@link powerChart}). */
  readonly seats?: Readonly<Record<string, number | string>> | undefined;
  /** For an `Allocation`: every project, so those not funded are drawn ({@link budgetChart}). */
  readonly projects?: readonly BudgetChartProject[] | undefined;
  /** For a `Panel`: the pool, to group the probabilities ({@link panelChart}). */
  readonly pool?: readonly PanelChartPoolMember[] | undefined;
  /**
   * For `LedgerMetrics`: the ledger state they were computed from; with it, the chart is the
   * {@link commitmentsTimeline} as of the metrics' date, without it the {@link followThroughChart}.
   */
  readonly ledger?: LedgerState | undefined;
}

/** Does the outcome's explanation carry the pairwise matrix? */
const hasPairwise = (outcome: Outcome): boolean =>
  Array.isArray(outcome.explanation) &&
  outcome.explanation.some((s) => s !== null && typeof s === "object" && s.kind === "pairwise");

const hasRounds = (outcome: Outcome): boolean =>
  Array.isArray(outcome.rounds) && outcome.rounds.length > 0;

const hasScores = (outcome: Outcome): boolean =>
  outcome.scores !== null &&
  typeof outcome.scores === "object" &&
  Object.keys(outcome.scores).length > 0;

/** The election outcomes' chart: the one asked for, else the first the outcome has. */
const outcomeChart = (outcome: Outcome, options: ToSvgOptions | undefined): string => {
  const asked = options?.chart;
  const chart: OutcomeChart | undefined =
    asked === "rounds" || asked === "pairwise" || asked === "scores"
      ? asked
      : hasRounds(outcome)
        ? "rounds"
        : hasPairwise(outcome)
          ? "pairwise"
          : hasScores(outcome)
            ? "scores"
            : undefined;
  switch (chart) {
    case "rounds":
      return roundsChart(outcome, options);
    case "pairwise":
      return pairwiseChart(outcome, options);
    case "scores":
      return scoresChart(outcome, options);
    default:
      return notice(
        "outcome",
        `${typeof outcome.method === "string" ? outcome.method : "Outcome"}: ${
          Array.isArray(outcome.winners) ? outcome.winners.join(", ") : ""
        }`,
        "This outcome has no rounds, pairwise matrix or scores to draw; toMarkdown lists its explanation.",
        styleOf(options),
      );
  }
};

/**
 * Draws any co-decide result as an SVG chart: the round-by-round flow of an IRV or STV count, the
 * pairwise heat map of a Condorcet method, score bars, seats against power, a budget allocation,
 * selection probabilities by group, follow-through or the commitments timeline, apportionment
 * seats.
 *
 * @remarks
 * The chart follows the result's kind ({@link resultKind}):
 *
 * | kind | chart |
 * | --- | --- |
 * | `outcome`, `committee` | {@link roundsChart} when it has rounds, else {@link pairwiseChart} when its explanation has the pairwise matrix, else {@link scoresChart}; `options.chart` picks one |
 * | `stv` | {@link roundsChart}, with the quota |
 * | `allocation` | {@link budgetChart} (`options.projects` adds the projects not funded) |
 * | `apportionment` | {@link apportionmentChart} |
 * | `panel` | {@link panelChart} (`options.pool` groups the probabilities) |
 * | `power` | {@link powerChart} (`options.seats` adds the seat shares) |
 * | `ledger-metrics` | {@link commitmentsTimeline} with `options.ledger`, else {@link followThroughChart} |
 * | `resolution`, `committee-check`, anything else | a one-line chart saying there is nothing to draw (use `toMarkdown`) |
 *
 * The Lorenz curve ({@link lorenzChart}) and the timeline of a ledger state
 * ({@link commitmentsTimeline}) are not results of a single call, so they are drawn by their own
 * functions. Every chart: `role="img"` with `<title>` and `<desc>` (the figures in words) named by
 * `aria-labelledby`; the colour-blind-safe Okabe-Ito palette ({@link OKABE_ITO}), never colour
 * alone; no fonts, scripts, links or images from outside; the same result and options give the
 * same bytes (numbers at fixed precision, ids derived from the content, no clock); every string
 * from the result XML-escaped. A chart past its work limit ({@link SVG_MARKS_LIMIT}) is returned as
 * an SVG that says so. Never throws on any value of the declared types.
 *
 * @param result - any result of the library (the `right` of the `Either` it returned).
 * @param options - sizes, colours and font ({@link SvgOptions}), and what some charts need beside
 * the result.
 * @returns the SVG document as a string.
 *
 * @example An IRV count, round by round
 * ```ts
 * import { toSvg } from "co-decide/render";
 * import { decide } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const outcome = decide({ method: "irv", candidates: ["a", "b", "c"],
 *   ballots: [{ ranking: [["a"]], count: 4 }, { ranking: [["b"], ["c"]], count: 3 },
 *             { ranking: [["c"], ["b"]], count: 2 }] });
 * E.isRight(outcome) && toSvg(outcome.right, { width: 600 });
 * // => '<svg xmlns="http://www.w3.org/2000/svg" width="600" ... data-chart="rounds" ...'
 * ```
 *
 * @category rendering
 */
export const toSvg = (result: RenderableResult, options?: ToSvgOptions): string => {
  const kind = resultKind(result);
  switch (kind) {
    case "outcome":
    case "committee":
      return outcomeChart(result as Outcome, options);
    case "stv":
      return roundsChart(result as Extract<RenderableResult, { validVotes: string }>, options);
    case "allocation":
      return budgetChart(result as Extract<RenderableResult, { leftover: string }>, options);
    case "apportionment":
      return apportionmentChart(
        result as Extract<RenderableResult, { totalSeats: number }>,
        options,
      );
    case "panel":
      return panelChart(result as Extract<RenderableResult, { draw: unknown }>, options);
    case "power":
      return powerChart(
        result as Extract<RenderableResult, { players: readonly string[] }>,
        options,
      );
    case "ledger-metrics": {
      const metrics = result as Extract<RenderableResult, { byOwner: unknown }>;
      const ledger = options?.ledger;
      return ledger !== undefined && ledger !== null && typeof ledger === "object"
        ? commitmentsTimeline(ledger, { ...options, asOf: metrics.asOf })
        : followThroughChart(metrics, options);
    }
    default:
      return notice(
        kind ?? "unknown",
        kind === undefined ? "Not a co-decide result" : `A ${kind} result`,
        kind === undefined
          ? "This value is not a result co-decide can draw."
          : `There is no chart for a ${kind} result; toMarkdown shows it as a table.`,
        styleOf(options),
      );
  }
};
