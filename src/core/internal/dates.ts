/**
 * Strict ISO 8601 dates, read to whole UTC days without the wall clock (the commitment ledger and
 * the render module's timeline read dates with it).
 *
 * Two forms are accepted, both from RFC 3339 (the ISO 8601 profile for the internet):
 * - a calendar date `YYYY-MM-DD` (`2025-06-30`), read as that day;
 * - a date-time with an explicit offset, `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)`
 *   (`2025-06-30T23:30:00-02:00`), normalised to UTC and read as the UTC day it falls on
 *   (`2025-07-01` in that example).
 *
 * A date-time without an offset is refused: its day would depend on the reader's time zone. Days
 * that do not exist (`2025-02-30`, `2025-13-01`, `2023-02-29`) are refused, as are leap seconds
 * (`:60`), lower-case `t`/`z` and years outside 0000..9999. The Gregorian calendar is used for
 * every year (proleptic). Day numbers count whole days from 1970-01-01 (day 0).
 *
 * @internal
 * @module
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

const MINUTES_PER_DAY = 1440;

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
};

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
 *
 * @internal
 */
export const dayFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

/**
 * The proleptic Gregorian date of a day number (Howard Hinnant's `civil_from_days`).
 *
 * @internal
 */
export const civilFromDay = (dayNumber: number): readonly [number, number, number] => {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
};

const validDate = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/**
 * Reads a strict ISO date or offset date-time to its UTC day number, or `undefined` when the
 * text is not one (see the module comment for the accepted forms).
 *
 * @internal
 */
export const parseIsoDay = (text: string): number | undefined => {
  if (text.length === 10) {
    const m = DATE.exec(text);
    if (m === null) return undefined;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    return validDate(year, month, day) ? dayFromCivil(year, month, day) : undefined;
  }
  const m = DATE_TIME.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offset = 0;
  if (m[7] === undefined) {
    const offsetHours = Number(m[9]);
    const offsetMinutes = Number(m[10]);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offset = (m[8] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  }
  const minutes = dayFromCivil(year, month, day) * MINUTES_PER_DAY + hour * 60 + minute - offset;
  return Math.floor(minutes / MINUTES_PER_DAY);
};

/** True when `text` is a strict ISO date or offset date-time. @internal */
export const isIsoDateOrDateTime = (text: string): boolean => parseIsoDay(text) !== undefined;

/** True when `text` is a strict calendar date `YYYY-MM-DD`. @internal */
export const isIsoDate = (text: string): boolean =>
  text.length === 10 && parseIsoDay(text) !== undefined;

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * Writes a day number as `YYYY-MM-DD`.
 *
 * @internal
 */
export const formatDay = (dayNumber: number): string => {
  const [year, month, day] = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
};

/** The last day of the month that holds `dayNumber`. @internal */
export const endOfMonth = (dayNumber: number): number => {
  const [year, month] = civilFromDay(dayNumber);
  return dayFromCivil(year, month, daysInMonth(year, month));
};

/** The month of a day number, as `YYYY-MM`. @internal */
export const monthOf = (dayNumber: number): string => formatDay(dayNumber).slice(0, 7);
