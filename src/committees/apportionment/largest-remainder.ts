/**
 * The largest remainder (quota) count: each party first gets the whole number of quotas its votes
 * hold, and the seats left over go one each to the parties with the largest remainders
 * (Balinski and Young, Fair Representation, 2nd ed. 2001, ch. 2: Hamilton's method).
 *
 * Quotas: Hare, `V / S` (exact rational); Droop, `floor(V / (S + 1)) + 1` (a whole number of
 * votes, the form of Droop 1881 used by largest remainder counts). `V` is the votes of the parties
 * that passed the threshold. Every value is exact: with the Hare quota a party's remainder is
 * `(v S mod V) / S` votes, compared as the whole number `v S mod V`; with the Droop quota it is
 * `v mod Q`.
 *
 * Ties: parties whose remainders equal the last remainder that wins a seat, when not all of them
 * can have one, go to the tie-break policy (each seat recorded); with policy `none` those seats stay
 * unallocated and every alternative is listed (up to a bound).
 *
 * @internal
 * @module
 */
import type { TieBreaker } from "../../core/tie-break.js";
import type { CutoffTie } from "./divisor.js";
import type { RemainderMethod } from "./methods.js";

/** What the largest remainder count reads. @internal */
export interface RemainderInput {
  readonly method: RemainderMethod;
  readonly votes: readonly number[];
  readonly eligible: readonly boolean[];
  readonly seats: number;
  readonly tieBreaker: TieBreaker;
}

/** The largest remainder count's result. @internal */
export interface RemainderCount {
  readonly seats: readonly number[];
  /** The quota as an exact fraction `num / den` of votes. */
  readonly quota: { readonly num: bigint; readonly den: bigint };
  /** Seats from whole quotas, by party index. */
  readonly quotaSeats: readonly number[];
  /** Each party's remainder in votes, as an exact fraction over {@link quota}'s `den`: `num`s. */
  readonly remainders: readonly bigint[];
  /** Seats given by remainders (before a tie under `none`). */
  readonly remainderSeats: number;
  readonly tie?: CutoffTie;
  readonly unallocated: number;
}

/**
 * Counts the seats of a largest remainder method; `undefined` when the seats left after whole
 * quotas outnumber the parties (possible only with the Droop quota and very few votes per seat), as
 * the method then gives no rule. O(P log P).
 *
 * @internal
 */
export const remainderCount = (input: RemainderInput): RemainderCount | undefined => {
  const { votes, eligible, seats: total, tieBreaker } = input;
  const n = votes.length;
  let sum = 0n;
  for (let p = 0; p < n; p++) if (eligible[p] === true) sum += BigInt(votes[p] as number);
  const S = BigInt(total);
  // Hare: quota V/S; a party's quota count is vS/V: whole part and remainder vS mod V (over S).
  // Droop: quota Q (whole); whole part v div Q, remainder v mod Q (over 1).
  const hare = input.method === "hare";
  const droop = sum / (S + 1n) + 1n;
  // With no seats to share there is no Hare quota; every party's count is 0 (reported as quota 0).
  const quota = hare
    ? { num: S === 0n ? 0n : sum, den: S === 0n ? 1n : S }
    : { num: droop, den: 1n };
  const seats = new Array<number>(n).fill(0);
  const quotaSeats = new Array<number>(n).fill(0);
  const remainders = new Array<bigint>(n).fill(0n);
  let given = 0;
  const candidates: number[] = [];
  for (let p = 0; p < n; p++) {
    if (eligible[p] !== true) continue;
    const v = BigInt(votes[p] as number);
    const whole = hare ? (v * S) / sum : v / droop;
    const rest = hare ? (v * S) % sum : v % droop;
    quotaSeats[p] = Number(whole);
    seats[p] = Number(whole);
    remainders[p] = rest;
    given += Number(whole);
    candidates.push(p);
  }
  const left = total - given;
  if (left > candidates.length) return undefined;
  const byRemainder = candidates.sort((a, b) => {
    const x = remainders[a] as bigint;
    const y = remainders[b] as bigint;
    return x === y ? a - b : x > y ? -1 : 1;
  });
  const base = { quota, quotaSeats, remainders };
  if (left === 0) return { ...base, seats, remainderSeats: 0, unallocated: 0 };
  const cutoff = remainders[byRemainder[left - 1] as number] as bigint;
  const above = byRemainder.filter((p) => (remainders[p] as bigint) > cutoff);
  const contenders = byRemainder.filter((p) => remainders[p] === cutoff).sort((a, b) => a - b);
  for (const p of above) seats[p] = (seats[p] as number) + 1;
  const atStake = left - above.length;
  if (contenders.length === atStake) {
    for (const p of contenders) seats[p] = (seats[p] as number) + 1;
    return { ...base, seats, remainderSeats: left, unallocated: 0 };
  }
  const tie: CutoffTie = {
    contenders,
    seatsAtStake: atStake,
    capacity: contenders.map(() => 1),
  };
  const open = [...contenders];
  const firstSeat = total - atStake + 1;
  for (let k = 0; k < atStake; k++) {
    const chosen = tieBreaker.choose(open, "select", `seat ${firstSeat + k}`, [votes]);
    if (chosen === undefined)
      return { ...base, seats, remainderSeats: left, tie, unallocated: atStake - k };
    seats[chosen] = (seats[chosen] as number) + 1;
    open.splice(open.indexOf(chosen), 1);
  }
  return { ...base, seats, remainderSeats: left, tie, unallocated: 0 };
};
