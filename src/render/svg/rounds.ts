/**
 * The round-by-round flow of a sequential count (instant runoff, STV, Coombs, Baldwin, ...): one
 * column per round, one row per candidate, each bar split into the votes carried from the round
 * before and the votes received in this one, with the votes passed on drawn as a hatched ghost
 * and, for STV, the quota as a line.
 *
 * @module
 */
import type { StvRound } from "../../committees/stv/shared.js";
import type { Round } from "../../core/outcome.js";
import {
  type AttrValue,
  cut,
  documentOf,
  el,
  escapeXml,
  exactText,
  floatOf,
  hatch,
  label,
  legend,
  listOf,
  n,
  notice,
  own,
  patternFill,
  refused,
  type SvgOptions,
  styleOf,
  text,
} from "./svg.js";

/**
 * What {@link roundsChart} reads: an `Outcome` with `rounds` (IRV and the other elimination
 * methods), or an `StvOutcome` (its rounds carry the quota and the non-transferable votes).
 *
 * @category rendering
 */
export interface RoundsChartInput {
  /** The method's id, named in the title. */
  readonly method?: string | undefined;
  /** The variant (the STV rule), named in the title. */
  readonly variant?: string | undefined;
  readonly candidates: readonly string[];
  readonly winners: readonly string[];
  readonly rounds?: readonly (Round | StvRound)[] | undefined;
  /** STV: the quota (each round's own `quota` is drawn where it has one). */
  readonly quota?: string | undefined;
}

/** Reads an STV field of a round, when the round has it as a string. */
const stv = (round: Round | StvRound, key: keyof StvRound): string | undefined => {
  const value = Object.hasOwn(round, key)
    ? (round as unknown as Record<string, unknown>)[key]
    : undefined;
  return typeof value === "string" ? value : undefined;
};

/** The words for what an STV stage did. */
const actionWords = (round: Round | StvRound): string => {
  const action = stv(round, "action");
  const from = stv(round, "from");
  const who = from === undefined ? "" : ` ${cut(from, 20)}`;
  switch (action) {
    case "first-preferences":
      return "first prefs";
    case "surplus":
      return `surplus${who}`;
    case "exclusion":
      return `excl.${who}`;
    case "iteration":
      return "iteration";
    default:
      return "";
  }
};

/**
 * Draws a sequential count round by round: each candidate's votes in each round as a bar, the
 * part carried from the round before in blue and the part received in this round (transfers in)
 * in bluish green, the votes passed on (a surplus transferred, or an eliminated candidate's
 * votes) as a hatched vermillion ghost, and, for STV, the quota as a dashed orange line.
 *
 * @remarks
 * One column per round (at least four font sizes wide: a long count widens the chart past
 * `options.width`), one row per candidate in the given order, plus a row of non-transferable
 * votes for STV. Every bar is on one scale, from zero to the largest tally or quota, so a bar's
 * length is proportional to the votes. Labels give each tally exactly as the outcome states it
 * (at the rule's precision), and the words "elected" and "eliminated" mark each candidate's
 * last round (never colour alone). Cost: `O(candidates × rounds)` marks, refused past the marks
 * limit (`options.maxMarks`). Never throws.
 *
 * @param outcome - an outcome with `rounds` (IRV, STV, Coombs, Baldwin, Nanson, two-round, ...).
 * @param options - sizes, colours, font (see {@link SvgOptions}).
 * @returns the SVG document as a string.
 *
 * @example An instant-runoff count
 * ```ts
 * import { decide } from "co-decide/voting";
 * import { roundsChart } from "co-decide/render";
 *
 * const outcome = decide({ method: "irv", candidates: ["a", "b", "c"],
 *   ballots: [{ ranking: [["a"]], count: 4 }, { ranking: [["b"], ["c"]], count: 3 },
 *             { ranking: [["c"], ["b"]], count: 2 }] });
 * if (outcome._tag === "Right") roundsChart(outcome.right);
 * // => '<svg ... data-chart="rounds" ...' (c's 2 votes pass to b in round 2; b wins 5 to 4)
 * ```
 *
 * @category rendering
 */
