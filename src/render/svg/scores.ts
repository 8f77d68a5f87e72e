/**
 * Score bars: each candidate's score (Borda, score voting, approval, Copeland, ...) as a bar, the
 * winners marked.
 *
 * @module
 */
import type { ExactValue } from "../../core/outcome.js";
import { type BarRow, barChart, barMarks } from "./bars.js";
import {
  el,
  exactText,
  floatOf,
  listOf,
  notice,
  own,
  refused,
  type SvgOptions,
  styleOf,
} from "./svg.js";

/**
 * What {@link scoresChart} reads: any `Outcome` with `scores` (Borda, Dowdall, score,
 * approval, STAR, Copeland, ...).
 *
 * @category rendering
 */
export interface ScoresChartInput {
  /** The method's id, named in the title. */
  readonly method?: string | undefined;
  readonly candidates: readonly string[];
  readonly winners: readonly string[];
  /** Each candidate's score: a number, or an exact decimal or `"p/q"` string. */
  readonly scores?: Readonly<Record<string, ExactValue>> | undefined;
}

/**
 * Draws each candidate's score as a bar, highest first, the winners in the accent colour and
 * marked "winner".
 *
 * @remarks
 * Bar lengths are proportional to the scores on a scale from zero (a negative score, as Copeland
 * can give, runs left of a zero line). Ties keep the candidates' order. Labels show each score as
 * the outcome gives it (exact). One bar per candidate with a score; `O(candidates log
 * candidates)`, refused past the marks limit (`options.maxMarks`). Never throws.
 *
 * @param outcome - an outcome with `scores`.
 * @param options - sizes, colours, font (see {@link SvgOptions}).
 * @returns the SVG document as a string.
 *
 * @example Borda scores
 * ```ts
 * import { scoresChart } from "co-decide/render";
 *
 * scoresChart({ method: "borda", candidates: ["a", "b"], winners: ["a"], scores: { a: 5, b: 1 } });
 * // => '<svg xmlns="http://www.w3.org/2000/svg" ... data-chart="scores" ...'
 * ```
 *
 * @category rendering
 */
export const scoresChart = (outcome: ScoresChartInput, options?: SvgOptions): string => {
  const style = styleOf(options);
  const method = typeof outcome.method === "string" ? outcome.method : "";
  const title = method.length > 0 ? `Scores (${method})` : "Scores";
  const candidates = Array.isArray(outcome.candidates) ? outcome.candidates : [];
  const scored = candidates
    .map((name, index) => ({ name: String(name), index, raw: own(outcome.scores, String(name)) }))
    .filter((c) => c.raw !== undefined);
  const too = refused("scores", title, barMarks(scored.length, 1), style);
  if (too !== undefined) return too;
  if (scored.length === 0) return notice("scores", title, "This result has no scores.", style);
  const winners = new Set(Array.isArray(outcome.winners) ? outcome.winners : []);
  const rows = scored
    .map((c) => ({ ...c, value: floatOf(c.raw) ?? 0 }))
    .sort((a, b) => b.value - a.value || a.index - b.index);
  const barRows: BarRow[] = rows.map((c) => ({
    name: c.name,
    bars: [
      {
        value: c.value,
        text: exactText(c.raw),
        ...(winners.has(c.name) ? { fill: style.colors.accent } : {}),
      },
    ],
    ...(winners.has(c.name) ? { note: "winner" } : {}),
  }));
  const winnerNames = rows.filter((c) => winners.has(c.name)).map((c) => c.name);
  return barChart(
    {
      chart: "scores",
      title,
      desc: `Bar chart of each candidate's score${method.length > 0 ? ` under ${method}` : ""}, highest first: ${listOf(
        rows.map((c) => `${c.name} ${exactText(c.raw)}`),
        40,
      )}.${winnerNames.length > 0 ? ` Winner${winnerNames.length === 1 ? "" : "s"}: ${listOf(winnerNames)}.` : ""}`,
      series: [{ key: "score", name: "score", color: style.colors.primary }],
      rows: barRows,
      legend:
        winnerNames.length > 0
          ? [
              {
                swatch: el("rect", {
                  x: 0,
                  y: 1,
                  width: 12,
                  height: 10,
                  fill: style.colors.accent,
                }),
                label: "winner",
              },
            ]
          : [],
    },
    style,
  );
};
