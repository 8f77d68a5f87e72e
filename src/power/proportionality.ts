/**
 * Disproportionality of seats to votes: the Gallagher (least squares), Loosemore-Hanby and
 * Sainte-Laguë indices, and the D'Hondt maximum advantage ratio.
 *
 * Votes and seats are records keyed by party (or group) name. Counts or shares are both accepted:
 * each side is first divided by its own total, so `{ A: 6, B: 4 }` and `{ A: 0.6, B: 0.4 }` are the
 * same. A party missing from one side has 0 there. The Gallagher, Loosemore-Hanby and Sainte-Laguë
 * indices are on the percentage scale (0 to 100), as they are published.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type InputIssue,
  type InvalidInput,
  invalidInput,
  invalidInputAt,
} from "../core/errors.js";
import { ownKeys } from "../core/internal/record.js";
import { formatPath } from "../core/validation.js";

/** Shares of two records, aligned by name. @internal */
export interface AlignedShares {
  readonly names: readonly string[];
  readonly first: readonly number[];
  readonly second: readonly number[];
}

/**
 * Reads two records of non-negative amounts and turns each into shares, aligned by name.
 *
 * @internal
 */
export const alignShares = (
  first: unknown,
  second: unknown,
  labels: readonly [string, string],
): E.Either<InvalidInput, AlignedShares> => {
  try {
    const issues: InputIssue[] = [];
    const read = (record: unknown, label: string): Map<string, number> => {
      const out = new Map<string, number>();
      if (typeof record !== "object" || record === null || Array.isArray(record)) {
        issues.push({
          path: label,
          code: "invalid_type",
          message: "expected an object of amounts by name",
        });
        return out;
      }
      for (const key of ownKeys(record)) {
        const value: unknown = (record as Record<string, unknown>)[key];
        const path = formatPath([label, key]);
        if (typeof value !== "number" || !Number.isFinite(value)) {
          issues.push({ path, code: "not_finite", message: "expected a finite number" });
        } else if (value < 0) {
          issues.push({ path, code: "negative", message: "cannot be negative" });
        } else out.set(key, value);
      }
      return out;
    };
    const a = read(first, labels[0]);
    const b = read(second, labels[1]);
    if (issues.length > 0) return E.left(invalidInput(issues));
    const totalA = [...a.values()].reduce((x, y) => x + y, 0);
    const totalB = [...b.values()].reduce((x, y) => x + y, 0);
    if (totalA <= 0)
      issues.push({ path: labels[0], code: "zero_total", message: "the total is 0" });
    if (totalB <= 0)
      issues.push({ path: labels[1], code: "zero_total", message: "the total is 0" });
    if (issues.length > 0) return E.left(invalidInput(issues));
    const names = [...new Set([...a.keys(), ...b.keys()])];
    return E.right({
      names,
      first: names.map((name) => (a.get(name) ?? 0) / totalA),
      second: names.map((name) => (b.get(name) ?? 0) / totalB),
    });
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `the input could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
      ),
    );
  }
};

/** Votes and seats as records of counts or shares by party. @category proportionality */
export type Amounts = Readonly<Record<string, number>>;

/**
 * How far seats are from votes, weighting large gaps more: the least squares index.
 *
 * @remarks
 * Gallagher (1991): `LSq = √(½ Σ (V_i - S_i)²)`, with `V` and `S` in percent; 0 is perfect
 * proportionality. Errors: `InvalidInput` for a non-numeric or negative amount
 * (`votes["Labour"]`), or a side whose total is 0 (`votes` / `seats`, code `zero_total`).
 *
 * @example A 60/40 vote split that wins 7 of 10 seats
 * ```ts
 * import { gallagher } from "co-decide/power";
 *
 * gallagher({ A: 60, B: 40 }, { A: 7, B: 3 }); // => right(10)
 * ```
 *
 * @category proportionality
 */
export const gallagher = (votes: Amounts, seats: Amounts): E.Either<InvalidInput, number> =>
  E.map(({ first, second }: AlignedShares) => {
    let sum = 0;
    first.forEach((v, i) => {
      sum += (100 * (v - (second[i] as number))) ** 2;
    });
    return Math.sqrt(sum / 2);
  })(alignShares(votes, seats, ["votes", "seats"]));

/**
 * The share of seats that went to parties beyond their share of votes: half the total gap.
 *
 * @remarks
 * Loosemore and Hanby (1971): `D = ½ Σ |V_i - S_i|`, in percent (0 to 100). Errors as for
 * {@link gallagher}.
 *
 * @example
 * ```ts
 * import { loosemoreHanby } from "co-decide/power";
 *
 * loosemoreHanby({ A: 60, B: 40 }, { A: 7, B: 3 }); // => right(10)
 * ```
 *
 * @category proportionality
 */
export const loosemoreHanby = (votes: Amounts, seats: Amounts): E.Either<InvalidInput, number> =>
  E.map(({ first, second }: AlignedShares) => {
    let sum = 0;
    first.forEach((v, i) => {
      sum += Math.abs(100 * (v - (second[i] as number)));
    });
    return sum / 2;
  })(alignShares(votes, seats, ["votes", "seats"]));

/**
 * The Sainte-Laguë index: squared gaps between seats and votes, each relative to the votes.
 *
 * @remarks
 * `SLI = Σ (S_i - V_i)² / V_i` with shares in percent (Gallagher 1991 calls it "probably the
 * soundest of all the measures"; it is Pearson's chi-square statistic on shares). Parties with no
 * votes and no seats are skipped; a party with seats but no votes makes it infinite, returned as
 * `InvalidInput` at `votes["name"]` (code `zero_votes_with_seats`). Other errors as for
 * {@link gallagher}.
 *
 * @example
 * ```ts
 * import { sainteLagueIndex } from "co-decide/power";
 *
 * sainteLagueIndex({ A: 50, B: 50 }, { A: 6, B: 4 }); // => right(4) (10²/50 + 10²/50)
 * ```
 *
 * @category proportionality
 */
export const sainteLagueIndex = (votes: Amounts, seats: Amounts): E.Either<InvalidInput, number> =>
  E.flatMap(alignShares(votes, seats, ["votes", "seats"]), ({ names, first, second }) => {
    let sum = 0;
    for (let i = 0; i < names.length; i++) {
      const v = 100 * (first[i] as number);
      const s = 100 * (second[i] as number);
      if (v === 0) {
        if (s > 0) return E.left(zeroVotes(names[i] as string));
        continue;
      }
      sum += (s - v) ** 2 / v;
    }
    return E.right(sum);
  });

/**
 * The largest ratio of seat share to vote share: how over-represented the most favoured party is.
 *
 * @remarks
 * The advantage ratio `a_i = S_i / V_i` (Taagepera and Laakso 1980); the D'Hondt method is known to
 * keep the largest advantage ratio as small as possible, so this is the yardstick D'Hondt is best at.
 * 1 is perfect proportionality. Parties with no votes and no seats are skipped; seats without votes
 * give `InvalidInput` (code `zero_votes_with_seats`). Other errors as for {@link gallagher}.
 *
 * @example
 * ```ts
 * import { dhondtMaxAdvantage } from "co-decide/power";
 *
 * dhondtMaxAdvantage({ A: 60, B: 40 }, { A: 7, B: 3 }); // => right(1.1666666...) (0.7 / 0.6)
 * ```
 *
 * @category proportionality
 */
export const dhondtMaxAdvantage = (
  votes: Amounts,
  seats: Amounts,
): E.Either<InvalidInput, number> =>
  E.flatMap(alignShares(votes, seats, ["votes", "seats"]), ({ names, first, second }) => {
    let best = 0;
    for (let i = 0; i < names.length; i++) {
      const v = first[i] as number;
      const s = second[i] as number;
      if (v === 0) {
        if (s > 0) return E.left(zeroVotes(names[i] as string));
        continue;
      }
      best = Math.max(best, s / v);
    }
    return E.right(best);
  });

const zeroVotes = (name: string): InvalidInput =>
  invalidInputAt(
    formatPath(["votes", name]),
    "zero_votes_with_seats",
    "has seats but no votes, so the ratio is infinite",
  );
