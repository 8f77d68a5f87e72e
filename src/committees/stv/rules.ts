/**
 * The Gregory rule books, as tables of what differs between them (the count itself is in
 * `gregory.ts`).
 *
 * @internal
 * @module
 */
import { pure } from "../../core/internal/pure.js";
import { div, mul, type Rational, truncateTo } from "../../core/rational.js";
import type { GregoryRule } from "./gregory.js";
import { quotaOf, type StvQuota } from "./shared.js";

const QUOTA_TEXT: Readonly<Record<StvQuota, string>> = {
  droop: "Droop quota floor(v/(s+1))+1, elected on reaching it",
  "droop-exact": "quota v/(s+1), elected on exceeding it",
  hare: "Hare quota v/s, elected on reaching it",
  "hagenbach-bischoff": "Hagenbach-Bischoff quota v/(s+1), elected on reaching it",
  imperiali: "Imperiali quota v/(s+2), elected on reaching it",
};

/**
 * Scottish STV: the Scottish Local Government Elections Order 2007 (SSI 2007/42), Schedule 1,
 * rules 45-52.
 *
 * - rule 46: the quota is floor(valid votes / (seats + 1)) + 1; a candidate whose votes equal or
 *   exceed it is elected (rule 47);
 * - rule 48: surpluses are transferred one at a time, the largest first; every paper of the
 *   elected candidate passes on, at a transfer value of (its value × surplus) / the candidate's
 *   votes, calculated to five decimal places with any remainder ignored (so a little value is
 *   lost at each surplus: `lostToRounding`);
 * - rule 49: candidates with equal surpluses, or equally lowest, are separated by the most recent
 *   earlier stage at which their votes differed, then by lot;
 * - rule 50: with no surplus to transfer, the lowest candidate is excluded and every paper passes
 *   on at its value;
 * - rule 51-52: when the continuing candidates are no more than the seats still to fill, they are
 *   elected.
 *
 * @internal
 */
export const SCOTTISH: GregoryRule = {
  variant: "scottish",
  text: "Scottish STV (SSI 2007/42 rules 45-52): Droop quota floor(v/(s+1))+1; the largest surplus first, every paper passing on at a transfer value truncated to 5 decimal places; the lowest candidate excluded, one at a time; ties by the most recent stage at which the tied candidates differed, then by lot.",
  digits: 5,
  quota: (valid, seats) => quotaOf("droop", valid, seats),
  transferValue: (weight, surplus, total) => truncateTo(div(mul(weight, surplus), total), 5),
};

/**
 * Weighted inclusive Gregory as the Droop counting program defines its `wigm` rule: exact
 * rationals, quota valid/(seats+1), elected on exceeding it; every paper of an elected candidate
 * passes on at (its value × surplus) / the candidate's votes, exactly.
 *
 * @internal
 */
export const WIGM: GregoryRule = /* @__PURE__ */ pure(() =>
  gregoryWithQuota("droop-exact", "wigm"),
);

/**
 * Weighted inclusive Gregory with a chosen quota (exact rationals).
 *
 * @internal
 */
export function gregoryWithQuota(quota: StvQuota, variant = `wigm-${quota}`): GregoryRule {
  return {
    variant,
    text: `Weighted inclusive Gregory STV, exact rationals; ${QUOTA_TEXT[quota]}; the largest surplus first, every paper passing on at (value × surplus / votes); the lowest candidate excluded, one at a time.`,
    quota: (valid, seats) => quotaOf(quota, valid, seats),
    transferValue: exactTransfer,
  };
}

function exactTransfer(weight: Rational, surplus: Rational, total: Rational): Rational {
  return div(mul(weight, surplus), total);
}
