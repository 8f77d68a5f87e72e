/**
 * `assessProcess`: one joint decision process measured under the five factors of the What Works
 * Centre for Wellbeing (2020) review on joint decision-making (depth of engagement, equalising
 * power, follow-through, time, the right moment), with flags that carry their evidence, threshold
 * and source.
 *
 * Every indicator is computed with the other modules: `assessEngagement` (IAP2 / Arnstein),
 * `banzhaf`, `shapleyShubik`, `isWinning` and `weightedGame` (voting power), `gini` and `topShare`
 * (voice), `representation` and `gallagher` (representativeness), `whosePreferencesWon`,
 * `replay` and `metrics` (commitments). Only the survey trend (`survey.ts`) and the feedback and
 * timing checks are new here. The evidence behind each factor and each default is in
 * `docs/assessing-a-process.md`.
 *
 * Everything is read as of one day `asOf`: stages that started by then, decisions taken by then,
 * feedback given by then, ledger events and survey waves dated by then. Nothing reads the clock.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { formatDay, parseIsoDay } from "../commitments/dates.js";
import { type CommitmentMetrics, metrics } from "../commitments/metrics.js";
import { replay } from "../commitments/reducer.js";
import { type DecideError, invalidInputAt } from "../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";
import { banzhaf } from "../power/banzhaf.js";
import { assessEngagement, type DecisionRight, type Iap2Level } from "../power/engagement.js";
import { isWinning, type WeightedGame, weightedGame } from "../power/game.js";
import { gini } from "../power/inequality/gini.js";
import { topShare } from "../power/inequality/top-share.js";
import { gallagher } from "../power/proportionality.js";
import { representation } from "../power/representation.js";
import { whosePreferencesWon } from "../power/satisfaction.js";
import { shapleyShubik } from "../power/shapley-shubik.js";
import type { Body, Decision, JointProcess, Stage } from "./model.js";
import { countItems, PROCESS_ITEMS_LIMIT } from "./parse.js";
import { cliffTrend, summariseWave, twoProportionZ, type WaveSummary } from "./survey.js";
import {
  DEFAULT_THRESHOLDS,
  FLAG_SOURCES,
  type FlagId,
  THRESHOLDS,
  type Thresholds,
} from "./thresholds.js";

/** A JSON value. @category process */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** The five factors. @category process */
export type Factor = "depth" | "power" | "followThrough" | "time" | "moment";

/**
 * One measurement: its value, the exact inputs it was computed from, and the method used.
 *
 * @category process
 */
export interface Indicator {
  /** A stable id, `<factor>.<what>`, e.g. `"depth.level"`. */
  readonly id: string;
  /** What it is about: a decision, body, stage or survey id; `null` for the whole process. */
  readonly subject: string | null;
  /** What it measures, in plain words. */
  readonly label: string;
  /** Its value (`null` when it cannot be computed yet; `inputs.reason` says why). */
  readonly value: JsonValue;
  /** The exact inputs. */
  readonly inputs: { readonly [key: string]: JsonValue };
  /** How it was computed: the function of co-decide used, or the rule applied. */
  readonly method: string;
  /** The published source of the measure. */
  readonly source: string;
}

/** How much a flag matters. @category process */
export type Severity = "info" | "warning" | "serious";

/**
 * A problem found, with the numbers that raised it.
 *
 * @category process
 */
export interface Flag {
  /** Its stable id. */
  readonly id: FlagId;
  readonly factor: Factor;
  readonly severity: Severity;
  /** What it is about (a decision, body, stage or survey id), `null` for the whole process. */
  readonly subject: string | null;
  /** What was found, in plain words. */
  readonly message: string;
  /** The numbers that raised it. */
  readonly evidence: { readonly [key: string]: JsonValue };
  /** The threshold crossed: its name, the value in force, its default and the reason for it. */
  readonly threshold: {
    readonly name: keyof Thresholds;
    readonly value: number;
    readonly default: number;
    readonly reason: string;
  };
  /** The published sources. */
  readonly citation: string;
}

/**
 * The assessment of a process as of one day: plain JSON data.
 *
 * @category process
 */
export interface Assessment {
  /** The assessment format's version, `1`. */
  readonly version: 1;
  readonly processId: string;
  /** The day assessed, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The thresholds in force. */
  readonly thresholds: Thresholds;
  /** The indicators, by factor. */
  readonly factors: { readonly [F in Factor]: readonly Indicator[] };
  /** The flags raised, in factor order. */
  readonly flags: readonly Flag[];
}

/**
 * Options of {@link assessProcess}.
 *
 * @category process
 */
export interface AssessOptions {
  /** The day to assess at (`YYYY-MM-DD` or an offset date-time; its UTC day). Required. */
  readonly asOf: string;
  /** Thresholds to change (see {@link THRESHOLDS} for each default and its reason). */
  readonly thresholds?: Partial<Thresholds>;
  /** Bootstrap resamples for the survey trend interval, 0 to 100,000 (default 2,000). */
  readonly resamples?: number;
  /** The seed of the bootstrap (default: the process id). */
  readonly seed?: string;
  /** The most process items accepted (see {@link PROCESS_ITEMS_LIMIT}). */
  readonly maxItems?: number;
  /** The most bootstrap draws accepted (see {@link BOOTSTRAP_LIMIT}). */
  readonly maxDraws?: number;
}

/**
 * The work limit of the survey bootstrap: resamples times the answers of the two waves compared,
 * summed over surveys. The default keeps it well under a second.
 *
 * @category limits
 */
export const BOOTSTRAP_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "assessProcess.draws",
  unit: "bootstrap draws",
  default: 20_000_000,
  ceiling: 500_000_000,
  option: "options.maxDraws",
});

const LEVELS: readonly Iap2Level[] = [
  "none",
  "inform",
  "consult",
  "involve",
  "collaborate",
  "empower",
];
const levelIndex = (level: Iap2Level): number => LEVELS.indexOf(level) - 1;