export const roundsChart = (outcome: RoundsChartInput, options?: SvgOptions): string => {
  const style = styleOf(options);
  const method = typeof outcome.method === "string" ? outcome.method : "";
  const variant = typeof outcome.variant === "string" ? outcome.variant : "";
  const rounds = (Array.isArray(outcome.rounds) ? outcome.rounds : []).filter(
    (r): r is Round | StvRound => r !== null && typeof r === "object",
  );
  const candidates = (Array.isArray(outcome.candidates) ? outcome.candidates : []).map(String);
  const isStv =
    rounds.some((r) => stv(r, "quota") !== undefined) || typeof outcome.quota === "string";
  const what =
    method.length > 0
      ? `${method}${variant.length > 0 && isStv ? ` (${variant})` : ""}`
      : "The count";
  const quotaText = typeof outcome.quota === "string" ? outcome.quota : undefined;
  const title = `${what}, ${isStv ? "stage by stage" : "round by round"}${quotaText === undefined ? "" : `; quota ${exactText(quotaText)}`}`;
  const withExhausted = rounds.some((r) => stv(r, "nonTransferable") !== undefined);
  const rowNames = withExhausted ? [...candidates, "non-transferable"] : candidates;
  const too = refused("rounds", title, 3 * rowNames.length * rounds.length, style);
  if (too !== undefined) return too;
  if (rounds.length === 0) return notice("rounds", title, "This result has no rounds.", style);

  // Every figure of the chart: tallies by round (undefined where a candidate is not in the count).
  const tallyOf = (r: number, row: number): { value: number; text: string } | undefined => {
    const round = rounds[r];
    if (round === undefined) return undefined;
    const raw =
      row < candidates.length
        ? own(round.tallies, candidates[row] as string)
        : stv(round, "nonTransferable");
    if (raw === undefined) return undefined;
    return { value: Math.max(0, floatOf(raw) ?? 0), text: exactText(raw) };
  };
  const quotaOf = (round: Round | StvRound): number | undefined =>
    floatOf(stv(round, "quota") ?? quotaText);
  let hi = 0;
  rounds.forEach((round, r) => {
    for (let row = 0; row < rowNames.length; row++) hi = Math.max(hi, tallyOf(r, row)?.value ?? 0);
    hi = Math.max(hi, quotaOf(round) ?? 0);
  });
  if (!(hi > 0)) hi = 1;

  const fs = style.fontSize;
  const pad = 12;
  const longest = rowNames.reduce((m, name) => Math.max(m, name.length), 6);
  const labelWidth = Math.min(style.width * 0.25, longest * fs * 0.6 + 8);
  const plotX = pad + labelWidth;
  const minColumn = fs * 4;
  const column = Math.max(minColumn, (style.width - plotX - pad) / rounds.length);
  const width = Math.ceil(Math.max(style.width, plotX + column * rounds.length + pad));
  const inset = Math.min(6, column * 0.08);
  const barMax = column - 2 * inset;
  const headerTop = pad + fs * 2.4;
  const headerHeight = fs * (isStv ? 2.6 : 1.6);
  const top = headerTop + headerHeight;
  const barHeight = fs * 1.2;
  const rowHeight = fs * 2.7;
  const bottom = top + rowNames.length * rowHeight;
  const scale = (v: number): number => (v / hi) * barMax;

  const parts: string[] = [
    text(title, { x: pad, y: pad + fs, fill: style.colors.text, "font-weight": "bold" }),
  ];
  rowNames.forEach((name, row) => {
    parts.push(
      label(name, labelWidth - 8, style, {
        x: plotX - 8,
        y: top + row * rowHeight + barHeight * 0.5 + fs * 0.35,
        "text-anchor": "end",
        fill: style.colors.text,
        "font-style": row >= candidates.length ? "italic" : undefined,
      }),
    );
  });
  const summaries: string[] = [];
  rounds.forEach((round, r) => {
    const cx = plotX + r * column;
    const number = typeof round.round === "number" ? round.round : r + 1;
    const elected = new Set(Array.isArray(round.elected) ? round.elected : []);
    const eliminated = new Set(Array.isArray(round.eliminated) ? round.eliminated : []);
    const cells: string[] = [
      text(`${isStv ? "Stage" : "Round"} ${number}`, {
        x: cx + column / 2,
        y: headerTop + fs,
        "text-anchor": "middle",
        fill: style.colors.text,
        "font-weight": "bold",
      }),
    ];
    if (isStv) {
      cells.push(
        label(actionWords(round), column - 4, style, {
          x: cx + column / 2,
          y: headerTop + fs * 2.2,
          "text-anchor": "middle",
          fill: style.colors.axis,
        }),
      );
    }
    if (r > 0) {
      cells.push(
        el("line", {
          x1: cx,
          y1: headerTop,
          x2: cx,
          y2: bottom,
          stroke: style.colors.grid,
          "stroke-width": 1,
        }),
      );
    }
    const said: string[] = [];
    rowNames.forEach((name, row) => {
      const y = top + row * rowHeight;
      const now = tallyOf(r, row);
      const before = r > 0 ? tallyOf(r - 1, row) : undefined;
      const x0 = cx + inset;
      const group: string[] = [];
      const part = (
        kind: string,
        from: number,
        to: number,
        extra: Readonly<Record<string, AttrValue>>,
      ): void => {
        group.push(
          el("rect", {
            class: kind === "passed" ? "passed" : "votes",
            "data-part": kind,
            x: x0 + scale(from),
            y: y + 1,
            width: scale(to) - scale(from),
            height: barHeight - 2,
            ...extra,
          }),
        );
      };
      if (now !== undefined) {
        if (before === undefined) {
          part("held", 0, now.value, { fill: style.colors.primary });
        } else if (now.value >= before.value) {
          part("carried", 0, before.value, { fill: style.colors.primary });
          if (now.value > before.value)
            part("received", before.value, now.value, { fill: style.colors.gain });
        } else {
          part("carried", 0, now.value, { fill: style.colors.primary });
          part("passed", now.value, before.value, {
            fill: patternFill("passed"),
            stroke: style.colors.loss,
            "stroke-width": "1",
          });
        }
        const words =
          row < candidates.length && elected.has(name)
            ? " elected"
            : row < candidates.length && eliminated.has(name)
              ? " eliminated"
              : "";
        group.push(
          label(`${now.text}${words}`, column - 2 * inset, style, {
            x: x0,
            y: y + barHeight + fs * 1.05,
            fill: style.colors.text,
            "font-weight": words === " elected" ? "bold" : undefined,
          }),
        );
        if (row < candidates.length) said.push(`${cut(name, 40)} ${now.text}${words}`);
      } else if (before !== undefined && before.value > 0) {
        part("passed", 0, before.value, {
          fill: patternFill("passed"),
          stroke: style.colors.loss,
          "stroke-width": "1",
        });
      }
      if (group.length > 0) {
        cells.push(
          `<g class="cell" data-key="${escapeXml(name)}" data-round="${n(number)}">${group.join("")}</g>`,
        );
      }
    });
    const q = quotaOf(round);
    if (q !== undefined && q > 0) {
      const qx = cx + inset + scale(Math.min(q, hi));
      cells.push(
        el("line", {
          class: "quota",
          "data-value": stv(round, "quota") ?? quotaText,
          x1: qx,
          y1: top - 2,
          x2: qx,
          y2: bottom - fs * 1.2,
          stroke: style.colors.accent,
          "stroke-width": 2,
          "stroke-dasharray": "5 3",
        }),
      );
    }
    parts.push(`<g data-column="${n(number)}">${cells.join("")}</g>`);
    if (summaries.length < 60) {
      summaries.push(
        `${isStv ? "Stage" : "Round"} ${number}${isStv && actionWords(round).length > 0 ? ` (${actionWords(round)})` : ""}: ${listOf(said, 20)}.`,
      );
    }
  });

  const items = [
    {
      swatch: el("rect", { x: 0, y: 1, width: 12, height: 10, fill: style.colors.primary }),
      label: "votes held (carried over)",
    },
    {
      swatch: el("rect", { x: 0, y: 1, width: 12, height: 10, fill: style.colors.gain }),
      label: "votes received this round",
    },
    {
      swatch: el("rect", {
        x: 0,
        y: 1,
        width: 12,
        height: 10,
        fill: patternFill("passed"),
        stroke: style.colors.loss,
      }),
      label: "votes passed on",
    },
    ...(isStv
      ? [
          {
            swatch: el("line", {
              x1: 6,
              y1: 0,
              x2: 6,
              y2: 12,
              stroke: style.colors.accent,
              "stroke-width": 2,
              "stroke-dasharray": "3 2",
            }),
            label: "quota",
          },
        ]
      : []),
  ];
  const key = legend(items, pad, bottom + fs * 0.4, width - 2 * pad, style);
  parts.push(key.body);
  const winners = (Array.isArray(outcome.winners) ? outcome.winners : []).map(String);
  return documentOf(
    {
      chart: "rounds",
      title,
      desc: `${isStv ? "Stages" : "Rounds"} of the count as bars, one column per ${isStv ? "stage" : "round"}. ${summaries.join(" ")}${
        rounds.length > summaries.length ? ` And ${rounds.length - summaries.length} more.` : ""
      } ${winners.length === 1 ? "Winner" : "Winners"}: ${winners.length === 0 ? "none" : listOf(winners, 40)}.`,
      width,
      height: Math.ceil(bottom + fs * 0.4 + key.height + pad),
      defs: hatch("passed", style.colors.loss),
      body: parts.join("\n"),
    },
    style,
  );
};
