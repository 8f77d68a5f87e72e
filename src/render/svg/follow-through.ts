/**
 * Follow-through by owner: a ledger's metrics as bars (due, delivered, delivered on time, overdue).
 *
 * @module
 */
import type { CommitmentMetrics, LedgerMetrics } from "../../commitments/metrics.js";
import { type BarRow, barChart, barMarks } from "./bars.js";
import { listOf, notice, refused, type SvgOptions, styleOf } from "./svg.js";

const count = (value: unknown): number =>
  typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : 0;

/**
 * Draws the follow-through of a ledger as of its metrics' date: for the whole ledger and for each
 * owner, the commitments due, delivered, delivered on time, and overdue, as bars side by side.
 *
 * @remarks
 * Counts from `metrics` (`co-decide/commitments`), whose definitions it follows: due is a due date
 * on or before `asOf` (not withdrawn before it), overdue is due and neither delivered nor
 * withdrawn. Owners in the order of their names (code-unit order, so the same metrics give the same
 * bytes everywhere). For each commitment's own life, from promise to delivery, draw
 * {@link commitmentsTimeline} from the ledger state. Four bars per owner, refused past the marks
 * limit (`options.maxMarks`). Never throws.
 *
 * @param metrics - the result of `metrics(state, { asOf })`.
 * @param options - sizes, colours, font (see {@link SvgOptions}).
 * @returns the SVG document as a string.
 *
 * @example
 * ```ts
 * import { metrics, replay } from "co-decide/commitments";
 * import { followThroughChart } from "co-decide/render";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const state = replay([
 *   { id: "e1", seq: 1, at: "2025-01-10", type: "committed",
 *     commitment: { id: "c1", title: "Reopen the youth centre", owner: "Council housing team",
 *       party: "authority", madeAt: "2025-01-10", dueAt: "2025-06-30" } },
 * ]);
 * const report = E.flatMap(state, (s) => metrics(s, { asOf: "2025-09-01" }));
 * E.isRight(report) && followThroughChart(report.right);
 * // => '<svg ... data-chart="follow-through" ...' (1 due, 0 delivered, 1 overdue)
 * ```
 *
 * @category rendering
 */
export const followThroughChart = (metrics: LedgerMetrics, options?: SvgOptions): string => {
  const style = styleOf(options);
  const asOf = typeof metrics.asOf === "string" ? metrics.asOf : "";
  const title = `Follow-through${asOf.length > 0 ? ` as of ${asOf}` : ""}`;
  const owners =
    metrics.byOwner !== null && typeof metrics.byOwner === "object"
      ? Object.keys(metrics.byOwner).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      : [];
  const groups: [string, CommitmentMetrics | undefined][] = [
    ["all commitments", metrics.overall],
    ...owners.map((owner): [string, CommitmentMetrics | undefined] => [
      owner,
      Object.hasOwn(metrics.byOwner, owner) ? metrics.byOwner[owner] : undefined,
    ]),
  ];
  const too = refused("follow-through", title, barMarks(groups.length, 4), style);
  if (too !== undefined) return too;
  const rows: BarRow[] = groups
    .filter((g): g is [string, CommitmentMetrics] => g[1] !== null && typeof g[1] === "object")
    .map(([name, m]) => {
      const overdue = Array.isArray(m.overdue) ? m.overdue.length : 0;
      return {
        name,
        bars: [
          { value: count(m.due), text: `${count(m.due)} due` },
          { value: count(m.delivered), text: `${count(m.delivered)} delivered` },
          { value: count(m.onTime), text: `${count(m.onTime)} on time` },
          { value: overdue, text: `${overdue} overdue` },
        ],
      };
    });
  if (rows.length === 0) return notice("follow-through", title, "No metrics to draw.", style);
  return barChart(
    {
      chart: "follow-through",
      title,
      desc: `Bar chart of commitments due, delivered, delivered on time and overdue${
        asOf.length > 0 ? ` as of ${asOf}` : ""
      }, overall and by owner: ${listOf(
        rows.map((row) => `${row.name}: ${row.bars.map((b) => b?.text ?? "").join(", ")}`),
        30,
      )}.`,
      series: [
        { key: "due", name: "due", color: style.colors.secondary },
        { key: "delivered", name: "delivered", color: style.colors.gain },
        { key: "on-time", name: "delivered on time", color: style.colors.primary },
        { key: "overdue", name: "overdue", color: style.colors.loss },
      ],
      rows,
    },
    style,
  );
};