/**
 * Measures a joint decision process under the five factors and raises the flags its evidence
 * supports.
 *
 * @remarks
 * Factors and indicators (each with its inputs and method; details in
 * `docs/assessing-a-process.md`):
 * - depth: per decision, the IAP2 level and Arnstein rung practised, from the rights the public
 *   actually held (`assessEngagement`), beside the level claimed; the share of decisions taken in
 *   which the public held a decisive vote (its members together form a winning coalition of the
 *   deciding body, `isWinning`). When it does, the practised level is empower (IAP2: "place final
 *   decision making in the hands of the public") whatever else is missing.
 * - power: per body, each role's normalised Banzhaf and Shapley-Shubik power against its seat
 *   share, dummies and roles able to block alone; Gini of attendance and of contributions, the
 *   most active fifth's share (`topShare`) and each role's contribution share over presence share;
 *   representation ratios and the Gallagher index of participants against the population, per
 *   dimension; per stage with stated preferences, each role's and each group's satisfaction
 *   (`whosePreferencesWon`);
 *   the share of recommendations adopted.
 * - followThrough: the commitments `metrics` (follow-through rate, on time, overdue); the share of
 *   consultation stages whose participants were told, with the influence shown, in time.
 * - time: months since the group formed; per survey, an exact summary of each wave and Cliff's
 *   delta from the first wave to the latest with a seeded bootstrap interval; "too early to judge"
 *   before `minimumMonths` (24).
 * - moment: per decision, whether the public was involved before it was taken (and before the
 *   options were locked), and who set the agenda.
 *
 * Flags: `level-overclaimed`, `decided-before-involvement`, `no-feedback`, `power-concentrated`,
 * `unrepresentative`, `voice-unequal`, `preferences-ignored`, `commitments-overdue`,
 * `low-follow-through`, `confidence-falling`, `too-early`; each raised only by numbers in its
 * `evidence`, against a threshold from {@link THRESHOLDS} (`options.thresholds` changes any).
 *
 * Errors: `InvalidInput` for a bad `asOf` (`asOf`), an unknown or negative threshold
 * (`thresholds.x`), bad `resamples` or `seed`; `Unsupported` (`work_limit`) past
 * {@link PROCESS_ITEMS_LIMIT} or {@link BOOTSTRAP_LIMIT}. A body too large for exact power indices
 * gives `null` power values with the reason, not an error. O(items + bodies' exact power work +
 * resamples × answers). Deterministic (seeded). Never throws.
 *
 * @param process - a process from {@link parseProcess}.
 * @param options - `asOf` (required), `thresholds`, `resamples`, `seed`, limits.
 *
 * @example A consultation that never reported back
 * ```ts
 * import { assessProcess, parseProcess } from "co-decide/process";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * E.flatMap((p) => assessProcess(p, { asOf: "2026-06-30" }))(parseProcess(json));
 * // => right({ factors: { ... }, flags: [{ id: "no-feedback", severity: "serious",
 * //    evidence: { stage: "s1", closed: "2025-03-31", deadlineDays: 84, given: null }, ... }] })
 * ```
 *
 * @category process
 */
export const assessProcess = (
  process: JointProcess,
  options: AssessOptions,
): E.Either<DecideError, Assessment> => {
  try {
    const checked = checkOptions(process, options);
    if (E.isLeft(checked)) return checked;
    return assessChecked(process, checked.right);
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `the process could not be read (${cause instanceof Error ? cause.message : "unknown cause"}); pass a process from parseProcess`,
      ),
    );
  }
};

/** Validated options. @internal */
export interface Checked {
  readonly day: number;
  readonly thresholds: Thresholds;
  readonly resamples: number;
  readonly seed: string;
}

/** Checks the options of {@link assessProcess} and the work limits. @internal */
export const checkOptions = (
  process: JointProcess,
  options: AssessOptions,
): E.Either<DecideError, Checked> => {
  if (typeof options !== "object" || options === null) {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object with asOf"));
  }
  const asOf: unknown = options.asOf;
  const day = typeof asOf === "string" ? parseIsoDay(asOf) : undefined;
  if (day === undefined) {
    return E.left(
      invalidInputAt(
        "asOf",
        "invalid_date",
        "expected a valid ISO date (YYYY-MM-DD) or date-time with an offset",
      ),
    );
  }
  const given: unknown = options.thresholds;
  const thresholds: Record<string, number> = { ...DEFAULT_THRESHOLDS };
  if (given !== undefined) {
    if (typeof given !== "object" || given === null || Array.isArray(given)) {
      return E.left(invalidInputAt("thresholds", "invalid_type", "expected an object"));
    }
    for (const key of Object.keys(given)) {
      const value: unknown = (given as Record<string, unknown>)[key];
      if (!Object.hasOwn(THRESHOLDS, key)) {
        return E.left(
          invalidInputAt(
            `thresholds.${key}`,
            "unknown_threshold",
            `no threshold is called "${key}"`,
          ),
        );
      }
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        return E.left(
          invalidInputAt(
            `thresholds.${key}`,
            "out_of_range",
            "expected a finite number at least 0",
          ),
        );
      }
      thresholds[key] = value;
    }
  }
  const resamples: unknown = options.resamples ?? 2000;
  if (
    typeof resamples !== "number" ||
    !Number.isInteger(resamples) ||
    resamples < 0 ||
    resamples > 100_000
  ) {
    return E.left(
      invalidInputAt("resamples", "out_of_range", "expected a whole number from 0 to 100000"),
    );
  }
  const seed: unknown = options.seed ?? process.id;
  if (typeof seed !== "string") {
    return E.left(invalidInputAt("seed", "invalid_type", "expected a string"));
  }
  const items = resolveLimit(PROCESS_ITEMS_LIMIT, options.maxItems);
  if (E.isLeft(items)) return items;
  const sized = checkWork(PROCESS_ITEMS_LIMIT, countItems(process), items.right);
  if (E.isLeft(sized)) return sized;
  const draws = resolveLimit(BOOTSTRAP_LIMIT, options.maxDraws);
  if (E.isLeft(draws)) return draws;
  let work = 0;
  for (const survey of process.surveys) {
    const waves = wavesBy(survey.waves, day);
    if (waves.length >= 2) {
      work += resamples * ((waves[0]?.answers.length ?? 0) + (waves.at(-1)?.answers.length ?? 0));
    }
  }
  const bounded = checkWork(BOOTSTRAP_LIMIT, work, draws.right);
  if (E.isLeft(bounded)) return bounded;
  return E.right({ day, thresholds: thresholds as unknown as Thresholds, resamples, seed });
};

