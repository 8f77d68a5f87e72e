/**
 * The commitments timeline: each commitment's life from promise to delivery, overdue marked.
 *
 * @module
 */
import type { CommitmentRecord, LedgerState } from "../../commitments/reducer.js";
import { formatDay, parseIsoDay } from "../../core/internal/dates.js";
import {
  cut,
  documentOf,
  el,
  escapeXml,
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
 * Options of {@link commitmentsTimeline}: {@link SvgOptions} and the date to draw it as of.
 *
 * @category rendering
 */
export interface TimelineOptions extends SvgOptions {
  /**
   * The day the timeline is drawn as of (`YYYY-MM-DD` or an offset date-time; its UTC day): events
   * after it are left out, open commitments run to it, and a commitment due on or before it and
   * neither delivered nor withdrawn is overdue. Default: the day of the ledger's last event (never
   * the wall clock).
   */
  readonly asOf?: string | undefined;
}

/** One commitment's life as of a day. */
interface Life {
  readonly id: string;
  readonly title: string;
  readonly made: number;
  readonly due: number | undefined;
  /** The day it was delivered (self-reported), if by the day. */
  readonly delivered: number | undefined;
  readonly verified: boolean;
  /** The day it was withdrawn, if by the day. */
  readonly withdrawn: number | undefined;
  /** Declared missed (and not reopened) by the day. */
  readonly missed: boolean;
  readonly end: number;
  readonly overdue: boolean;
}

const dayOf = (value: unknown): number | undefined =>
  typeof value === "string" && value.length <= 40 ? parseIsoDay(value) : undefined;

/** Reads a commitment's events up to `asOf` (the metrics' definitions, `commitments/metrics.ts`). */
const lifeOf = (id: string, record: CommitmentRecord, asOf: number): Life | undefined => {
  const commitment = record.commitment;
  if (commitment === null || typeof commitment !== "object") return undefined;
  const made =
    dayOf(commitment.madeAt) ?? (Number.isFinite(record.madeDay) ? record.madeDay : undefined);
  if (made === undefined || made > asOf) return undefined;
  let due = dayOf(commitment.dueAt);
  let delivered: number | undefined;
  let verified = false;
  let withdrawn: number | undefined;
  let missed = false;
  for (const event of Array.isArray(record.history) ? record.history : []) {
    if (event === null || typeof event !== "object") continue;
    const day = dayOf(event.at);
    if (day === undefined || day > asOf) continue;
    switch (event.type) {
      case "delivered":
        delivered ??= day;
        missed = false;
        break;
      case "verified":
        delivered ??= day;
        verified = true;
        missed = false;
        break;
      case "withdrawn":
        withdrawn ??= day;
        break;
      case "missed":
        missed = true;
        break;
      case "renegotiated": {
        const next = dayOf(event.dueAt);
        if (next !== undefined) due = next;
        missed = false;
        break;
      }
      default:
        break;
    }
  }
  const end = Math.max(made, delivered ?? withdrawn ?? asOf);
  // metrics.ts: due (d <= A, not withdrawn before d), not delivered, not withdrawn.
  const overdue =
    due !== undefined && due <= asOf && delivered === undefined && withdrawn === undefined;
  return {
    id,
    title: typeof commitment.title === "string" ? commitment.title : id,
    made,
    due,
    delivered,
    verified,
    withdrawn,
    missed,
    end,
    overdue,
  };
};

/**
 * Draws each commitment as a line of its life, from the day it was promised to the day it was
 * delivered (or withdrawn, or to the as-of day while it is open), with its due date ticked, late
 * time orange, overdue time hatched vermillion and the word "overdue" beside it.
 *
 * @remarks
 * One row per commitment, in the order they were made, on one calendar axis from the first
 * promise to the as-of day (or the latest due date, if later), with a tick at the start of each
 * month (or year, over long spans). Definitions follow the metrics (`co-decide/commitments`):
 * overdue is due on or before the as-of day, neither delivered nor withdrawn; late is delivered
 * after the due date. Bars: open commitments blue, delivered bluish green (a filled dot where
 * verified by someone other than the owner, a hollow dot where self-reported), withdrawn grey with
 * a cross, missed marked "missed". Every state is also written in words beside its bar. Dates are
 * read without the wall clock, so the same ledger and as-of day give the same bytes. One row per
 * commitment, refused past the marks limit (`options.maxMarks`). Never throws.
 *
 * @param state - the ledger state from `replay`.
 * @param options - `asOf`, and sizes, colours, font (see {@link SvgOptions}).
 * @returns the SVG document as a string.
 *
 * @example
 * ```ts
 * import { replay } from "co-decide/commitments";
 * import { commitmentsTimeline } from "co-decide/render";
 *
 * const state = replay([
 *   { id: "e1", seq: 1, at: "2025-01-10", type: "committed",
 *     commitment: { id: "c1", title: "Reopen the youth centre", owner: "Council housing team",
 *       party: "authority", madeAt: "2025-01-10", dueAt: "2025-06-30" } },
 * ]);
 * if (state._tag === "Right") commitmentsTimeline(state.right, { asOf: "2025-09-01" });
 * // => '<svg ... data-chart="timeline" ...' (c1 overdue by 63 days)
 * ```
 *
 * @category rendering
 */
export const commitmentsTimeline = (state: LedgerState, options?: TimelineOptions): string => {
  const style = styleOf(options);
  const order = Array.isArray(state.order) ? state.order.map(String) : [];
  const records = state.commitments;
  let lastDay: number | undefined;
  for (const id of order) {
    const record = own(records, id);
    if (record !== undefined && record !== null && Number.isFinite(record.lastDay)) {
      lastDay = Math.max(lastDay ?? record.lastDay, record.lastDay);
    }
  }
  const asked = options?.asOf;
  const asOf = dayOf(asked) ?? lastDay;
  const asOfText = asOf === undefined ? "" : formatDay(asOf);
  const title = `Commitments${asOf === undefined ? "" : ` as of ${asOfText}`}`;
  const too = refused("timeline", title, 4 * order.length, style);
  if (too !== undefined) return too;
  if (asOf === undefined || order.length === 0) {
    return notice("timeline", title, "The ledger has no commitments.", style);
  }
  const lives: Life[] = [];
  for (const id of order) {
    const record = own(records, id);
    if (record === undefined || record === null || typeof record !== "object") continue;
    const life = lifeOf(id, record, asOf);
    if (life !== undefined) lives.push(life);
  }
  if (lives.length === 0) {
    return notice("timeline", title, `No commitment was made by ${asOfText}.`, style);
  }

  const first = lives.reduce((m, l) => Math.min(m, l.made), asOf);
  const last = lives.reduce((m, l) => Math.max(m, l.end, l.due ?? l.end), asOf);
  const span = Math.max(1, last - first);
  const fs = style.fontSize;
  const pad = 12;
  const width = style.width;
  const longest = lives.reduce((m, l) => Math.max(m, l.title.length), 8);
  const labelWidth = Math.min(width * 0.3, longest * fs * 0.6 + 8);
  const noteWidth = fs * 0.6 * 22;
  const plotX = pad + labelWidth;
  const plotWidth = Math.max(40, width - plotX - pad - noteWidth);
  const top = pad + fs * 4;
  const rowHeight = fs * 2;
  const bottom = top + lives.length * rowHeight;
  const x = (day: number): number => plotX + ((day - first) / span) * plotWidth;
  const parts: string[] = [
    text(title, { x: pad, y: pad + fs, fill: style.colors.text, "font-weight": "bold" }),
  ];

  // Calendar ticks: months, or years when the span is long (at most about 24 ticks).
  const [firstYear, firstMonth] = formatDay(first).split("-").map(Number) as [number, number];
  const byYear = span > 365 * 2;
  let year = firstYear;
  let month = byYear ? 1 : firstMonth;
  for (let guard = 0; guard < 400; guard++) {
    if (byYear) year += 1;
    else if (++month > 12) {
      month = 1;
      year += 1;
    }
    const tick = parseIsoDay(
      `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`,
    );
    if (tick === undefined || tick > last) break;
    if (!byYear && span > 365 && month % 3 !== 1) continue;
    const tx = x(tick);
    parts.push(
      el("line", {
        x1: tx,
        y1: top - fs * 0.8,
        x2: tx,
        y2: bottom,
        stroke: style.colors.grid,
        "stroke-width": 1,
      }),
      text(byYear ? String(year) : `${String(year)}-${String(month).padStart(2, "0")}`, {
        x: tx,
        y: top - fs * 1.1,
        "text-anchor": "middle",
        fill: style.colors.axis,
      }),
    );
  }
  const ax = x(asOf);
  parts.push(
    el("line", {
      "data-as-of": asOfText,
      x1: ax,
      y1: top - fs * 2.6,
      x2: ax,
      y2: bottom,
      stroke: style.colors.text,
      "stroke-width": 1,
      "stroke-dasharray": "4 3",
    }),
    text(`as of ${asOfText}`, {
      x: ax,
      y: top - fs * 2.7,
      "text-anchor": "middle",
      fill: style.colors.text,
    }),
  );

  const said: string[] = [];
  let overdueCount = 0;
  lives.forEach((life, r) => {
    const y = top + r * rowHeight;
    const mid = y + rowHeight / 2;
    const h = fs * 0.9;
    const closedColor =
      life.withdrawn !== undefined
        ? style.colors.muted
        : life.delivered !== undefined
          ? style.colors.gain
          : style.colors.primary;
    const parts2: string[] = [
      label(life.title, labelWidth - 8, style, {
        x: plotX - 8,
        y: mid + fs * 0.35,
        "text-anchor": "end",
        fill: style.colors.text,
      }),
    ];
    // The life up to the due date (or the end), then late or overdue time after it.
    const onTimeEnd =
      life.due === undefined ? life.end : Math.min(life.end, Math.max(life.made, life.due));
    parts2.push(
      el("rect", {
        class: "life",
        "data-part": "life",
        x: x(life.made),
        y: mid - h / 2,
        width: x(onTimeEnd) - x(life.made),
        height: h,
        fill: closedColor,
      }),
    );
    let state: string;
    if (life.overdue && life.due !== undefined) {
      overdueCount += 1;
      parts2.push(
        el("rect", {
          class: "overdue",
          "data-part": "overdue",
          x: x(life.due),
          y: mid - h / 2,
          width: x(asOf) - x(life.due),
          height: h,
          fill: patternFill("overdue"),
          stroke: style.colors.loss,
          "stroke-width": 1,
        }),
      );
      state = `overdue ${asOf - life.due} d${life.missed ? ", missed" : ""}`;
    } else if (
      life.delivered !== undefined &&
      life.due !== undefined &&
      life.delivered > life.due
    ) {
      parts2.push(
        el("rect", {
          class: "late",
          "data-part": "late",
          x: x(life.due),
          y: mid - h / 2,
          width: x(life.delivered) - x(life.due),
          height: h,
          fill: style.colors.accent,
        }),
      );
      state = `delivered ${life.delivered - life.due} d late${life.verified ? ", verified" : ""}`;
    } else if (life.delivered !== undefined) {
      state = life.verified ? "delivered, verified" : "delivered";
    } else if (life.withdrawn !== undefined) {
      state = "withdrawn";
    } else {
      state = life.missed ? "missed" : "open";
    }
    if (life.due !== undefined) {
      const dx = x(life.due);
      parts2.push(
        el("line", {
          "data-due": formatDay(life.due),
          x1: dx,
          y1: mid - h,
          x2: dx,
          y2: mid + h,
          stroke: style.colors.text,
          "stroke-width": 2,
        }),
      );
    }
    if (life.delivered !== undefined) {
      parts2.push(
        el("circle", {
          cx: x(life.delivered),
          cy: mid,
          r: h * 0.55,
          fill: life.verified ? style.colors.text : style.colors.background,
          stroke: style.colors.text,
          "stroke-width": 1.5,
        }),
      );
    } else if (life.withdrawn !== undefined) {
      const wx = x(life.withdrawn);
      const s = h * 0.5;
      parts2.push(
        el("path", {
          d: `M${n(wx - s)} ${n(mid - s)}L${n(wx + s)} ${n(mid + s)}M${n(wx - s)} ${n(mid + s)}L${n(wx + s)} ${n(mid - s)}`,
          stroke: style.colors.text,
          "stroke-width": 1.5,
        }),
      );
    }
    const noteX =
      Math.max(x(life.end), life.overdue ? ax : 0, life.due === undefined ? 0 : x(life.due)) + 6;
    parts2.push(
      text(state, {
        x: noteX,
        y: mid + fs * 0.35,
        fill: life.overdue ? style.colors.loss : style.colors.text,
        "font-weight": life.overdue ? "bold" : undefined,
      }),
    );
    parts.push(
      `<g class="commitment" data-key="${escapeXml(life.id)}" data-state="${escapeXml(state)}">${parts2.join("")}</g>`,
    );
    if (said.length < 60)
      said.push(
        `${cut(life.title, 60)}: made ${formatDay(life.made)}${life.due === undefined ? "" : `, due ${formatDay(life.due)}`}, ${state}`,
      );
  });
  const key = legend(
    [
      {
        swatch: el("rect", { x: 0, y: 3, width: 12, height: 6, fill: style.colors.primary }),
        label: "open",
      },
      {
        swatch: el("rect", { x: 0, y: 3, width: 12, height: 6, fill: style.colors.gain }),
        label: "delivered",
      },
      {
        swatch: el("rect", { x: 0, y: 3, width: 12, height: 6, fill: style.colors.accent }),
        label: "late",
      },
      {
        swatch: el("rect", {
          x: 0,
          y: 2,
          width: 12,
          height: 8,
          fill: patternFill("overdue"),
          stroke: style.colors.loss,
        }),
        label: "overdue",
      },
      {
        swatch: el("rect", { x: 0, y: 3, width: 12, height: 6, fill: style.colors.muted }),
        label: "withdrawn",
      },
      {
        swatch: el("line", {
          x1: 6,
          y1: 0,
          x2: 6,
          y2: 12,
          stroke: style.colors.text,
          "stroke-width": 2,
        }),
        label: "due date",
      },
      {
        swatch: el("circle", { cx: 6, cy: 6, r: 4, fill: style.colors.text }),
        label: "verified (hollow: self-reported)",
      },
    ],
    pad,
    bottom + fs * 0.5,
    width - 2 * pad,
    style,
  );
  parts.push(key.body);
  return documentOf(
    {
      chart: "timeline",
      title,
      desc: `Timeline of ${lives.length} commitment${lives.length === 1 ? "" : "s"} as of ${asOfText}, ${overdueCount} overdue. ${listOf(said, 60)}.`,
      width,
      height: Math.ceil(bottom + fs * 0.5 + key.height + pad),
      defs: hatch("overdue", style.colors.loss),
      body: parts.join("\n"),
    },
    style,
  );
};
