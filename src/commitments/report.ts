/**
 * Markdown reports for a group: "you said, we did", an overdue digest, and per-party
 * accountability.
 *
 * All three are pure text views of the state as of a date. User text (titles, notes, names) is
 * escaped so that it cannot break the Markdown or inject HTML; evidence that is an http(s) link
 * becomes a link, anything else is quoted as text.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { DecideError } from "../core/errors.js";
import { escapeMarkdown } from "../core/internal/markdown.js";
import { formatDay } from "./dates.js";
import type { LedgerEvent } from "./events.js";
import { followThrough } from "./follow-through.js";
import { checkState, guarded, titleOf } from "./internal/guard.js";
import { eventsOf, milestonesOf, type Snapshot, snapshotAt } from "./internal/snapshot.js";
import { type CommitmentMetrics, checkOptions, compareText, metrics } from "./metrics.js";
import { milestoneProgress } from "./milestones.js";
import type { LedgerState } from "./reducer.js";

/**
 * Options of the reports.
 *
 * @category rendering
 */
export interface ReportOptions {
  /** The date of the report (`YYYY-MM-DD` or an offset date-time). */
  readonly asOf: string;
  /** A heading; each report has a default. */
  readonly title?: string;
  /** As in `metrics`; default 90. */
  readonly staleAfterDays?: number;
}

/**
 * Writes the "you said, we did" report: for each decision, what people asked for or decided, what
 * was committed, and what happened, with dates and evidence.
 *
 * @remarks
 * A common accountability format of UK councils and co-production boards ("You said, we did"),
 * here generated from the ledger as of `asOf`: a summary line from {@link metrics}, then one
 * section per decision (in the order their first commitment was made; commitments without a
 * decision last), one entry per commitment with its current state and its dated events.
 *
 * @example
 * ```ts
 * import { youSaidWeDid } from "co-decide/commitments";
 *
 * youSaidWeDid(state, { asOf: "2026-07-01" });
 * // => right("# You said, we did\n\n_As of 2026-07-01: 12 commitments, 9 due, 8 delivered (89%) ...")
 * ```
 *
 * @category rendering
 */
export const youSaidWeDid = (
  state: LedgerState,
  options: ReportOptions,
): E.Either<DecideError, string> =>
  guarded("the report", () =>
    E.flatMap((m: Measured): E.Either<DecideError, string> => {
      const lines: string[] = [`# ${escapeMarkdown(m.title)}`, ""];
      lines.push(`_${summaryLine(formatDay(m.day), m.overall)}_`, "");
      const groups = new Map<string, Snapshot[]>();
      const titles = new Map<string, Snapshot>();
      const NONE = "\u0000none";
      for (const id of state.order) {
        const record = state.commitments[id];
        if (record === undefined) continue;
        const s = snapshotAt(record, m.day);
        if (s === undefined) continue;
        const key = record.commitment.decision?.id ?? NONE;
        const group = groups.get(key);
        if (group === undefined) {
          groups.set(key, [s]);
          titles.set(key, s);
        } else group.push(s);
      }
      const keys = [...groups.keys()].filter((key) => key !== NONE);
      if (groups.has(NONE)) keys.push(NONE);
      for (const key of keys) {
        const group = groups.get(key) as Snapshot[];
        const decision = (titles.get(key) as Snapshot).record.commitment.decision;
        if (decision === undefined) lines.push("## Other commitments", "");
        else {
          lines.push(`## ${escapeMarkdown(decision.title ?? decision.id)}`, "");
          if (decision.outcome !== undefined) {
            lines.push(`**Decided:** ${escapeMarkdown(decision.outcome)}`, "");
          }
        }
        for (const s of group) lines.push(...commitmentEntry(s, m.day));
      }
      return E.right(`${lines.join("\n").trimEnd()}\n`);
    })(overallAt(state, options, "You said, we did")),
  );

/**
 * Writes the overdue digest: every overdue commitment, most overdue first, and the open
 * commitments that have gone quiet.
 *
 * @remarks
 * Lists `overdue` and `stale` of {@link metrics} as of `asOf` in two Markdown tables.
 *
 * @example
 * ```ts
 * import { overdueDigest } from "co-decide/commitments";
 *
 * overdueDigest(state, { asOf: "2026-07-01" });
 * // => right("# Overdue commitments\n\n_As of 2026-07-01: 2 overdue ..._\n\n| Commitment | Owner | ...")
 * ```
 *
 * @category rendering
 */