const dayOf = (text: string): number => parseIsoDay(text) ?? Number.NaN;

const wavesBy = <W extends { readonly at: string }>(waves: readonly W[], day: number): W[] =>
  waves
    .map((wave, i) => ({ wave, i, d: dayOf(wave.at) }))
    .filter((w) => w.d <= day)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((w) => w.wave);

/** Whole calendar months from day `a` to day `b` (0 when b is before a). @internal */
export const monthsBetween = (a: number, b: number): number => {
  const [ya, ma, da] = civil(a);
  const [yb, mb, db] = civil(b);
  const months = (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
  return Math.max(0, months);
};

const civil = (day: number): [number, number, number] => {
  const [y, m, d] = formatDay(day).split("-").map(Number) as [number, number, number];
  return [y, m, d];
};

/** The typed power of one body. */
interface BodyGame {
  readonly game: WeightedGame;
  readonly roles: readonly string[];
}

const ENGAGEMENT_SOURCE =
  "IAP2 Spectrum of Public Participation; Arnstein (1969), JAIP 35(4): 216-224; OGP IRM levels";

/** The assessment proper, after the options are checked. @internal */
export const assessChecked = (
  process: JointProcess,
  checked: Checked,
): E.Either<DecideError, Assessment> => {
  const { day, thresholds: t } = checked;
  const asOf = formatDay(day);
  const role = new Map(process.people.map((p) => [p.id, p.role]));
  const publicRoles = new Set(process.publicRoles ?? ["resident"]);
  const isPublic = (id: string): boolean => publicRoles.has(role.get(id) ?? "");
  const stages = process.stages.filter((s) => dayOf(s.startsAt) <= day);
  const taken = (d: Decision): boolean => d.decidedAt !== undefined && dayOf(d.decidedAt) <= day;
  const stagesOf = (id: string): Stage[] => stages.filter((s) => s.decision === id);
  const ledger = replay(process.ledger, { maxEvents: Math.max(1, process.ledger.length) });
  if (E.isLeft(ledger)) return ledger;
  const flags: Flag[] = [];
  const flag = (
    id: FlagId,
    factor: Factor,
    severity: Severity,
    subject: string | null,
    message: string,
    evidence: { readonly [key: string]: JsonValue },
    name: keyof Thresholds,
  ): void => {
    flags.push({
      id,
      factor,
      severity,
      subject,
      message,
      evidence,
      threshold: {
        name,
        value: t[name],
        default: THRESHOLDS[name].default,
        reason: THRESHOLDS[name].reason,
      },
      citation: FLAG_SOURCES[id],
    });
  };

  // ---- power of each body (also used by depth) ----
  const games = new Map<string, BodyGame | string>();
  for (const body of process.bodies) games.set(body.id, bodyGame(body, role));
  const banzhafs = new Map<string, ReturnType<typeof banzhaf>>();
  const banzhafEither = (id: string, g: BodyGame): ReturnType<typeof banzhaf> => {
    const known = banzhafs.get(id);
    if (known !== undefined) return known;
    const computed = banzhaf(g.game);
    banzhafs.set(id, computed);
    return computed;
  };
  const banzhafOf = (id: string, g: BodyGame) => E.getOrElseW(() => null)(banzhafEither(id, g));
  const publicIndices = (g: BodyGame): number[] =>
    g.game.players.flatMap((id, i) => (isPublic(id) ? [i] : []));

  // ---- depth ----
  const depth: Indicator[] = [];
  let decisive = 0;
  let decided = 0;
  const practisedOf = new Map<string, Iap2Level>();
  for (const decision of process.decisions) {
    const own = stagesOf(decision.id);
    if (own.length === 0 && !taken(decision)) continue;
    const withPublic = own.filter((s) => s.participants.some(isPublic));
    const rights = new Set<DecisionRight>();
    if (withPublic.length > 0) rights.add("receives-information");
    if (withPublic.some((s) => s.kind !== "inform")) rights.add("gives-input");
    if (
      withPublic.some(
        (s) =>
          s.kind !== "inform" &&
          s.feedback !== undefined &&
          s.feedback.influenceShown &&
          dayOf(s.feedback.at) <= day,
      )
    ) {
      rights.add("told-how-input-used");
    }
    if (withPublic.some((s) => s.kind === "involve" || s.kind === "deliberate")) {
      rights.add("deliberates");
    }
    if (own.some((s) => s.agendaSetBy.some(isPublic))) {
      rights.add("proposes-options");
      rights.add("sets-agenda");
    }
    const g = games.get(decision.decidedBy);
    let residentsDecisive = false;
    if (g !== undefined && typeof g !== "string") {
      const members = publicIndices(g);
      residentsDecisive = members.length > 0 && isWinning(g.game, members);
      const others = g.game.players.flatMap((id, i) => (isPublic(id) ? [] : [i]));
      const canBlock = members.length > 0 && !isWinning(g.game, others);
      if (residentsDecisive) rights.add("decides");
      if (canBlock) rights.add("can-veto");
      const power = banzhafOf(decision.decidedBy, g);
      if (power !== null && members.some((i) => (power.values[g.game.players[i] ?? ""] ?? 0) > 0)) {
        rights.add("shares-decision");
      }
    }
    if (
      process.ledger.some(
        (e) =>
          e.type === "committed" && e.commitment.decision?.id === decision.id && dayOf(e.at) <= day,
      )
    ) {
      rights.add("commitment-to-implement");
    }
    const held = [...rights];
    const assessed = assessEngagement({ rights: held });
    const practised: Iap2Level = residentsDecisive ? "empower" : assessed.iap2.level;
    practisedOf.set(decision.id, practised);
    if (taken(decision)) {
      decided++;
      if (residentsDecisive) decisive++;
    }
    depth.push({
      id: "depth.level",
      subject: decision.id,
      label: `Level of participation practised in "${decision.title}", beside the level claimed`,
      value: {
        practised,
        claimed: decision.claimedLevel ?? null,
        arnstein: assessed.arnstein.rung,
        arnsteinRung: assessed.arnstein.number,
      },
      inputs: {
        rightsHeld: held,
        residentsDecisive,
        classifiedLevel: assessed.iap2.level,
        missingForNext: [...assessed.iap2.missingForNext],
        stages: own.map((s) => s.id),
      },
      method:
        "assessEngagement (co-decide/power) on the rights evidenced by stages, feedback, agenda, the deciding body's game (isWinning, banzhaf) and the ledger; a decisive public vote is empower",
      source: ENGAGEMENT_SOURCE,
    });
    if (decision.claimedLevel !== undefined && taken(decision)) {
      // judged once every consultation stage's feedback is given or overdue
      const settled = withPublic
        .filter(isConsultation)
        .every((s) => feedbackStatus(s, day, t).settled);
      const gap = levelIndex(decision.claimedLevel) - levelIndex(practised);
      if (settled && gap >= t.levelGap && gap > 0) {
        flag(
          "level-overclaimed",
          "depth",
          gap >= 2 ? "serious" : "warning",
          decision.id,
          `"${decision.title}" claims "${decision.claimedLevel}" but the evidence shows "${practised}" (${gap} level${gap === 1 ? "" : "s"} lower); missing: ${assessed.iap2.missingForNext.join(", ") || "none"}.`,
          {
            claimed: decision.claimedLevel,
            practised,
            gap,
            rightsHeld: held,
            residentsDecisive,
          },
          "levelGap",
        );
      }
    }
  }
  depth.push({
    id: "depth.decisive-share",
    subject: null,
    label: "Share of decisions taken in which the public held a decisive vote",
    value: decided === 0 ? null : decisive / decided,
    inputs: { decisive, decided, publicRoles: [...publicRoles] },
    method:
      "isWinning (co-decide/power): the public's members together form a winning coalition of the deciding body",
    source: "IAP2 Spectrum (empower); Arnstein (1969) rungs 7-8",
  });

  // ---- power ----
  const power: Indicator[] = [];
  for (const body of process.bodies) {
    const g = games.get(body.id);
    if (g === undefined) continue;
    if (typeof g === "string") {
      power.push({
        id: "power.body",
        subject: body.id,
        label: `Voting power by role in "${body.name ?? body.id}"`,
        value: null,
        inputs: { reason: g },
        method: "banzhaf, shapleyShubik (co-decide/power)",
        source: FLAG_SOURCES["power-concentrated"],
      });
      continue;
    }
    const b = banzhafEither(body.id, g);
    const s = shapleyShubik(g.game);
    const reason = E.isLeft(b) ? b.left.message : E.isLeft(s) ? s.left.message : null;
    const seats = new Map<string, number>();
    for (const r of g.roles) seats.set(r, (seats.get(r) ?? 0) + 1);
    const byRole: Record<string, JsonValue> = {};
    const sum = (values: Readonly<Record<string, number>> | null, r: string): number | null => {
      if (values === null) return null;
      let total = 0;
      g.game.players.forEach((id, i) => {
        if (g.roles[i] === r) total += values[id] ?? 0;
      });
      return total;
    };
    const bValues = E.isRight(b) ? b.right.values : null;
    const sValues = E.isRight(s) ? s.right.values : null;
    const vetoRoles: string[] = [];
    for (const [r, n] of seats) {
      const others = g.game.players.flatMap((_, i) => (g.roles[i] === r ? [] : [i]));
      if (!isWinning(g.game, others)) vetoRoles.push(r);
      const seatShare = n / g.game.players.length;
      const bz = sum(bValues, r);
      byRole[r] = {
        seats: n,
        seatShare,
        banzhaf: bz,
        shapleyShubik: sum(sValues, r),
        powerOverSeats: bz === null ? null : bz / seatShare,
      };
    }
    const dummies = E.isRight(b) ? [...(b.right.dummies ?? [])] : [];
    power.push({
      id: "power.body",
      subject: body.id,
      label: `Voting power by role in "${body.name ?? body.id}", against seats`,
      value: byRole,
      inputs: {
        quota: body.quota,
        weights: Object.fromEntries(g.game.players.map((id, i) => [id, weightOf(body, i)])),
        vetoes: [...(body.vetoes ?? [])],
        dummies,
        rolesThatCanBlockAlone: vetoRoles,
        ...(reason === null ? {} : { reason }),
      },
      method:
        "weightedGame, banzhaf (normalised), shapleyShubik, isWinning (co-decide/power), summed by role",
      source: "Banzhaf (1965); Shapley and Shubik (1954); Felsenthal and Machover (1998)",
    });
    const publicSeats = [...publicRoles].reduce((a, r) => a + (seats.get(r) ?? 0), 0);
    const publicSeatShare = publicSeats / g.game.players.length;
    const publicPower =
      bValues === null ? null : [...publicRoles].reduce((a, r) => a + (sum(bValues, r) ?? 0), 0);
    const otherVetoes = vetoRoles.filter((r) => !publicRoles.has(r));
    const weak =
      publicPower !== null && publicSeats > 0 && publicPower < t.powerRatio * publicSeatShare;
    if (dummies.length > 0 || otherVetoes.length > 0 || weak) {
      const powerless = publicSeats > 0 && publicPower === 0;
      flag(
        "power-concentrated",
        "power",
        powerless || otherVetoes.length > 0 ? "serious" : "warning",
        body.id,
        `${[
          dummies.length > 0
            ? `${dummies.length} seat${dummies.length === 1 ? "" : "s"} can never change an outcome (${dummies.join(", ")})`
            : "",
          otherVetoes.length > 0 ? `${otherVetoes.join(", ")} can block every decision alone` : "",
          weak
            ? `the public holds ${round(publicSeatShare)} of the seats but ${round(publicPower ?? 0)} of the voting power`
            : "",
        ]
          .filter((x) => x !== "")
          .join("; ")} in "${body.name ?? body.id}".`,
        {
          dummies,
          rolesThatCanBlockAlone: otherVetoes,
          publicSeatShare,
          publicBanzhaf: publicPower,
          ratio:
            publicPower === null || publicSeatShare === 0 ? null : publicPower / publicSeatShare,
        },
        "powerRatio",
      );
    }
  }

  // participation inequality: attendance over the public, contributions where counted
  const publicPeople = process.people.filter((p) => isPublic(p.id)).map((p) => p.id);
  const attendance = new Map(publicPeople.map((id) => [id, 0]));
  for (const stage of stages) {
    for (const id of new Set(stage.participants)) {
      if (attendance.has(id)) attendance.set(id, (attendance.get(id) ?? 0) + 1);
    }
  }
  const attendanceValues = [...attendance.values()];
  const attendanceGini = E.getOrElseW(() => null)(gini(attendanceValues));
  power.push({
    id: "power.attendance-gini",
    subject: null,
    label: "Inequality of attendance across the public (Gini)",
    value: attendanceGini,
    inputs: { stagesAttended: Object.fromEntries(attendance) },
    method: "gini (co-decide/power) of stages attended per member of the public",
    source: "Gini (1912); Susánszky et al. (2022) on participation inequality",
  });
  const turns = new Map<string, number>();
  const presence = new Map<string, number>();
  const counted = stages.filter((s) => s.turns !== undefined);
  for (const stage of counted) {
    const given = new Map(Object.entries(stage.turns ?? {}));
    for (const id of new Set(stage.participants)) {
      turns.set(id, (turns.get(id) ?? 0) + (given.get(id) ?? 0));
      const r = role.get(id) ?? "";
      presence.set(r, (presence.get(r) ?? 0) + 1);
    }
    for (const [id, n] of given) {
      if (!stage.participants.includes(id)) turns.set(id, (turns.get(id) ?? 0) + n);
    }
  }
  if (counted.length > 0) {
    const values = [...turns.values()];
    const total = values.reduce((a, b) => a + b, 0);
    const turnsGini = E.getOrElseW(() => null)(gini(values));
    const topFifth = E.getOrElseW(() => null)(topShare(values, { fraction: 0.2 }));
    const presenceTotal = [...presence.values()].reduce((a, b) => a + b, 0);
    const ratios: Record<string, number | null> = {};
    const byRoleTurns = new Map<string, number>();
    for (const [id, n] of turns) {
      const r = role.get(id) ?? "";
      byRoleTurns.set(r, (byRoleTurns.get(r) ?? 0) + n);
    }
    for (const [r, p] of presence) {
      ratios[r] = total === 0 ? null : (byRoleTurns.get(r) ?? 0) / total / (p / presenceTotal);
    }
    power.push({
      id: "power.voice",
      subject: null,
      label: "Inequality of contributions (speaking turns) among participants",
      value: { gini: turnsGini, topFifthShare: topFifth, contributionOverPresence: ratios },
      inputs: {
        contributions: Object.fromEntries(turns),
        presenceByRole: Object.fromEntries(presence),
        stages: counted.map((s) => s.id),
      },
      method:
        "gini and topShare({ fraction: 0.2 }) (co-decide/power); each role's share of contributions over its share of stage places",
      source: FLAG_SOURCES["voice-unequal"],
    });
    const lowRoles = Object.entries(ratios).filter(
      ([, ratio]) => ratio !== null && ratio < t.voiceRatio,
    );
    const concentrated = topFifth !== null && topFifth > t.topFifthShare;
    if (concentrated || lowRoles.length > 0) {
      flag(
        "voice-unequal",
        "power",
        "warning",
        null,
        `${[
          concentrated
            ? `the most active fifth made ${round(topFifth ?? 0)} of all contributions`
            : "",
          lowRoles.length > 0
            ? `${lowRoles.map(([r, ratio]) => `${r} (${round(ratio ?? 0)})`).join(", ")} spoke less than their presence`
            : "",
        ]
          .filter((x) => x !== "")
          .join("; ")}.`,
        {
          topFifthShare: topFifth,
          contributionOverPresence: Object.fromEntries(lowRoles),
          gini: turnsGini,
        },
        concentrated ? "topFifthShare" : "voiceRatio",
      );
    }
  }

  // representativeness of the public who took part
  const participants = [...new Set(stages.flatMap((s) => s.participants.filter(isPublic)))].sort();
  const groupsOf = new Map(process.people.map((p) => [p.id, p.groups ?? {}]));
  if (process.population !== undefined && participants.length > 0) {
    for (const [dimension, shares] of Object.entries(process.population.shares)) {
      const counts: Record<string, number> = {};
      let n = 0;
      for (const id of participants) {
        const group = Object.hasOwn(groupsOf.get(id) ?? {}, dimension)
          ? (groupsOf.get(id) as Record<string, string>)[dimension]
          : undefined;
        if (group === undefined) continue;
        counts[group] = (counts[group] ?? 0) + 1;
        n++;
      }
      if (n === 0) continue;
      const rep = representation(counts, shares);
      const lsq = gallagher(shares, counts);
      if (E.isLeft(rep) || E.isLeft(lsq)) continue;
      const deviations: Record<string, { points: number; seats: number }> = {};
      for (const group of Object.keys(rep.right.populationShares)) {
        const p = rep.right.panelShares[group] ?? 0;
        const q = rep.right.populationShares[group] ?? 0;
        deviations[group] = { points: (p - q) * 100, seats: (p - q) * n };
      }
      power.push({
        id: "power.representation",
        subject: dimension,
        label: `Participants against the population by ${dimension}`,
        value: { gallagher: lsq.right, ratios: rep.right.ratios, deviations },
        inputs: {
          participants: counts,
          population: shares,
          populationSource: process.population.source,
        },
        method:
          "representation and gallagher (co-decide/power): representation ratios and the least squares index, in percent",
        source: FLAG_SOURCES.unrepresentative,
      });
      const small = n < t.smallGroup;
      const off = Object.entries(deviations).filter(([, d]) =>
        small
          ? Math.abs(d.seats) > t.representationSeats
          : Math.abs(d.points) > t.representationPoints,
      );
      if (off.length > 0) {
        flag(
          "unrepresentative",
          "power",
          "warning",
          dimension,
          `By ${dimension}, ${off
            .map(([g, d]) =>
              small
                ? `${g} is ${round(d.seats)} seats off proportional`
                : `${g} is ${round(d.points)} points off its population share`,
            )
            .join("; ")} (${n} participants).`,
          { participants: n, deviations: Object.fromEntries(off), gallagher: lsq.right },
          small ? "representationSeats" : "representationPoints",
        );
      }
    }
  }

  // whose preferences won, and recommendations adopted
  for (const stage of stages) {
    const winners =
      stage.result !== undefined &&
      (stage.result.kind === "outcome" || stage.result.kind === "allocation")
        ? stage.result.value.winners
        : stage.preferences?.winners;
    if (stage.preferences !== undefined && winners !== undefined) {
      const prefs = stage.preferences;
      // one report grouped by role, and one per dimension of the people's groups
      const satisfaction = (groupOf: (person: string) => string) =>
        whosePreferencesWon({
          kind: prefs.kind,
          winners: [...winners],
          ...(prefs.candidates === undefined ? {} : { candidates: [...prefs.candidates] }),
          ...(prefs.costs === undefined ? {} : { costs: prefs.costs }),
          voters: prefs.voters.map((v) => ({
            id: v.person,
            group: groupOf(v.person),
            ...(v.ranking === undefined ? {} : { ranking: v.ranking.map((tier) => [...tier]) }),
            ...(v.approve === undefined ? {} : { approve: [...v.approve] }),
          })),
        });
      const summary = (report: ReturnType<typeof whosePreferencesWon>): JsonValue =>
        E.isRight(report)
          ? Object.fromEntries(
              Object.entries(report.right.groups).map(([g, result]) => [
                g,
                {
                  voters: result.voters,
                  meanSatisfaction: result.meanSatisfaction,
                  firstChoiceWinRate: result.firstChoiceWinRate,
                },
              ]),
            )
          : null;
      const report = satisfaction((person) => role.get(person) ?? "unknown");
      const dimensions = [
        ...new Set(prefs.voters.flatMap((v) => Object.keys(groupsOf.get(v.person) ?? {}))),
      ].sort();
      const byGroup: Record<string, JsonValue> = {};
      for (const dimension of dimensions) {
        byGroup[dimension] = summary(
          satisfaction((person) => {
            const groups = groupsOf.get(person) ?? {};
            return Object.hasOwn(groups, dimension)
              ? ((groups as Record<string, string>)[dimension] ?? "unknown")
              : "unknown";
          }),
        );
      }
      power.push({
        id: "power.preferences",
        subject: stage.id,
        label: `Whose preferences won in "${stage.title ?? stage.id}", by role and by group`,
        value: { byRole: summary(report), byGroup },
        inputs: {
          kind: prefs.kind,
          winners: [...winners],
          voters: prefs.voters.length,
          ...(E.isLeft(report) ? { reason: report.left.message } : {}),
        },
        method:
          "whosePreferencesWon (co-decide/power): mean satisfaction and first-choice win rate, voters grouped by role and by each dimension of their groups",
        source:
          "Lackner and Skowron (2023); Peters, Pierczyński and Skowron (2021) (cost satisfaction)",
      });
    }
    const recs = stage.recommendations;
    if (recs !== undefined && recs.length > 0) {
      const decision = process.decisions.find((d) => d.id === stage.decision);
      const judged = decision === undefined ? dayOf(stage.endsAt) <= day : taken(decision);
      if (!judged) continue;
      const adopted = recs.filter((r) => r.adopted).length;
      const unexplained = recs
        .filter((r) => !r.adopted && (r.reason ?? "").trim() === "")
        .map((r) => r.id);
      const share = adopted / recs.length;
      power.push({
        id: "power.recommendations-adopted",
        subject: stage.id,
        label: `Share of participants' recommendations adopted in "${stage.title ?? stage.id}"`,
        value: share,
        inputs: { adopted, made: recs.length, rejectedWithoutReason: unexplained },
        method: "count of recommendations marked adopted",
        source: FLAG_SOURCES["preferences-ignored"],
      });
      const level = decision?.claimedLevel;
      const empower = level === "empower" || practisedOf.get(decision?.id ?? "") === "empower";
      const rejected = recs.length - adopted;
      if (empower ? rejected > 0 : share < t.adoptedShare && unexplained.length > 0) {
        flag(
          "preferences-ignored",
          "power",
          empower ? "serious" : "warning",
          stage.id,
          empower
            ? `At the empower level, ${rejected} of ${recs.length} recommendations were overridden.`
            : `Only ${adopted} of ${recs.length} recommendations were adopted, and ${unexplained.length} rejection${unexplained.length === 1 ? "" : "s"} gave no reason.`,
          {
            adopted,
            made: recs.length,
            share,
            rejectedWithoutReason: unexplained,
            level: empower ? "empower" : (level ?? null),
          },
          "adoptedShare",
        );
      }
    }
  }

  // ---- follow-through ----
  const followThrough: Indicator[] = [];
  const ledgerMetrics = metrics(ledger.right, { asOf });
  if (E.isLeft(ledgerMetrics)) return ledgerMetrics;
  const overall: CommitmentMetrics = ledgerMetrics.right.overall;
  const waitUntil =
    process.plannedEndAt === undefined
      ? null
      : addMonths(dayOf(process.plannedEndAt), t.followThroughWaitMonths);
  const judgeFollowThrough = waitUntil === null || day >= waitUntil;
  followThrough.push({
    id: "followThrough.commitments",
    subject: null,
    label: "Commitments kept: follow-through rate, on time, overdue",
    value: {
      followThroughRate: overall.followThroughRate,
      onTimeRate: overall.onTimeRate,
      overdue: overall.overdue.length,
    },
    inputs: {
      total: overall.total,
      due: overall.due,
      delivered: overall.delivered,
      onTime: overall.onTime,
      overdue: overall.overdue.map((c) => ({
        id: c.id,
        dueAt: c.dueAt,
        daysOverdue: c.daysOverdue,
      })),
      judgedFrom: waitUntil === null ? null : formatDay(waitUntil),
    },
    method: "replay and metrics (co-decide/commitments)",
    source: FLAG_SOURCES["low-follow-through"],
  });
  const late = overall.overdue.filter((c) => c.daysOverdue > t.overdueGraceDays);
  if (late.length > 0) {
    const worst = Math.max(...late.map((c) => c.daysOverdue));
    flag(
      "commitments-overdue",
      "followThrough",
      worst > t.overdueEscalateDays ? "serious" : "warning",
      null,
      `${late.length} commitment${late.length === 1 ? " is" : "s are"} overdue, the longest by ${worst} days.`,
      {
        overdue: late.map((c) => ({
          id: c.id,
          title: c.title,
          dueAt: c.dueAt,
          daysOverdue: c.daysOverdue,
        })),
        longestDays: worst,
      },
      worst > t.overdueEscalateDays ? "overdueEscalateDays" : "overdueGraceDays",
    );
  }
  if (judgeFollowThrough && overall.due > 0 && (overall.followThroughRate ?? 1) < t.followThrough) {
    flag(
      "low-follow-through",
      "followThrough",
      "serious",
      null,
      `${overall.delivered} of ${overall.due} due commitments were delivered (${round(overall.followThroughRate ?? 0)}).`,
      { due: overall.due, delivered: overall.delivered, rate: overall.followThroughRate },
      "followThrough",
    );
  }
  // feedback on consultation stages
  const consultations = stages.filter((s) => isConsultation(s) && s.participants.some(isPublic));
  let onTime = 0;
  let judgedFeedback = 0;
  const statuses: Record<string, string> = {};
  for (const stage of consultations) {
    const status = feedbackStatus(stage, day, t);
    statuses[stage.id] = status.status;
    if (status.settled) judgedFeedback++;
    if (status.status === "on-time") onTime++;
    if (
      status.status === "missing" ||
      status.status === "late" ||
      status.status === "no-influence"
    ) {
      flag(
        "no-feedback",
        "followThrough",
        status.status === "missing" ? "serious" : "warning",
        stage.id,
        status.status === "missing"
          ? `Participants of "${stage.title ?? stage.id}" were not told what happened within ${status.deadline} days of its close.`
          : status.status === "late"
            ? `Participants of "${stage.title ?? stage.id}" were told what happened ${status.lag} days after its close (deadline ${status.deadline}).`
            : `The feedback to "${stage.title ?? stage.id}" did not show how participants' input influenced the decision.`,
        {
          stage: stage.id,
          closed: formatDay(dayOf(stage.endsAt)),
          deadlineDays: status.deadline,
          given:
            stage.feedback !== undefined && dayOf(stage.feedback.at) <= day
              ? stage.feedback.at
              : null,
          lagDays: status.lag,
          influenceShown: stage.feedback?.influenceShown ?? null,
        },
        "feedbackDays",
      );
    }
  }
  followThrough.push({
    id: "followThrough.feedback",
    subject: null,
    label: 'Share of consultation stages whose participants were told "you said, we did" in time',
    value: judgedFeedback === 0 ? null : onTime / judgedFeedback,
    inputs: { onTime, judged: judgedFeedback, statuses },
    method:
      "feedback given within min(feedbackDays, the stage's own deadline) of the stage's close, showing influence",
    source: FLAG_SOURCES["no-feedback"],
  });

  // ---- time ----
  const time: Indicator[] = [];
  const months = monthsBetween(dayOf(process.startedAt), day);
  const tooEarly = months < t.minimumMonths;
  time.push({
    id: "time.months",
    subject: null,
    label: "Months since the group formed",
    value: months,
    inputs: { startedAt: process.startedAt, asOf, minimumMonths: t.minimumMonths, tooEarly },
    method: "whole calendar months from startedAt to asOf",
    source: FLAG_SOURCES["too-early"],
  });
  for (const survey of process.surveys) {
    const waves = wavesBy(survey.waves, day);
    const agreeFrom = survey.agreeFrom ?? survey.levels - 1;
    const summaries = waves.map((w) =>
      summariseWave(
        w.at,
        w.answers.map((a) => a.value),
        survey.levels,
        agreeFrom,
      ),
    );
    const nonEmpty = summaries.filter((s) => s.n > 0);
    const first = nonEmpty[0];
    const last = nonEmpty.at(-1);
    const trend =
      first !== undefined && last !== undefined && first !== last
        ? cliffTrend(first, last, checked.resamples, `${checked.seed}/${survey.id}`)
        : null;
    const verdict =
      trend === null
        ? "not enough waves"
        : tooEarly
          ? "too early to judge"
          : trend.interval[0] > 0
            ? "rising"
            : trend.interval[1] < 0
              ? "falling"
              : "no clear change";
    time.push({
      id: "time.survey",
      subject: survey.id,
      label: `Survey: "${survey.question}"`,
      value: { verdict, trend: trend === null ? null : trendJson(trend) },
      inputs: {
        levels: survey.levels,
        agreeFrom,
        mode: survey.mode ?? null,
        waves: summaries.map(waveJson),
      },
      method:
        "exact counts and median level per wave; Cliff's delta, latest wave against first, with a seeded percentile bootstrap interval (95%)",
      source: "Cliff (1993), Psychological Bulletin 114(3); Efron and Tibshirani (1993), ch. 13",
    });
    const previous = nonEmpty.at(-2);
    if (!tooEarly && previous !== undefined && last !== undefined) {
      const z = twoProportionZ(previous, last);
      const drop = ((previous.agreeShare ?? 0) - (last.agreeShare ?? 0)) * 100;
      if (z !== null && z <= -t.confidenceZ && drop >= t.confidencePoints) {
        flag(
          "confidence-falling",
          "time",
          "warning",
          survey.id,
          `Agreement with "${survey.question}" fell from ${round(previous.agreeShare ?? 0)} to ${round(last.agreeShare ?? 0)} between ${previous.at} and ${last.at} (z = ${round(z)}).`,
          {
            from: waveJson(previous),
            to: waveJson(last),
            dropPoints: drop,
            z,
          },
          "confidencePoints",
        );
      }
    }
  }
  const withheld: string[] = [];
  if (tooEarly) withheld.push("confidence and collective control");
  if (!judgeFollowThrough) withheld.push("follow-through rate");
  if (withheld.length > 0) {
    flag(
      "too-early",
      "time",
      "info",
      null,
      `Too early to judge ${withheld.join(" and ")}: ${months} months since the group formed${waitUntil !== null && !judgeFollowThrough ? `; follow-through is judged from ${formatDay(waitUntil)}` : ""}.`,
      {
        months,
        minimumMonths: t.minimumMonths,
        withheld,
        followThroughJudgedFrom: waitUntil === null ? null : formatDay(waitUntil),
      },
      tooEarly ? "minimumMonths" : "followThroughWaitMonths",
    );
  }

  // ---- moment ----
  const moment: Indicator[] = [];
  for (const decision of process.decisions) {
    if (!taken(decision)) continue;
    const decidedDay = dayOf(decision.decidedAt ?? "");
    const own = stagesOf(decision.id);
    const involving = own.filter((s) => s.kind !== "inform" && s.participants.some(isPublic));
    const first =
      involving.length === 0 ? null : Math.min(...involving.map((s) => dayOf(s.startsAt)));
    const locked = decision.optionsLockedAt === undefined ? null : dayOf(decision.optionsLockedAt);
    const before = first !== null && decidedDay - first > t.involvementLeadDays;
    const lockedFirst = locked !== null && (first === null || locked <= first);
    const agendaRoles = [
      ...new Set(own.flatMap((s) => s.agendaSetBy.map((id) => role.get(id) ?? ""))),
    ].sort();
    moment.push({
      id: "moment.involvement",
      subject: decision.id,
      label: `Whether the public was involved before "${decision.title}" was decided, and who set the agenda`,
      value: { involvedBefore: before, optionsLockedFirst: lockedFirst, agendaSetBy: agendaRoles },
      inputs: {
        firstInvolvement: first === null ? null : formatDay(first),
        decidedAt: decision.decidedAt ?? null,
        optionsLockedAt: decision.optionsLockedAt ?? null,
        stages: own.map((s) => s.id),
      },
      method:
        "order of dates: first stage with public participants (beyond inform) against the decision and the option lock",
      source: FLAG_SOURCES["decided-before-involvement"],
    });
    const claimed = decision.claimedLevel;
    const expected = first !== null || (claimed !== undefined && claimed !== "inform");
    if (expected && (!before || lockedFirst)) {
      flag(
        "decided-before-involvement",
        "moment",
        !before && lockedFirst ? "serious" : "warning",
        decision.id,
        !before
          ? `"${decision.title}" was decided on ${formatDay(decidedDay)}, ${first === null ? "and the public was never involved" : `on or before the public was first involved (${formatDay(first)})`}.`
          : `The options for "${decision.title}" were closed on ${formatDay(locked ?? 0)}, before the public was first involved (${formatDay(first ?? 0)}).`,
        {
          decidedAt: formatDay(decidedDay),
          firstInvolvement: first === null ? null : formatDay(first),
          optionsLockedAt: locked === null ? null : formatDay(locked),
        },
        "involvementLeadDays",
      );
    }
  }

  return E.right({
    version: 1,
    processId: process.id,
    asOf,
    thresholds: { ...t },
    factors: { depth, power, followThrough, time, moment },
    flags: orderFlags(flags),
  });
};

/** Stages whose participants are owed "you said, we did" feedback. */
const isConsultation = (stage: Stage): boolean =>
  stage.kind === "consult" || stage.kind === "involve" || stage.kind === "deliberate";

const FACTOR_ORDER: readonly Factor[] = ["depth", "power", "followThrough", "time", "moment"];
const orderFlags = (flags: Flag[]): Flag[] =>
  flags
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) => FACTOR_ORDER.indexOf(a.f.factor) - FACTOR_ORDER.indexOf(b.f.factor) || a.i - b.i,
    )
    .map((x) => x.f);

