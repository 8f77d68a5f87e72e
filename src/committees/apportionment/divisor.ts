/**
 * The divisor (highest averages) count: seats go one at a time to the party with the highest
 * quotient `votes / d(seats held)`, drawn from a priority queue, so that `S` seats among `P`
 * parties cost `O((P + S) log P)` rather than a pass over every party per seat.
 *
 * Exactness: each party's current quotient is kept as a double only to order the queue quickly;
 * two quotients whose doubles differ by more than a relative 2^-40 (far beyond the at most three
 * roundings that made them, each of relative size 2^-53) are certainly ordered as their doubles
 * are; closer ones are compared exactly by cross-multiplying whole numbers in `bigint`. So every
 * decision is the exact comparison of rationals (of squares, for Huntington-Hill).
 *
 * Ties: the seats already given never depend on how ties between earlier seats were broken (a
 * divisor method's allocation is fixed by its cut-off quotient), so only a tie at the cut-off
 * matters: the quotient of the last seat given equals the best quotient left. The seats given at
 * that quotient are then taken back and handed out again one by one among every party whose
 * quotient equals it, by the tie-break policy, each tie recorded. With policy `none` they stay
 * unallocated and every alternative allocation is listed (up to a documented bound).
 *
 * @internal
 * @module
 */
import type { TieBreaker } from "../../core/tie-break.js";
import type { DivisorSequence } from "./methods.js";

/** What the divisor count reads: checked, indexed input. @internal */
export interface DivisorInput {
  readonly parties: readonly string[];
  /** Votes by party index: non-negative safe integers. */
  readonly votes: readonly number[];
  /** Whether each party passed the threshold (excluded parties get no seats). */
  readonly eligible: readonly boolean[];
  readonly seats: number;
  /** Seats each eligible party gets before the count (0 when not set). */
  readonly minSeats: number;
  /** The most seats an eligible party may get (`Infinity` when not set). */
  readonly maxSeats: number;
  readonly divisors: DivisorSequence;
  readonly tieBreaker: TieBreaker;
}

/** A tie for the last seats. @internal */
export interface CutoffTie {
  /** The parties whose quotient equals the cut-off, by index. */
  readonly contenders: readonly number[];
  /** The seats they contend for. */
  readonly seatsAtStake: number;
  /** How many seats each contender can still take (1 unless its quotient stays at the cut-off). */
  readonly capacity: readonly number[];
}

/** The divisor count's result. @internal */
export interface DivisorCount {
  /** Seats by party index (with policy `none`, without the tied seats). */
  readonly seats: readonly number[];
  /** The seat that closed the count: the party and the seats it held before it. */
  readonly last?: { readonly party: number; readonly held: number };
  /** The best quotient that won no seat: the party and the seats it holds. */
  readonly next?: { readonly party: number; readonly held: number };
  readonly tie?: CutoffTie;
  /** Seats left unallocated (a tie under policy `none`). */
  readonly unallocated: number;
}

/** Two doubles closer than this, relatively, are compared exactly. */
const MARGIN = 2 ** -40;

/**
 * An exact comparator of the quotients `q(a, sa)` and `q(b, sb)`: positive when the first is
 * higher. Quotients with a zero divisor are infinite for a party with votes; a party with no
 * votes has quotient 0 whatever its divisor.
 *
 * @internal
 */
export const quotientComparator = (
  votes: readonly number[],
  divisors: DivisorSequence,
): ((a: number, sa: number, b: number, sb: number) => number) => {
  const weight = (p: number): bigint => {
    const v = BigInt(votes[p] as number);
    return divisors.squared ? v * v : v * BigInt(divisors.scale);
  };
  const approx = approximator(votes, divisors);
  return (a, sa, b, sb) => {
    const x = approx(a, sa);
    const y = approx(b, sb);
    if (x === Number.POSITIVE_INFINITY || y === Number.POSITIVE_INFINITY || x === 0 || y === 0)
      return x === y ? 0 : x > y ? 1 : -1;
    if (Math.abs(x - y) > MARGIN * Math.max(x, y)) return x > y ? 1 : -1;
    const left = weight(a) * BigInt(divisors.numerator(sb));
    const right = weight(b) * BigInt(divisors.numerator(sa));
    return left === right ? 0 : left > right ? 1 : -1;
  };
};

/**
 * The quotient `q(p, s)` as a double (within three roundings of the exact value), for ordering:
 * infinite for a zero divisor, 0 for a party without votes.
 *
 * @internal
 */
export const approximator =
  (votes: readonly number[], divisors: DivisorSequence): ((p: number, s: number) => number) =>
  (p, s) => {
    const v = votes[p] as number;
    if (v === 0) return 0;
    const d = divisors.numerator(s);
    if (d === 0) return Number.POSITIVE_INFINITY;
    return (divisors.squared ? v * v : v * divisors.scale) / d;
  };

/**
 * Counts the seats of a divisor method. O((P + S) log P) for P parties and S seats, plus O(P) to
 * find the contenders of a tie.
 *
 * @internal
 */
