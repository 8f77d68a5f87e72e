/**
 * Selection probabilities by group for a citizens' panel selected by lot.
 *
 * @module
 */
import type { Panel } from "../../deliberation/panel.js";
import { type Bar, type BarRow, barChart, barMarks } from "./bars.js";
import {
  el,
  fixed,
  hatch,
  listOf,
  notice,
  own,
  patternFill,
  percent,
  refused,
  type SvgOptions,
  styleOf,
} from "./svg.js";

/**
 * One member of the pool, as given to `selectPanel` (only `id` and `features` are read).
 *
 * @category rendering
 */
export interface PanelChartPoolMember {
  readonly id: string;
  readonly features: Readonly<Record<string, string>>;
}

/**
 * Options of {@link panelChart}: {@link SvgOptions} and the pool, whose features group the
 * selection probabilities.
 *
 * @category rendering
 */
export interface PanelChartOptions extends SvgOptions {
  /**
   * The pool the panel was drawn from (the `pool` of the `selectPanel` spec). With it, each group
   * (a quota's feature and value) gets the mean selection probability of its members, with their
   * lowest and highest as a whisker. Without it, each group gets the share of its pool members on
   * the drawn panel.
   */
  readonly pool?: readonly PanelChartPoolMember[] | undefined;
}

/**
 * Draws, for each quota group (feature = value), how likely its members were to be selected, the
 * pool's mean probability as a dashed reference line, and each unmet quota marked.
 *
 * @remarks
 * With `options.pool`, a group's bar is the mean of its members' selection probabilities from
 * `panel.probabilities` (the method's exact distribution for `leximin` and `maximin`, a seeded
 * Monte Carlo estimate for `legacy`), with a whisker from the lowest to the highest; the dashed
 * line is the mean over the whole pool (panel size / pool size). Without the pool, the result
 * does not say who belongs to which group, so the bar is the group's realised selection rate,
 * `selected / pool` from the quota record, and the title says so. A quota the drawn panel does not
 * meet is hatched and marked "quota not met". Floats: the chart reports, it decides nothing.
 * `O(pool × features + groups)`; one bar per group, refused past the marks limit
 * (`options.maxMarks`). Never throws.
 *
 * @param panel - the result of `selectPanel` or `selectPanelAsync`.
 * @param options - `pool`, and sizes, colours, font (see {@link SvgOptions}).
 * @returns the SVG document as a string.
 *
 * @example
 * ```ts
 * import { selectPanel } from "co-decide/deliberation";
 * import { panelChart } from "co-decide/render";
 *
 * const pool = [
 *   { id: "ana", features: { gender: "f" } }, { id: "bea", features: { gender: "f" } },
 *   { id: "cai", features: { gender: "m" } }, { id: "dan", features: { gender: "m" } },
 * ];
 * const panel = selectPanel({ pool, panelSize: 2, method: "legacy", seed: "2025-05-01",
 *   quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } } });
 * if (panel._tag === "Right") panelChart(panel.right, { pool });
 * // => '<svg ... data-chart="panel" ...' (both groups at 50 %)
 * ```
 *
 * @category rendering
 */
export const panelChart = (panel: Panel, options?: PanelChartOptions): string => {
  const style = styleOf(options);
  const pool = Array.isArray(options?.pool) ? options.pool : undefined;
  const title =
    pool === undefined
      ? "Selected share of each group's pool members"
      : "Selection probability by group";
  const quotas = Array.isArray(panel.quotas) ? panel.quotas : [];
  const too = refused("panel", title, barMarks(quotas.length, 1), style);
  if (too !== undefined) return too;
  if (quotas.length === 0) {
    return notice(
      "panel",
      title,
      "This panel was drawn without quotas: there are no groups.",
      style,
    );
  }

  // Each group's members' probabilities, read once over the pool.
  const groups = new Map<string, number[]>();
  const keyOf = (feature: string, value: string): string => `${feature}\u0000${value}`;
  if (pool !== undefined) {
    for (const quota of quotas) groups.set(keyOf(String(quota.feature), String(quota.value)), []);
    for (const member of pool) {
      if (member === null || typeof member !== "object") continue;
      const p = own(panel.probabilities, String(member.id));
      if (typeof p !== "number" || !Number.isFinite(p)) continue;
      const features = member.features;
      if (features === null || typeof features !== "object") continue;
      for (const feature of Object.keys(features)) {
        groups.get(keyOf(feature, String(features[feature])))?.push(p);
      }
    }
  }

  let unmet = 0;
  const rows: BarRow[] = quotas.map((quota) => {
    const name = `${String(quota.feature)} = ${String(quota.value)}`;
    const met = quota.met !== false;
    if (!met) unmet += 1;
    const range = `quota ${quota.min}–${quota.max}, selected ${quota.selected} of ${quota.pool}`;
    let bar: Bar;
    if (pool !== undefined) {
      const members = groups.get(keyOf(String(quota.feature), String(quota.value))) ?? [];
      const mean = members.length === 0 ? 0 : members.reduce((a, b) => a + b, 0) / members.length;
      const low = members.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
      const high = members.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
      bar = {
        value: mean,
        text: percent(mean),
        ...(members.length > 1 && high > low ? { whisker: [low, high] as const } : {}),
        ...(met ? {} : { fill: patternFill("unmet") }),
      };
    } else {
      const rate =
        typeof quota.pool === "number" && quota.pool > 0 && typeof quota.selected === "number"
          ? quota.selected / quota.pool
          : 0;
      bar = { value: rate, text: percent(rate), ...(met ? {} : { fill: patternFill("unmet") }) };
    }
    return { name, bars: [bar], note: met ? `(${range})` : `(${range}; quota not met)` };
  });

  const probabilities = Object.values(panel.probabilities ?? {}).filter(
    (p): p is number => typeof p === "number" && Number.isFinite(p),
  );
  const poolMean =
    probabilities.length === 0
      ? 0
      : probabilities.reduce((a, b) => a + b, 0) / probabilities.length;
  const method = typeof panel.method === "string" ? panel.method : "";
  const gini = typeof panel.gini === "number" ? panel.gini : Number.NaN;
  return barChart(
    {
      chart: "panel",
      title,
      desc: `${
        pool === undefined
          ? "Bar chart of the share of each quota group's pool members selected for the panel"
          : "Bar chart of the mean selection probability of each quota group's members, with the lowest and highest as whiskers"
      } (method ${method}): ${listOf(
        rows.map((row) => `${row.name} ${row.bars[0]?.text ?? ""}`),
        40,
      )}. The pool's mean probability is ${percent(poolMean)}; the Gini coefficient of the probabilities is ${fixed(gini, 3)}.${
        unmet > 0 ? ` ${unmet} quota${unmet === 1 ? " is" : "s are"} not met.` : ""
      }`,
      series: [{ key: "probability", name: "probability", color: style.colors.primary }],
      rows,
      references: probabilities.length > 0 ? [{ value: poolMean, label: "pool mean" }] : [],
      atLeast: 0.01,
      legend:
        unmet > 0
          ? [
              {
                swatch: el("rect", {
                  x: 0,
                  y: 1,
                  width: 12,
                  height: 10,
                  fill: patternFill("unmet"),
                  stroke: style.colors.loss,
                }),
                label: "quota not met",
              },
            ]
          : [],
      defs: unmet > 0 ? hatch("unmet", style.colors.loss) : "",
    },
    style,
  );
};