export const overdueDigest = (
  state: LedgerState,
  options: ReportOptions,
): E.Either<DecideError, string> =>
  guarded("the digest", () =>
    E.map((m: Measured) => {
      const asOf = formatDay(m.day);
      const o = m.overall;
      const lines: string[] = [`# ${escapeMarkdown(m.title)}`, ""];
      lines.push(
        `_As of ${asOf}: ${plural(o.overdue.length, "commitment")} overdue, ${plural(o.stale.length, "open commitment")} with no news for ${m.staleAfterDays} days or more._`,
        "",
      );
      if (o.overdue.length > 0) {
        lines.push("| Commitment | Owner | Party | Due | Days overdue | State |");
        lines.push("| --- | --- | --- | --- | ---: | --- |");
        for (const item of o.overdue) {
          lines.push(
            `| ${cell(item.title)} | ${cell(item.owner)} | ${cell(item.party)} | ${item.dueAt} | ${item.daysOverdue} | ${item.status} |`,
          );
        }
        lines.push("");
      }
      if (o.stale.length > 0) {
        lines.push("## No news", "", "| Commitment | Owner | Last event | Days since |");
        lines.push("| --- | --- | --- | ---: |");
        for (const item of o.stale) {
          lines.push(
            `| ${cell(item.title)} | ${cell(item.owner)} | ${item.lastEventOn} | ${item.daysSinceLastEvent} |`,
          );
        }
        lines.push("");
      }
      return `${lines.join("\n").trimEnd()}\n`;
    })(overallAt(state, options, "Overdue commitments")),
  );

/**
 * Writes per-party accountability: who is keeping their promises, party by party (the authority,
 * the funder, the community, ...), with the follow-through estimate and its uncertainty.
 *
 * @remarks
 * One row per party from {@link metrics} `byParty`, and the Jeffreys-prior Beta-Binomial estimate
 * of {@link followThrough} by party (mean and 95% credible interval), parties in code-unit order.
 *
 * @example
 * ```ts
 * import { partyAccountability } from "co-decide/commitments";
 *
 * partyAccountability(state, { asOf: "2026-07-01" });
 * // => right("# Who is keeping their promises?\n\n| Party | Made | Due | Delivered | ...")
 * ```
 *
 * @category rendering
 */