export const divisorCount = (input: DivisorInput): DivisorCount => {
  const { votes, eligible, minSeats, maxSeats, tieBreaker } = input;
  const n = votes.length;
  const compare = quotientComparator(votes, input.divisors);
  const seats = new Array<number>(n).fill(0);
  let given = 0;
  for (let p = 0; p < n; p++)
    if (eligible[p] === true) {
      seats[p] = minSeats;
      given += minSeats;
    }
  given += jumpStart(input, seats, input.seats - given);
  const toGive = input.seats - given;
  // A binary max-heap of party indices by current quotient (ties: lower index first). Each
  // party's quotient is cached as a double, `key`, to order the queue; keys closer than the
  // margin fall back to the exact comparison.
  const key = new Float64Array(n);
  const approx = approximator(votes, input.divisors);
  for (let p = 0; p < n; p++) key[p] = approx(p, seats[p] as number);
  const heap = new Int32Array(n);
  let size = 0;
  const higher = (a: number, b: number): boolean => {
    const x = key[a] as number;
    const y = key[b] as number;
    if (x !== y && Math.abs(x - y) > MARGIN * Math.max(x, y)) return x > y;
    const c = compare(a, seats[a] as number, b, seats[b] as number);
    return c > 0 || (c === 0 && a < b);
  };
  const siftUp = (i: number): void => {
    const p = heap[i] as number;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const q = heap[parent] as number;
      if (!higher(p, q)) break;
      heap[i] = q;
      i = parent;
    }
    heap[i] = p;
  };
  const siftDown = (i: number): void => {
    const p = heap[i] as number;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child =
        right < size && higher(heap[right] as number, heap[left] as number) ? right : left;
      const c = heap[child] as number;
      if (!higher(c, p)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = p;
  };
  for (let p = 0; p < n; p++)
    if (eligible[p] === true && (seats[p] as number) < maxSeats) {
      heap[size] = p;
      siftUp(size);
      size += 1;
    }
  // Who got each seat given by quotient, and the seats it held before.
  const order = new Int32Array(Math.max(0, toGive));
  const held = new Int32Array(Math.max(0, toGive));
  for (let i = 0; i < toGive && size > 0; i++) {
    const p = heap[0] as number;
    order[i] = p;
    held[i] = seats[p] as number;
    seats[p] = (seats[p] as number) + 1;
    key[p] = approx(p, seats[p] as number);
    if ((seats[p] as number) >= maxSeats) {
      size -= 1;
      heap[0] = heap[size] as number;
    }
    if (size > 0) siftDown(0);
  }
  if (toGive <= 0) return { seats, unallocated: 0 };
  const lastParty = order[toGive - 1] as number;
  const lastHeld = held[toGive - 1] as number;
  const last = { party: lastParty, held: lastHeld };
  if (size === 0) return { seats, last, unallocated: 0 };
  const nextParty = heap[0] as number;
  const next = { party: nextParty, held: seats[nextParty] as number };
  if (compare(lastParty, lastHeld, nextParty, next.held) !== 0)
    return { seats, last, next, unallocated: 0 };

  // A tie at the cut-off: take back every seat given at the cut-off quotient.
  let atCutoff = 0;
  for (let i = toGive - 1; i >= 0; i--) {
    const p = order[i] as number;
    if (compare(p, held[i] as number, lastParty, lastHeld) !== 0) break;
    seats[p] = (seats[p] as number) - 1;
    atCutoff += 1;
  }
  const zeroCutoff = votes[lastParty] === 0;
  const contenders: number[] = [];
  const capacity: number[] = [];
  for (let p = 0; p < n; p++) {
    if (eligible[p] !== true || (seats[p] as number) >= maxSeats) continue;
    if (compare(p, seats[p] as number, lastParty, lastHeld) !== 0) continue;
    contenders.push(p);
    // A party with votes drops below the cut-off after one more seat; one without stays at 0.
    capacity.push(zeroCutoff ? Math.min(atCutoff, maxSeats - (seats[p] as number)) : 1);
  }
  const tie: CutoffTie = { contenders, seatsAtStake: atCutoff, capacity };
  const history = [votes];
  const left = [...capacity];
  const firstSeat = input.seats - atCutoff + 1;
  for (let k = 0; k < atCutoff; k++) {
    const open = contenders.filter((_, i) => (left[i] as number) > 0);
    const chosen =
      open.length === 1
        ? open[0]
        : tieBreaker.choose(open, "select", `seat ${firstSeat + k}`, history);
    if (chosen === undefined) return { seats, last, next, tie, unallocated: atCutoff - k };
    seats[chosen] = (seats[chosen] as number) + 1;
    const i = contenders.indexOf(chosen);
    left[i] = (left[i] as number) - 1;
  }
  return { seats, last, next, tie, unallocated: 0 };
};

/**
 * Jump and step (Pukelsheim, Proportional Representation, 2nd ed. 2017, §4.6): before the queue,
 * give each eligible party the seats whose quotients certainly exceed a trial divisor `λ`, so that
 * the queue hands out only about three seats per party instead of every seat. `λ` is chosen so
 * that even an upper estimate of those seats, summed, stays below the seats to give: the exact
 * count of quotients above `λ` is then less than the seats, so `λ` is at least the final cut-off
 * and every seat given here is strictly above it (never part of a tie). The estimates come from
 * inverting the divisor sequence in doubles with a margin of one seat either way, far more than
 * their rounding. Returns the seats given (added to `seats`).
 *
 * @internal
 */
