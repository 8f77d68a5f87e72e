/**
 * The pairwise matrix as a heat map, with the wins Ranked Pairs locked (and skipped) and the
 * strongest-path wins of Schulze marked where the explanation records them.
 *
 * @module
 */
import type { Explanation, ExplanationStep } from "../../core/explanation.js";
import {
  cut,
  documentOf,
  el,
  escapeXml,
  exactText,
  floatOf,
  label,
  legend,
  listOf,
  n,
  notice,
  own,
  refused,
  type SvgOptions,
  styleOf,
  text,
} from "./svg.js";

/**
 * What {@link pairwiseChart} reads: an `Outcome` whose explanation has a step of kind `pairwise`
 * (every Condorcet method: Schulze, Ranked Pairs, Copeland, minimax, ...).
 *
 * @category rendering
 */
export interface PairwiseChartInput {
  /** The method's id, named in the title. */
  readonly method?: string | undefined;
  readonly candidates: readonly string[];
  readonly winners: readonly string[];
  /**
   * The steps: `pairwise` (its `data.pairwise[a][b]`, the votes preferring a to b), and where the
   * method records them, Ranked Pairs' `lock` and `skip` steps (`data.winner`, `data.loser`), its
   * `orders` step (`data.undecided`), and Schulze's `path` steps (`data.from`, `data.to`).
   */
  readonly explanation: Explanation;
}

type Mark = "locked" | "skipped" | "undecided" | "path";

/** Reads `data[key]` of a step as a string. */
const field = (s: ExplanationStep, key: string): string | undefined => {
  const value = own(s.data as Readonly<Record<string, unknown>> | undefined, key);
  return typeof value === "string" ? value : undefined;
};

/** The marks the explanation records on cells (row winner, column loser). */
const marksOf = (steps: readonly ExplanationStep[]): Map<string, Mark> => {
  const marks = new Map<string, Mark>();
  const put = (a: string | undefined, b: string | undefined, mark: Mark): void => {
    if (a !== undefined && b !== undefined) marks.set(`${a}\u0000${b}`, mark);
  };
  for (const s of steps) {
    if (s === null || typeof s !== "object") continue;
    if (s.kind === "lock") put(field(s, "winner"), field(s, "loser"), "locked");
    else if (s.kind === "skip") put(field(s, "winner"), field(s, "loser"), "skipped");
    else if (s.kind === "path") put(field(s, "from"), field(s, "to"), "path");
    else if (s.kind === "orders") {
      const undecided = own(s.data as Readonly<Record<string, unknown>> | undefined, "undecided");
      if (Array.isArray(undecided)) {
        for (const pair of undecided) {
          if (pair !== null && typeof pair === "object") {
            const p = pair as Readonly<Record<string, unknown>>;
            const winner = own(p, "winner");
            const loser = own(p, "loser");
            if (typeof winner === "string" && typeof loser === "string")
              put(winner, loser, "undecided");
          }
        }
      }
    }
  }
  return marks;
};

/** Mixes two `#RRGGBB` colours (`t` = 0 gives `a`); anything else falls back to `b`. */
const mix = (a: string, b: string, t: number): string => {
  const parse = (c: string): number[] | undefined =>
    /^#[0-9a-fA-F]{6}$/.test(c)
      ? [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16))
      : undefined;
  const x = parse(a);
  const y = parse(b);
  if (x === undefined || y === undefined) return t < 0.5 ? a : b;
  return `#${x
    .map((v, i) =>
      Math.round(v + ((y[i] as number) - v) * t)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase()}`;
};

/**
 * Dark enough for white text: perceived brightness (ITU-R BT.601 weights, in integers so that every
 * runtime agrees) below half.
 */
