/**
 * The properties STV claims, for every rule: with one seat it is instant runoff; Droop
 * proportionality (a solid coalition of more than k Droop quotas of the voters elects k of its
 * candidates); nobody is elected below the quota except as the last remaining candidates; and
 * every stage conserves value exactly (tallies + non-transferable + the rounding loss = valid
 * votes).
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { RankedProfile } from "../../../src/ballots/profile.js";
import type { StvOutcome, StvRule } from "../../../src/committees/stv/shared.js";
import { stv } from "../../../src/committees/stv/stv.js";
import { add, compare, parseRational, type Rational, ZERO } from "../../../src/core/rational.js";
import type { TieBreakPolicy } from "../../../src/core/tie-break.js";
import { irv } from "../../../src/voting/irv.js";
import { runs } from "../../helpers/runs.js";
import { ranked } from "../../voting/helpers/profiles.js";

const RULES: readonly (StvRule | undefined)[] = [
  undefined,
  "scottish",
  "wigm",
  "meek",
  "warren",
  "meek-prf",
  "ers97",
];
const NAMES = ["a", "b", "c", "d", "e", "f"];

/** Ballots: strict (possibly truncated) rankings of the first n names, with counts. */
const arbProfile = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    ballots: fc.array(
      fc.record({
        order: fc.shuffledSubarray(NAMES.slice(0, n), { minLength: 1 }),
        count: fc.integer({ min: 1, max: 9 }),
      }),
      { minLength: 0, maxLength: 12 },
    ),
  }),
);

const profileOf = (
  n: number,
  ballots: readonly { order: string[]; count: number }[],
): RankedProfile =>
  ranked(
    NAMES.slice(0, n),
    ballots.map((b) => ({ ranking: b.order.map((c) => [c]), count: b.count })),
  );

const count = (
  profile: RankedProfile,
  seats: number,
  rule: StvRule | undefined,
  tieBreak?: TieBreakPolicy,
): StvOutcome => {
  const outcome = stv(profile, seats, { rule }, tieBreak);
  if (E.isLeft(outcome)) throw new Error(`${rule}: ${JSON.stringify(outcome.left)}`);
  return outcome.right;
};

const value = (shown: string | undefined): Rational => {
  const v = parseRational(shown ?? "");
  if (v === undefined) throw new Error(`not exact: ${shown}`);
  return v;
};

describe("stv properties", () => {
  it("with one seat, every rule elects the instant-runoff winner", () => {
    fc.assert(
      fc.property(arbProfile, ({ n, ballots }) => {
        const profile = profileOf(n, ballots);
        for (const rule of RULES) {
          // The statute looks back before its fallback; give instant runoff the same policy.
          const tieBreak: TieBreakPolicy =
            rule === "scottish"
              ? { kind: "backwards" }
              : rule === "ers97"
                ? { kind: "forwards" }
                : { kind: "lexicographic" };
          expect(count(profile, 1, rule).winners, String(rule)).toEqual(
            irv(profile, {}, tieBreak).winners,
          );
        }
      }),
      { numRuns: runs(120) },
    );
  });

  it("elects k candidates of a solid coalition of more than k Droop quotas (Droop proportionality)", () => {
    const arb = fc.record({
      seats: fc.integer({ min: 2, max: 4 }),
      k: fc.integer({ min: 1, max: 3 }),
      size: fc.integer({ min: 0, max: 2 }),
      coalitionOrders: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 3 }),
      others: fc.array(
        fc.record({
          order: fc.shuffledSubarray(NAMES, { minLength: 1 }),
          count: fc.integer({ min: 1, max: 9 }),
        }),
        { maxLength: 8 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ seats, k: kRaw, size, coalitionOrders, others }) => {
        const k = Math.min(kRaw, seats);
        const coalition = NAMES.slice(0, Math.min(k + size, 5));
        const rest = NAMES.filter((c) => !coalition.includes(c));
        const o = others.reduce((s, b) => s + b.count, 0);
        // c (s+1-k) > k o, with a margin of k votes for the rules that round transfers down; and
        // at least k whole Droop quotas floor(v/(s+1))+1 plus that margin, since with the integer
        // quota a coalition just over k exact quotas can be left a hair short of the last one by
        // truncated transfers (7 votes for a, b, c against 1 for f, 3 seats: c ends on 0.99988).
        let c = Math.floor((k * o) / (seats + 1 - k)) + 1 + k;
        while (c < k * (Math.floor((c + o) / (seats + 1)) + 1) + k) c += 1;
        const blocs = coalitionOrders.map((seed, i) => {
          const order = [...coalition].sort(
            (x, y) => ((seed * (x.charCodeAt(0) + 7)) % 13) - ((seed * (y.charCodeAt(0) + 7)) % 13),
          );
          const share =
            Math.floor(c / coalitionOrders.length) + (i === 0 ? c % coalitionOrders.length : 0);
          return { order: [...order, ...rest.slice(0, seed % 2)], count: share };
        });
        const profile = profileOf(6, [...blocs.filter((b) => b.count > 0), ...others]);
        for (const rule of RULES) {
          const winners = count(profile, seats, rule).winners;
          expect(
            winners.filter((w) => coalition.includes(w)).length,
            String(rule),
          ).toBeGreaterThanOrEqual(k);
        }
      }),
      { numRuns: runs(80) },
    );
  });

  it("elects nobody below the quota except as the last remaining, and conserves value exactly at every stage", () => {
    fc.assert(
      fc.property(arbProfile, fc.integer({ min: 1, max: 4 }), ({ n, ballots }, seatsRaw) => {
        const seats = Math.min(seatsRaw, n);
        const profile = profileOf(n, ballots);
        for (const rule of RULES) {
          const outcome = count(profile, seats, rule);
          expect(outcome.winners).toHaveLength(seats);
          const valid = value(outcome.validVotes);
          const exceed = rule !== "scottish" && rule !== "meek-prf" && rule !== "ers97";
          const before: string[] = [];
          for (const round of outcome.rounds) {
            const quota = value(round.quota);
            for (const c of round.electedByQuota ?? []) {
              const v = value(round.tallies[c]);
              const cmp = compare(v, quota);
              // ERS97 5.1.7(b) also elects on the total active vote / (places left + 1), which is
              // at least the continuing candidates' votes / (places left + 1).
              let below = false;
              if (rule === "ers97" && cmp < 0) {
                let rest = ZERO;
                for (const name of NAMES.slice(0, n))
                  if (!before.includes(name)) rest = add(rest, value(round.tallies[name]));
                const places = BigInt(seats - before.length + 1);
                below = compare({ num: v.num * places, den: v.den }, rest) >= 0;
              }
              expect(
                below || (exceed ? cmp > 0 : cmp >= 0),
                `${rule}: ${c} at stage ${round.round}`,
              ).toBe(true);
              before.push(c);
            }
            before.push(...(round.electedAsRemaining ?? []));
            let total = add(
              value(round.nonTransferable),
              round.lostToRounding === undefined ? ZERO : value(round.lostToRounding),
            );
            for (const name of NAMES.slice(0, n)) total = add(total, value(round.tallies[name]));
            expect(compare(total, valid), `${rule}: stage ${round.round}`).toBe(0);
          }
          const electedInRounds = outcome.rounds.flatMap((r) => r.elected ?? []);
          expect(electedInRounds).toEqual(outcome.winners);
        }
      }),
      { numRuns: runs(120) },
    );
  });
});