export const partyAccountability = (
  state: LedgerState,
  options: ReportOptions,
): E.Either<DecideError, string> =>
  guarded("the accountability table", () => {
    const result = metrics(state, {
      asOf: options?.asOf,
      ...(options?.staleAfterDays === undefined ? {} : { staleAfterDays: options.staleAfterDays }),
    });
    if (E.isLeft(result)) return result;
    const estimates = followThrough(state, { asOf: options.asOf, by: "party" });
    if (E.isLeft(estimates)) return estimates;
    const title = titleOf(options, "Who is keeping their promises?");
    if (E.isLeft(title)) return title;
    const byName = new Map(estimates.right.estimates.map((e) => [e.name, e]));
    const lines: string[] = [
      `# ${escapeMarkdown(title.right)}`,
      "",
      `_As of ${result.right.asOf}. Follow-through = delivered / due; the estimate is the posterior mean with a 95% credible interval (Jeffreys prior), so few promises give a wide interval._`,
      "",
      "| Party | Made | Due | Delivered | Follow-through | On time | Overdue | Broken | Verified | Estimate (95% interval) |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ];
    const parties = Object.keys(result.right.byParty).sort(compareText);
    for (const party of parties) {
      const m = result.right.byParty[party] as CommitmentMetrics;
      const e = byName.get(party);
      const estimate =
        e === undefined ? "—" : `${percent(e.mean)} (${percent(e.lower)}–${percent(e.upper)})`;
      lines.push(
        `| ${cell(party)} | ${m.total} | ${m.due} | ${m.delivered} | ${percent(m.followThroughRate)} | ${percent(m.onTimeRate)} | ${m.overdue.length} | ${m.broken.length} | ${percent(m.verifiedShare)} | ${estimate} |`,
      );
    }
    return E.right(`${lines.join("\n")}\n`);
  });

/** What a report is written from: its day, its title and the overall metrics. */
interface Measured {
  readonly day: number;
  readonly title: string;
  readonly overall: CommitmentMetrics;
  readonly staleAfterDays: number;
}

const overallAt = (
  state: LedgerState,
  options: ReportOptions,
  defaultTitle: string,
): E.Either<DecideError, Measured> => {
  const valid = checkState(state);
  if (E.isLeft(valid)) return valid;
  const checked = checkOptions({ asOf: options?.asOf });
  if (E.isLeft(checked)) return checked;
  const title = titleOf(options, defaultTitle);
  if (E.isLeft(title)) return title;
  return E.map((m: { overall: CommitmentMetrics; staleAfterDays: number }) => ({
    day: checked.right.day,
    title: title.right,
    overall: m.overall,
    staleAfterDays: m.staleAfterDays,
  }))(
    metrics(state, {
      asOf: options.asOf,
      ...(options.staleAfterDays === undefined ? {} : { staleAfterDays: options.staleAfterDays }),
    }),
  );
};

const summaryLine = (asOf: string, m: CommitmentMetrics): string =>
  `As of ${asOf}: ${plural(m.total, "commitment")}, ${m.due} due, ${m.delivered} delivered (${percent(m.followThroughRate)}), ${m.onTime} on time, ${m.overdue.length} overdue, ${m.broken.length} broken; ${m.verified} of ${plural(m.deliveries, "delivery", "deliveries")} independently verified.`;

const STATUS_WORDS: Readonly<Record<string, string>> = {
  committed: "Committed",
  accepted: "Accepted",
  "in-progress": "In progress",
  missed: "Missed",
  delivered: "Delivered",
  verified: "Delivered and verified",
  withdrawn: "Withdrawn",
};

const commitmentEntry = (s: Snapshot, day: number): string[] => {
  const c = s.record.commitment;
  const lines: string[] = [`### ${escapeMarkdown(c.title)}`, ""];
  if (c.decision?.asked !== undefined)
    lines.push(`**You said:** ${escapeMarkdown(c.decision.asked)}`, "");
  const due = s.dueDay === null ? "no due date" : `due ${formatDay(s.dueDay)}`;
  lines.push(
    `**We committed:** ${escapeMarkdown(c.owner)} (${escapeMarkdown(c.party)}), on ${formatDay(s.madeDay)}, ${due}.`,
  );
  if (c.beneficiaries !== undefined && c.beneficiaries.length > 0) {
    lines.push(`For: ${c.beneficiaries.map(escapeMarkdown).join(", ")}.`);
  }
  if (c.description !== undefined) lines.push(`${escapeMarkdown(c.description)}`);
  if (c.evidenceRequired !== undefined) {
    lines.push(`Evidence of delivery: ${escapeMarkdown(c.evidenceRequired)}.`);
  }
  lines.push("", `**Where it stands:** ${statusSentence(s, day)}`, "", "**What happened:**", "");
  for (const event of eventsOf(s)) lines.push(`- ${eventLine(event)}`);
  lines.push("");
  return lines;
};

const statusSentence = (s: Snapshot, day: number): string => {
  const words = STATUS_WORDS[s.status] ?? s.status;
  switch (s.status) {
    case "delivered":
    case "verified": {
      const delivered = s.deliveredDay as number;
      const timing =
        s.dueDay === null
          ? ""
          : delivered <= s.dueDay
            ? " (on time)"
            : ` (${plural(delivered - s.dueDay, "day")} late)`;
      const verified =
        s.verifiedEvent === null
          ? ", not yet independently verified"
          : `, verified by ${escapeMarkdown(s.verifiedEvent.actor ?? "")} on ${formatDay(s.verifiedDay as number)}`;
      return `Delivered on ${formatDay(delivered)}${timing}${verified}.`;
    }
    case "withdrawn":
      return `${words} on ${formatDay(s.withdrawnDay as number)}.`;
    default: {
      const overdue =
        s.dueDay !== null && s.dueDay <= day
          ? `, ${plural(day - s.dueDay, "day")} past its due date`
          : "";
      const milestones = milestoneProgress(s.record.commitment, milestonesOf(s));
      const reached =
        milestones.share === null
          ? ""
          : `, ${milestones.reached} of ${plural(milestones.total, "milestone")} reached (${Math.round(milestones.share * 100)}% by weight)`;
      return `${words}${s.progress > 0 ? `, ${s.progress}% done` : ""}${reached}${overdue}.`;
    }
  }
};

const eventLine = (event: LedgerEvent): string => {
  const parts: string[] = [`${event.at.slice(0, 10)}: ${event.type}`];
  switch (event.type) {
    case "progressed":
      parts.push(` (${event.percent}%)`);
      break;
    case "milestone-reached":
      parts.push(` (${escapeMarkdown(event.milestoneId)})`);
      break;
    case "renegotiated":
      parts.push(
        ` (${[
          event.dueAt === undefined ? "" : `new due date ${event.dueAt}`,
          event.scope === undefined ? "" : `new scope: ${escapeMarkdown(event.scope)}`,
          `reason: ${escapeMarkdown(event.reason)}`,
        ]
          .filter((p) => p !== "")
          .join("; ")})`,
      );
      break;
    case "withdrawn":
      parts.push(` (reason: ${escapeMarkdown(event.reason)})`);
      break;
    default:
      break;
  }
  if (event.actor !== undefined) parts.push(` by ${escapeMarkdown(event.actor)}`);
  if (event.note !== undefined && event.note !== "") parts.push(`: ${escapeMarkdown(event.note)}`);
  if (event.evidence !== undefined && event.evidence.length > 0) {
    parts.push(`; evidence: ${event.evidence.map(evidenceLink).join(", ")}`);
  }
  return parts.join("");
};

const SAFE_URL = /^https?:\/\/[^\s<>()[\]"'`\\]+$/;

const evidenceLink = (item: string): string =>
  SAFE_URL.test(item) ? `<${item}>` : escapeMarkdown(item);

const cell = escapeMarkdown;

const percent = (value: number | null): string =>
  value === null ? "—" : `${(value * 100).toFixed(0)}%`;

const plural = (n: number, word: string, many = `${word}s`): string =>
  `${n} ${n === 1 ? word : many}`;