const round = (x: number): number => Math.round(x * 1000) / 1000;

const weightOf = (body: Body, i: number): number => body.members[i]?.weight ?? 1;

/** The weighted game of a body (a second quota makes every veto holder necessary), or why not. */
const bodyGame = (body: Body, role: ReadonlyMap<string, string>): BodyGame | string => {
  if (body.members.length === 0) return "the body has no members";
  const vetoes = new Set(body.vetoes ?? []);
  const entries = body.members.map((m, i) => [m.person, weightOf(body, i)] as const);
  const spec =
    vetoes.size === 0
      ? { quota: body.quota, weights: Object.fromEntries(entries) }
      : {
          quotas: [body.quota, vetoes.size],
          weights: Object.fromEntries(entries.map(([id, w]) => [id, [w, vetoes.has(id) ? 1 : 0]])),
        };
  const game = weightedGame(spec);
  if (E.isLeft(game)) return game.left.message;
  return { game: game.right, roles: game.right.players.map((id) => role.get(id) ?? "") };
};

/** Where a consultation stage's feedback stands on `day`. @internal */
export const feedbackStatus = (
  stage: Stage,
  day: number,
  t: Thresholds,
): {
  readonly status: "on-time" | "late" | "no-influence" | "pending" | "missing";
  readonly settled: boolean;
  readonly deadline: number;
  readonly lag: number | null;
} => {
  const closed = dayOf(stage.endsAt);
  const deadline = Math.min(t.feedbackDays, stage.feedbackDueDays ?? Number.POSITIVE_INFINITY);
  const given =
    stage.feedback !== undefined && dayOf(stage.feedback.at) <= day ? stage.feedback : null;
  if (given === null) {
    const missing = day > closed + deadline;
    return { status: missing ? "missing" : "pending", settled: missing, deadline, lag: null };
  }
  const lag = dayOf(given.at) - closed;
  if (!given.influenceShown) return { status: "no-influence", settled: true, deadline, lag };
  return { status: lag <= deadline ? "on-time" : "late", settled: true, deadline, lag };
};

/** The day `months` calendar months after `day` (clamped to the month's last day). @internal */
export const addMonths = (day: number, months: number): number => {
  const [y, m, d] = civil(day);
  const whole = Math.floor(months);
  const index = y * 12 + (m - 1) + whole;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysIn(year, month);
  return dayFromParts(year, month, Math.min(d, last));
};

const daysIn = (year: number, month: number): number => {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
};

const dayFromParts = (year: number, month: number, day: number): number =>
  dayOf(
    `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  );

const waveJson = (w: WaveSummary): JsonValue => ({
  at: w.at,
  n: w.n,
  counts: [...w.counts],
  median: w.median,
  upperMedian: w.upperMedian,
  agree: w.agree,
  agreeShare: w.agreeShare,
});

const trendJson = (trend: ReturnType<typeof cliffTrend>): JsonValue => ({
  from: trend.from,
  to: trend.to,
  cliffsDelta: trend.delta,
  exact: trend.exact,
  interval: [...trend.interval],
  resamples: trend.resamples,
  seed: trend.seed,
});
