/**
 * A hand-written fast path for validating ledger events, used before zod.
 *
 * zod takes several microseconds per event, which alone would cost seconds on a ledger of a
 * million events. This check accepts only values that `LedgerEventSchema` accepts too (it is
 * stricter where that is simpler: plain objects only, no `decision` or `milestones` shortcuts);
 * anything it does not accept is handed to zod, which either accepts it or writes the issues with
 * their paths. A property test checks that whatever this accepts, zod accepts as well.
 *
 * @internal
 * @module
 */
import { isIsoDate, parseIsoDay } from "../dates.js";

const HEX64 = /^[0-9a-f]{64}$/;

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;

const isStrings = (value: unknown): boolean => {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false;
  return true;
};

/** The memo of the last date read: ledgers repeat the same `at` many times in a row. */
interface DayMemo {
  text: string;
  day: number | undefined;
}

/** Reads a date through the memo (one entry). @internal */
export const dayOf = (memo: DayMemo, text: string): number | undefined => {
  if (text !== memo.text) {
    memo.text = text;
    memo.day = parseIsoDay(text);
  }
  return memo.day;
};

/** A fresh memo. @internal */
export const dayMemo = (): DayMemo => ({ text: "", day: undefined });

const EVENT_KEYS_WITH_ID = /* @__PURE__ */ new Set(["accepted", "started", "delivered", "missed"]);

/**
 * True when `value` is certainly a valid event (zod would accept it unchanged). False means
 * "ask zod", not "invalid".
 *
 * @internal
 */
export const quickValidEvent = (value: unknown, memo: DayMemo): boolean => {
  if (!isPlain(value)) return false;
  const type = value["type"];
  if (typeof type !== "string") return false;
  let required = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    const field = value[key];
    switch (key) {
      case "id":
        if (!isText(field)) return false;
        required += 1;
        break;
      case "seq":
        if (typeof field !== "number" || !Number.isSafeInteger(field) || field < 1) return false;
        required += 1;
        break;
      case "at":
        if (typeof field !== "string" || dayOf(memo, field) === undefined) return false;
        required += 1;
        break;
      case "type":
        required += 1;
        break;
      case "actor":
        if (!isText(field)) return false;
        if (type === "verified") required += 1;
        break;
      case "evidence":
        if (!isStrings(field)) return false;
        break;
      case "note":
        if (typeof field !== "string") return false;
        if (type === "noted") required += 1;
        break;
      case "prev":
        if (typeof field !== "string" || !HEX64.test(field)) return false;
        break;
      case "commitmentId":
        if (type === "committed" || !isText(field)) return false;
        required += 1;
        break;
      case "commitment":
        if (type !== "committed" || !quickValidCommitment(field, memo)) return false;
        required += 1;
        break;
      case "percent":
        if (type !== "progressed" || typeof field !== "number" || !(field >= 0 && field <= 100))
          return false;
        required += 1;
        break;
      case "milestoneId":
        if (type !== "milestone-reached" || !isText(field)) return false;
        required += 1;
        break;
      case "reason":
        if ((type !== "renegotiated" && type !== "withdrawn") || !isText(field)) return false;
        required += 1;
        break;
      case "dueAt":
        if (type !== "renegotiated" || typeof field !== "string" || !isIsoDate(field)) return false;
        break;
      case "scope":
        if (type !== "renegotiated" || !isText(field)) return false;
        break;
      default:
        return false;
    }
  }
  let needed = 4;
  switch (type) {
    case "committed":
      needed += 1;
      break;
    case "progressed":
    case "milestone-reached":
    case "withdrawn":
      needed += 2;
      break;
    case "verified":
    case "noted":
      needed += 2;
      break;
    case "renegotiated":
      if (value["dueAt"] === undefined && value["scope"] === undefined) return false;
      needed += 2;
      break;
    default:
      if (!EVENT_KEYS_WITH_ID.has(type)) return false;
      needed += 1;
  }
  return required === needed;
};

const quickValidCommitment = (value: unknown, memo: DayMemo): boolean => {
  if (!isPlain(value)) return false;
  let required = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    const field = value[key];
    switch (key) {
      case "id":
      case "title":
      case "owner":
      case "party":
        if (!isText(field)) return false;
        required += 1;
        break;
      case "madeAt":
        if (typeof field !== "string" || dayOf(memo, field) === undefined) return false;
        required += 1;
        break;
      case "dueAt":
        if (typeof field !== "string" || !isIsoDate(field)) return false;
        break;
      case "description":
      case "evidenceRequired":
        if (typeof field !== "string") return false;
        break;
      case "beneficiaries":
        if (!isStrings(field)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 5;
};
