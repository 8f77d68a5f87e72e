/**
 * Seats against power: each player's share of the seats (or weight) beside its power index, so
 * that the room sees who holds more, or less, power than its seats suggest.
 *
 * @module
 */
import type { ExactValue } from "../../core/outcome.js";
import type { PowerResult } from "../../power/result.js";
import { type Bar, type BarRow, barChart, barMarks } from "./bars.js";
import { floatOf, listOf, notice, own, percent, refused, type SvgOptions, styleOf } from "./svg.js";

/**
 * Options of {@link powerChart}: {@link SvgOptions} and the seats to compare with.
 *
 * @category rendering
 */
export interface PowerChartOptions extends SvgOptions {
  /**
   * Each player's seats (or weight, or any share of the body), as numbers or exact strings; drawn
   * as the share of their total beside the power index. Without it, only the index is drawn.
   */
  readonly seats?: Readonly<Record<string, ExactValue>> | undefined;
}

const INDEX_NAMES: Readonly<Record<string, string>> = {
  banzhaf: "Banzhaf index",
  penrose: "Penrose measure",
  "shapley-shubik": "Shapley-Shubik index",
  "deegan-packel": "Deegan-Packel index",
  "public-good": "public good index",
  johnston: "Johnston index",
  "coleman-prevent": "Coleman's power to prevent",
  "coleman-initiate": "Coleman's power to initiate",
};

/**
 * Draws each player's power index as a bar, beside its share of the seats when `options.seats`
 * (or the second argument's `seats`) gives them.
 *
 * @remarks
 * Both series are shares drawn on one scale from 0 to the largest of them (at least 1 % wide),
 * labelled in percent with one decimal: the seat share is seats / total seats; the index is the
 * result's `values` (normalised for Banzhaf, Shapley-Shubik, Deegan-Packel, public good and
 * Johnston; Penrose and Coleman are probabilities, not shares). Dummies (players with no swing)
 * are marked. Monte Carlo results draw each estimate's confidence interval as a whisker. Floats
 * are fine here: the chart reports, it decides nothing. Two bars per player, refused past the
 * marks limit (`options.maxMarks`). Never throws.
 *
 * @param result - the result of `powerIndex`.
 * @param options - `seats`, and sizes, colours, font (see {@link SvgOptions}).
 * @returns the SVG document as a string.
 *
 * @example A council of three parties
 * ```ts
 * import { powerIndex } from "co-decide/power";
 * import { powerChart } from "co-decide/render";
 *
 * const weights = { A: 50, B: 49, C: 1 };
 * const result = powerIndex({ index: "banzhaf", quota: 51, weights });
 * if (result._tag === "Right") powerChart(result.right, { seats: weights });
 * // => '<svg ... data-chart="power" ...' (C holds 1 % of the seats and 20 % of the power)
 * ```
 *
 * @category rendering
 */
export const powerChart = (result: PowerResult, options?: PowerChartOptions): string => {
  const style = styleOf(options);
  const index = typeof result.index === "string" ? result.index : "";
  const indexName = own(INDEX_NAMES, index) ?? (index.length > 0 ? index : "power index");
  const players = Array.isArray(result.players) ? result.players.map(String) : [];
  const seats = options?.seats;
  const withSeats = seats !== undefined && seats !== null && typeof seats === "object";
  const title = withSeats ? `Seats and power (${indexName})` : `Power (${indexName})`;
  const too = refused("power", title, barMarks(players.length, withSeats ? 2 : 1), style);
  if (too !== undefined) return too;
  if (players.length === 0) return notice("power", title, "No players.", style);

  const seatValues = players.map((p) => (withSeats ? Math.max(0, floatOf(own(seats, p)) ?? 0) : 0));
  const totalSeats = seatValues.reduce((a, b) => a + b, 0);
  const dummies = new Set(Array.isArray(result.dummies) ? result.dummies : []);
  const rows: BarRow[] = players.map((player, i) => {
    const value = floatOf(own(result.values, player)) ?? 0;
    const interval = own(result.interval, player);
    const power: Bar = {
      value,
      text: percent(value),
      ...(Array.isArray(interval) &&
      typeof interval[0] === "number" &&
      typeof interval[1] === "number" &&
      Number.isFinite(interval[0]) &&
      Number.isFinite(interval[1])
        ? { whisker: [interval[0], interval[1]] as const }
        : {}),
    };
    const share = totalSeats > 0 ? (seatValues[i] ?? 0) / totalSeats : 0;
    return {
      name: player,
      bars: withSeats ? [{ value: share, text: percent(share) }, power] : [power],
      ...(dummies.has(player) ? { note: "(dummy: never decisive)" } : {}),
    };
  });
  const summary = rows.map((row) =>
    withSeats
      ? `${row.name} ${row.bars[0]?.text ?? ""} of the seats, ${row.bars[1]?.text ?? ""} of the power`
      : `${row.name} ${row.bars[0]?.text ?? ""}`,
  );
  return barChart(
    {
      chart: "power",
      title,
      desc: `Bar chart of each player's ${indexName}${withSeats ? " beside its share of the seats" : ""}: ${listOf(summary, 40)}.${
        dummies.size > 0 ? ` Dummies (never decisive): ${listOf([...dummies].map(String))}.` : ""
      }${result.method === "monte-carlo" ? " Estimated by Monte Carlo; whiskers show the confidence intervals." : ""}`,
      series: withSeats
        ? [
            { key: "seats", name: "share of seats", color: style.colors.secondary },
            { key: "power", name: indexName, color: style.colors.primary },
          ]
        : [{ key: "power", name: indexName, color: style.colors.primary }],
      rows,
      atLeast: 0.01,
    },
    style,
  );
};