const isDark = (c: string): boolean => {
  if (!/^#[0-9a-fA-F]{6}$/.test(c)) return false;
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  return 299 * r + 587 * g + 114 * b < 128_000;
};

/**
 * Draws the pairwise matrix as a heat map: the cell in row a, column b holds the votes preferring a
 * to b, blue where a wins that contest, orange where it loses, white for a tie, deeper as the
 * margin grows; locked, skipped and strongest-path wins are outlined.
 *
 * @remarks
 * The colour is the row's share of the two-way vote, `v(a,b) / (v(a,b) + v(b,a))`, on a diverging
 * Okabe-Ito scale (blue `#0072B2` for wins, orange `#E69F00` for losses), which reads the same
 * under every common colour blindness; each cell also prints its exact count, so no value rests
 * on colour. Outlines: a solid black frame for a win Ranked Pairs locked (Tideman 1987), a dashed
 * vermillion frame for one it skipped because it would close a cycle, a dotted frame for one whose
 * locking depends on the order of equal-strength wins (tie-break `none`), and a solid black frame
 * for a win along a strongest path (Schulze 2011, its `path` steps: a winner's path to every other
 * candidate). The matrix comes from the explanation's `pairwise` step: a result without one gets
 * a chart saying so. `O(candidates²)` cells, refused past the marks limit (`options.maxMarks`).
 * Never throws.
 *
 * @param outcome - an outcome whose explanation has a `pairwise` step.
 * @param options - sizes, colours, font (see {@link SvgOptions}).
 * @returns the SVG document as a string.
 *
 * @example Ranked Pairs on a cycle
 * ```ts
 * import { decide } from "co-decide/voting";
 * import { pairwiseChart } from "co-decide/render";
 *
 * const outcome = decide({ method: "ranked-pairs", candidates: ["a", "b", "c"],
 *   ballots: [{ ranking: [["a"], ["b"], ["c"]], count: 4 }, { ranking: [["b"], ["c"], ["a"]], count: 3 },
 *             { ranking: [["c"], ["a"], ["b"]], count: 2 }] });
 * if (outcome._tag === "Right") pairwiseChart(outcome.right);
 * // => '<svg ... data-chart="pairwise" ...' (b over c 7-2 and a over b 6-3 locked, c over a skipped)
 * ```
 *
 * @category rendering
 */
export const pairwiseChart = (outcome: PairwiseChartInput, options?: SvgOptions): string => {
  const style = styleOf(options);
  const method = typeof outcome.method === "string" ? outcome.method : "";
  const title = `Head-to-head contests${method.length > 0 ? ` (${method})` : ""}`;
  const steps = Array.isArray(outcome.explanation) ? outcome.explanation : [];
  const matrixStep = steps.find(
    (s) => s !== null && typeof s === "object" && s.kind === "pairwise",
  );
  const matrix = own(matrixStep?.data as Readonly<Record<string, unknown>> | undefined, "pairwise");
  const candidates = (Array.isArray(outcome.candidates) ? outcome.candidates : []).map(String);
  const too = refused("pairwise", title, candidates.length * candidates.length, style);
  if (too !== undefined) return too;
  if (matrix === undefined || matrix === null || typeof matrix !== "object") {
    return notice(
      "pairwise",
      title,
      "This result's explanation has no pairwise matrix (a step of kind pairwise).",
      style,
    );
  }
  if (candidates.length === 0) return notice("pairwise", title, "No candidates.", style);
  const table = matrix as Readonly<Record<string, unknown>>;
  const votes = (a: string, b: string): unknown => {
    const row = own(table, a);
    return row !== null && typeof row === "object"
      ? own(row as Readonly<Record<string, unknown>>, b)
      : undefined;
  };
  const marks = marksOf(steps);

  const count = candidates.length;
  const fs = style.fontSize;
  const pad = 12;
  const longest = candidates.reduce((m, name) => Math.max(m, name.length), 4);
  const labelWidth = Math.min(style.width * 0.25, longest * fs * 0.6 + 8);
  const headerHeight = Math.min(style.width * 0.2, longest * fs * 0.6 + 8) * 0.75 + fs;
  const plotX = pad + labelWidth;
  const top = pad + fs * 2.4 + headerHeight;
  const cell = Math.max(fs * 2.4, Math.min(fs * 6, (style.width - plotX - pad) / count));
  const width = Math.ceil(Math.max(style.width, plotX + cell * count + pad));
  const bottom = top + cell * count;
  const parts: string[] = [
    text(title, { x: pad, y: pad + fs, fill: style.colors.text, "font-weight": "bold" }),
    text("row over column: votes preferring the row's candidate", {
      x: pad,
      y: pad + fs * 2.2,
      fill: style.colors.axis,
    }),
  ];
  candidates.forEach((name, i) => {
    parts.push(
      label(name, labelWidth - 8, style, {
        x: plotX - 6,
        y: top + i * cell + cell / 2 + fs * 0.35,
        "text-anchor": "end",
        fill: style.colors.text,
      }),
    );
    const hx = plotX + i * cell + cell / 2;
    const hy = top - 6;
    parts.push(
      label(name, headerHeight / 0.75 - fs, style, {
        x: hx,
        y: hy,
        transform: `rotate(-45 ${n(hx)} ${n(hy)})`,
        fill: style.colors.text,
      }),
    );
  });
  const described: string[] = [];
  const markedWords: string[] = [];
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < count; j++) {
      const a = candidates[i] as string;
      const b = candidates[j] as string;
      const x = plotX + j * cell;
      const y = top + i * cell;
      if (i === j) {
        parts.push(
          el("rect", {
            x,
            y,
            width: cell,
            height: cell,
            fill: style.colors.grid,
            stroke: style.colors.background,
          }),
        );
        continue;
      }
      const raw = votes(a, b);
      const mine = floatOf(raw);
      const theirs = floatOf(votes(b, a));
      let fill = style.colors.background;
      let share: number | undefined;
      if (mine !== undefined && theirs !== undefined && mine + theirs > 0) {
        share = mine / (mine + theirs);
        const strength = Math.min(1, Math.abs(share - 0.5) * 2);
        const toward = share >= 0.5 ? style.colors.primary : style.colors.accent;
        fill = mix(style.colors.background, toward, share === 0.5 ? 0 : 0.2 + 0.8 * strength);
      }
      const mark = marks.get(`${a}\u0000${b}`);
      const outline =
        mark === "locked" || mark === "path"
          ? { stroke: style.colors.text, "stroke-width": 3 }
          : mark === "skipped"
            ? { stroke: style.colors.loss, "stroke-width": 3, "stroke-dasharray": "5 3" }
            : mark === "undecided"
              ? { stroke: style.colors.text, "stroke-width": 2, "stroke-dasharray": "1 3" }
              : { stroke: style.colors.background, "stroke-width": 1 };
      const shown = raw === undefined ? "–" : exactText(raw);
      parts.push(
        `<g class="cell" data-row="${escapeXml(a)}" data-column="${escapeXml(b)}"${
          mark === undefined ? "" : ` data-mark="${mark}"`
        }>${el("rect", {
          x: x + 1.5,
          y: y + 1.5,
          width: cell - 3,
          height: cell - 3,
          fill,
          "data-share": share === undefined ? undefined : n(share),
          ...outline,
        })}${label(shown, cell - 6, style, {
          x: x + cell / 2,
          y: y + cell / 2 + fs * 0.35,
          "text-anchor": "middle",
          fill: isDark(fill) ? "#FFFFFF" : style.colors.text,
        })}</g>`,
      );
      if (mine !== undefined && theirs !== undefined && mine > theirs && described.length < 60) {
        described.push(`${cut(a, 40)} over ${cut(b, 40)} ${shown} to ${exactText(votes(b, a))}`);
      }
      if (mark !== undefined && markedWords.length < 60) {
        markedWords.push(
          `${cut(a, 40)} over ${cut(b, 40)} ${mark === "path" ? "(strongest path)" : mark}`,
        );
      }
    }
  }
  const present = new Set(marks.values());
  const items = [
    {
      swatch: el("rect", { x: 0, y: 1, width: 12, height: 10, fill: style.colors.primary }),
      label: "row wins",
    },
    {
      swatch: el("rect", { x: 0, y: 1, width: 12, height: 10, fill: style.colors.accent }),
      label: "row loses",
    },
    {
      swatch: el("rect", {
        x: 0,
        y: 1,
        width: 12,
        height: 10,
        fill: style.colors.background,
        stroke: style.colors.axis,
      }),
      label: "tie",
    },
    ...(present.has("locked")
      ? [
          {
            swatch: el("rect", {
              x: 1,
              y: 1,
              width: 10,
              height: 10,
              fill: "none",
              stroke: style.colors.text,
              "stroke-width": 2,
            }),
            label: "locked",
          },
        ]
      : []),
    ...(present.has("skipped")
      ? [
          {
            swatch: el("rect", {
              x: 1,
              y: 1,
              width: 10,
              height: 10,
              fill: "none",
              stroke: style.colors.loss,
              "stroke-width": 2,
              "stroke-dasharray": "3 2",
            }),
            label: "skipped (would close a cycle)",
          },
        ]
      : []),
    ...(present.has("undecided")
      ? [
          {
            swatch: el("rect", {
              x: 1,
              y: 1,
              width: 10,
              height: 10,
              fill: "none",
              stroke: style.colors.text,
              "stroke-width": 2,
              "stroke-dasharray": "1 2",
            }),
            label: "depends on the order of equal wins",
          },
        ]
      : []),
    ...(present.has("path")
      ? [
          {
            swatch: el("rect", {
              x: 1,
              y: 1,
              width: 10,
              height: 10,
              fill: "none",
              stroke: style.colors.text,
              "stroke-width": 2,
            }),
            label: "strongest path wins",
          },
        ]
      : []),
  ];
  const key = legend(items, pad, bottom + fs, width - 2 * pad, style);
  parts.push(key.body);
  const winners = (Array.isArray(outcome.winners) ? outcome.winners : []).map(String);
  return documentOf(
    {
      chart: "pairwise",
      title,
      desc: `Pairwise matrix of ${count} candidates as a heat map. Head-to-head wins: ${
        described.length === 0 ? "none" : listOf(described, 60)
      }.${markedWords.length > 0 ? ` Marked: ${listOf(markedWords, 60)}.` : ""} ${
        winners.length === 1 ? "Winner" : "Winners"
      }: ${winners.length === 0 ? "none" : listOf(winners, 40)}.`,
      width,
      height: Math.ceil(bottom + fs + key.height + pad),
      body: parts.join("\n"),
    },
    style,
  );
};