export const jumpStart = (input: DivisorInput, seats: number[], toGive: number): number => {
  const { votes, eligible, maxSeats, divisors } = input;
  let parties = 0;
  let weight = 0;
  for (let p = 0; p < votes.length; p++)
    if (eligible[p] === true) {
      parties += 1;
      weight += votes[p] as number;
    }
  const target = toGive - 3 * parties;
  if (parties === 0 || weight === 0 || target <= parties) return 0;
  const line = LINEAR[divisors.name];
  // seatsAbove(p, t): about how many seats of party p have quotients above 1/t.
  const seatsAbove = (p: number, t: number): number => {
    const v = votes[p] as number;
    if (line === undefined) {
      // Huntington-Hill: s(s+1) < v² t, so s < (√(1 + 4 v² t) - 1) / 2.
      const x = v * v * t;
      return Math.max(0, Math.ceil((Math.sqrt(1 + 4 * x) - 1) / 2));
    }
    return Math.max(0, Math.ceil((v * divisors.scale * t - line.b) / line.a));
  };
  let t =
    line === undefined ? (target / weight) ** 2 : (line.a * target) / (weight * divisors.scale);
  for (let attempt = 0; attempt < 60; attempt++) {
    let upper = 0;
    for (let p = 0; p < votes.length; p++)
      if (eligible[p] === true)
        upper += Math.min(maxSeats, Math.max(seats[p] as number, seatsAbove(p, t) + 1));
    if (upper <= toGive - 1 + sumOf(seats, eligible)) break;
    t *= 0.8;
    if (attempt === 59) return 0;
  }
  let given = 0;
  for (let p = 0; p < votes.length; p++) {
    if (eligible[p] !== true) continue;
    const lower = Math.min(maxSeats, Math.max(seats[p] as number, seatsAbove(p, t) - 1));
    given += lower - (seats[p] as number);
    seats[p] = lower;
  }
  return given;
};

/** Divisor numerators `a s + b` (in the sequence's scale) of the linear sequences, by name. */
const LINEAR: Readonly<Record<string, { readonly a: number; readonly b: number }>> = {
  "D'Hondt (Jefferson)": { a: 1, b: 1 },
  "Sainte-Laguë (Webster)": { a: 2, b: 1 },
  // 1.4, 3, 5, ... scaled by 5: 7, 15, 25, ...; 10 s + 5 undercounts the first divisor, which the
  // one-seat margin covers.
  "Modified Sainte-Laguë": { a: 10, b: 5 },
  Danish: { a: 3, b: 1 },
  Imperiali: { a: 1, b: 2 },
  Adams: { a: 1, b: 0 },
};

const sumOf = (seats: readonly number[], eligible: readonly boolean[]): number => {
  let total = 0;
  for (let p = 0; p < seats.length; p++) if (eligible[p] === true) total += seats[p] as number;
  return total;
};

/**
 * Every way of giving `seatsAtStake` seats to the contenders of a tie within their capacities, as
 * seat counts added per contender; `undefined` when there are more than `limit`.
 *
 * @internal
 */
export const tieAlternatives = (tie: CutoffTie, limit: number): number[][] | undefined => {
  const out: number[][] = [];
  const current = new Array<number>(tie.contenders.length).fill(0);
  const walk = (i: number, left: number): boolean => {
    if (left === 0) {
      out.push([...current]);
      return out.length <= limit;
    }
    if (i >= tie.contenders.length) return true;
    const most = Math.min(left, tie.capacity[i] as number);
    for (let take = most; take >= 0; take--) {
      current[i] = take;
      if (!walk(i + 1, left - take)) return false;
    }
    current[i] = 0;
    return true;
  };
  return walk(0, tie.seatsAtStake) ? out : undefined;
};

/** The integer square root of a non-negative bigint (floor). */
const isqrt = (n: bigint): bigint => {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
};

/**
 * A quotient for the report: `"∞"` for a zero divisor, the exact fraction for a rational divisor,
 * and for Huntington-Hill `v / √(s(s+1))` truncated to three decimals (computed exactly; the count
 * itself compares the exact squares).
 *
 * @internal
 */
export const quotientText = (votes: number, held: number, divisors: DivisorSequence): string => {
  const d = divisors.numerator(held);
  if (votes === 0) return "0";
  if (d === 0) return "∞";
  const v = BigInt(votes);
  if (!divisors.squared) {
    const num = v * BigInt(divisors.scale);
    const den = BigInt(d);
    const g = gcd(num, den);
    return den / g === 1n ? (num / g).toString() : `${num / g}/${den / g}`;
  }
  const scaled = isqrt((v * v * 1_000_000n) / BigInt(d));
  const whole = scaled / 1000n;
  const fraction = (scaled % 1000n).toString().padStart(3, "0");
  return `${whole}.${fraction}`;
};

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};
