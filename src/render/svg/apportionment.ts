/**
 * Apportionment seat bars: the seats each party won, parties below the threshold marked.
 *
 * @module
 */
import type { Apportionment } from "../../committees/apportionment/apportion.js";
import { type BarRow, barChart, barMarks } from "./bars.js";
import { listOf, notice, own, refused, type SvgOptions, styleOf } from "./svg.js";

/**
 * Draws the seats each party won as bars (in the spec's party order), with the method and the
 * seats shared in the title; parties below the threshold are marked "below threshold".
 *
 * @remarks
 * Bar lengths are proportional to the seats, on a scale from zero to the most seats any party
 * won. Seats left unallocated by a tie under tie-break `none` are named in the description and
 * the heading. One bar per party, refused past the marks limit (`options.maxMarks`). Never throws.
 *
 * @param result - the result of `apportion`.
 * @param options - sizes, colours, font (see {@link SvgOptions}).
 * @returns the SVG document as a string.
 *
 * @example D'Hondt seats
 * ```ts
 * import { apportion } from "co-decide/committees";
 * import { apportionmentChart } from "co-decide/render";
 *
 * const result = apportion({ method: "dhondt", seats: 5, votes: { A: 100, B: 60, C: 20 } });
 * if (result._tag === "Right") apportionmentChart(result.right);
 * // => '<svg xmlns="http://www.w3.org/2000/svg" ... data-chart="apportionment" ...'
 * ```
 *
 * @category rendering
 */
export const apportionmentChart = (result: Apportionment, options?: SvgOptions): string => {
  const style = styleOf(options);
  const name = typeof result.name === "string" ? result.name : String(result.method);
  const total = typeof result.totalSeats === "number" ? result.totalSeats : 0;
  const title = `Seats by party (${name}, ${total} seat${total === 1 ? "" : "s"})`;
  const parties = Array.isArray(result.parties) ? result.parties.map(String) : [];
  const too = refused("apportionment", title, barMarks(parties.length, 1), style);
  if (too !== undefined) return too;
  if (parties.length === 0) return notice("apportionment", title, "No parties.", style);
  const excluded = new Set(Array.isArray(result.excluded) ? result.excluded : []);
  const rows: BarRow[] = parties.map((party) => {
    const seats = own(result.seats, party);
    const value = typeof seats === "number" && Number.isFinite(seats) ? seats : 0;
    return {
      name: party,
      bars: [{ value, text: String(value) }],
      ...(excluded.has(party) ? { note: "below threshold" } : {}),
    };
  });
  const unallocated =
    typeof result.unallocated === "number" && result.unallocated > 0 ? result.unallocated : 0;
  return barChart(
    {
      chart: "apportionment",
      title: unallocated > 0 ? `${title}, ${unallocated} left to a tie` : title,
      desc: `Bar chart of the seats each party won by ${name}: ${listOf(
        rows.map((row) => `${row.name} ${row.bars[0]?.text ?? "0"}`),
        40,
      )}.${excluded.size > 0 ? ` Below the threshold: ${listOf([...excluded].map(String))}.` : ""}${
        unallocated > 0 ? ` ${unallocated} seats are left unallocated by a tie.` : ""
      }`,
      series: [{ key: "seats", name: "seats", color: style.colors.primary }],
      rows,
    },
    style,
  );
};
