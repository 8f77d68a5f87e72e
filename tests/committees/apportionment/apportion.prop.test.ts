/**
 * Properties of apportion, each against an independent statement of the rule:
 * - every divisor method agrees with the brute-force "table of every quotient, the S largest win"
 *   (the independent oracle; quotients compared as exact rationals written separately here);
 * - house monotonicity of divisor methods (Balinski and Young 2001, ch. 6 and appendix A,
 *   Theorem 4.3's premise): one more seat never costs a party a seat;
 * - the quota rule of largest remainder methods: a party's seats are its exact quota rounded down
 *   or up (Balinski and Young 2001, ch. 2);
 * - anonymity: permuting the parties permutes the result.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { type Apportionment, apportion } from "../../../src/committees/index.js";
import { runs } from "../../helpers/runs.js";

const DIVISOR_METHODS = [
  "dhondt",
  "sainte-lague",
  "modified-sainte-lague",
  "danish",
  "imperiali",
  "adams",
  "huntington-hill",
] as const;

const right = (spec: unknown): Apportionment => {
  const result = apportion(spec);
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

/** Divisors as exact fractions [num, den] (Huntington-Hill: the square [s(s+1), 1]). */
const divisor = (method: (typeof DIVISOR_METHODS)[number], s: number): [bigint, bigint] => {
  const b = BigInt(s);
  switch (method) {
    case "dhondt":
      return [b + 1n, 1n];
    case "sainte-lague":
      return [2n * b + 1n, 1n];
    case "modified-sainte-lague":
      return s === 0 ? [7n, 5n] : [2n * b + 1n, 1n];
    case "danish":
      return [3n * b + 1n, 1n];
    case "imperiali":
      return [b + 2n, 1n];
    case "adams":
      return [b, 1n];
    case "huntington-hill":
      return [b * (b + 1n), 1n];
  }
};

interface Entry {
  readonly party: number;
  /** The quotient as [num, den]; den 0 is infinite. */
  readonly q: [bigint, bigint];
}

/** Every quotient of every party, sorted highest first; the first S win seats. */
const quotientTable = (
  method: (typeof DIVISOR_METHODS)[number],
  votes: readonly number[],
  seats: number,
): Entry[] => {
  const entries: Entry[] = [];
  votes.forEach((v, party) => {
    for (let s = 0; s < seats; s++) {
      const [num, den] = divisor(method, s);
      const weight = method === "huntington-hill" ? BigInt(v) * BigInt(v) : BigInt(v);
      // q = weight / (num/den) = weight*den / num.
      entries.push({ party, q: v === 0 ? [0n, 1n] : [weight * den, num] });
    }
  });
  const cmp = (a: Entry, b: Entry): number => {
    const [an, ad] = a.q;
    const [bn, bd] = b.q;
    if (ad === 0n || bd === 0n) return ad === bd ? 0 : ad === 0n ? -1 : 1;
    const l = an * bd;
    const r = bn * ad;
    return l === r ? 0 : l > r ? -1 : 1;
  };
  return entries.sort(cmp);
};

const arbVotes = fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 6 });
const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `p${i}`);
const record = (votes: readonly number[]): Record<string, number> =>
  Object.fromEntries(votes.map((v, i) => [`p${i}`, v]));

describe("apportion (divisor methods): the brute-force quotient table agrees", () => {
  for (const method of DIVISOR_METHODS) {
    it(`${method}: seats are the S largest quotients; a tie at the cut-off is reported`, () => {
      fc.assert(
        fc.property(arbVotes, fc.integer({ min: 0, max: 25 }), (votes, seats) => {
          fc.pre(votes.some((v) => v > 0) || seats === 0);
          const result = right({ method, seats, votes: record(votes), tieBreak: { kind: "none" } });
          const table = quotientTable(method, votes, seats + 1);
          const expected = new Array<number>(votes.length).fill(0);
          if (seats > 0) {
            const cut = table[seats - 1] as Entry;
            const after = table[seats];
            const same = (a: Entry, b: Entry): boolean =>
              a.q[1] === 0n || b.q[1] === 0n
                ? a.q[1] === b.q[1] && (a.q[0] === 0n) === (b.q[0] === 0n)
                : a.q[0] * b.q[1] === b.q[0] * a.q[1];
            const tied = after !== undefined && same(cut, after);
            for (const e of table.slice(0, seats))
              if (!tied || !same(e, cut)) expected[e.party] = (expected[e.party] as number) + 1;
            const sure = expected.reduce((a, b) => a + b, 0);
            expect(result.unallocated).toBe(seats - sure);
            expect(result.unallocated > 0).toBe(tied);
          }
          expect(names(votes.length).map((p) => result.seats[p])).toEqual(expected);
        }),
        { numRuns: runs(200) },
      );
    });
  }
});

describe("apportion (divisor methods): house monotonicity", () => {
  for (const method of DIVISOR_METHODS) {
    it(`${method}: one more seat never costs a party a seat (under the same order tie-break)`, () => {
      fc.assert(
        fc.property(arbVotes, fc.integer({ min: 1, max: 30 }), (votes, seats) => {
          fc.pre(votes.some((v) => v > 0));
          const order = { kind: "order", order: names(votes.length) };
          const before = right({ method, seats, votes: record(votes), tieBreak: order }).seats;
          const after = right({
            method,
            seats: seats + 1,
            votes: record(votes),
            tieBreak: order,
          }).seats;
          for (const p of names(votes.length))
            expect(after[p] as number).toBeGreaterThanOrEqual(before[p] as number);
        }),
        { numRuns: runs(200) },
      );
    });
  }
});

describe("apportion (largest remainder): the quota rule", () => {
  for (const method of ["hare", "droop-lr"] as const) {
    it(`${method}: every party gets its Hare quota rounded down or up, and the seats add up`, () => {
      fc.assert(
        fc.property(arbVotes, fc.integer({ min: 0, max: 30 }), (votes, seats) => {
          const total = votes.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const result = apportion({ method, seats, votes: record(votes) });
          // Droop with leftover seats beyond the parties is refused, not miscounted.
          if (E.isLeft(result)) {
            expect(method).toBe("droop-lr");
            expect(result.left).toMatchObject({
              _tag: "Unsupported",
              reason: "undefined_allocation",
            });
            return;
          }
          const seatsOf = names(votes.length).map((p) => result.right.seats[p] as number);
          expect(seatsOf.reduce((a, b) => a + b, 0)).toBe(seats);
          if (method === "hare")
            votes.forEach((v, p) => {
              const lower = Math.floor((v * seats) / total);
              expect(seatsOf[p]).toBeGreaterThanOrEqual(lower);
              expect(seatsOf[p]).toBeLessThanOrEqual(lower + 1);
              // Exactly: lower = floor(v S / V), upper = ceil(v S / V).
              if ((v * seats) % total === 0) expect(seatsOf[p]).toBe(lower);
            });
        }),
        { numRuns: runs(300) },
      );
    });
  }
});

describe("apportion: anonymity", () => {
  it("permuting the parties permutes the seats (no tie at the cut-off)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: 2, maxLength: 7 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...DIVISOR_METHODS, "hare" as const),
        (votes, seats, method) => {
          const a = right({ method, seats, votes: record(votes), tieBreak: { kind: "none" } });
          fc.pre(a.unallocated === 0);
          const reversed = Object.fromEntries(votes.map((v, i) => [`p${i}`, v]).reverse());
          const b = right({ method, seats, votes: reversed });
          expect(b.seats).toEqual(a.seats);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe("apportion (divisor methods): the jump start changes nothing on large houses", () => {
  /** Seat by seat, scanning every party, comparing quotients exactly (the definition). */
  const scan = (
    method: (typeof DIVISOR_METHODS)[number],
    votes: readonly number[],
    seats: number,
  ) => {
    const held = votes.map(() => 0);
    for (let s = 0; s < seats; s++) {
      let best = -1;
      let bestQ: [bigint, bigint] = [0n, 1n];
      votes.forEach((v, p) => {
        const [num, den] = divisor(method, held[p] as number);
        const weight = method === "huntington-hill" ? BigInt(v) * BigInt(v) : BigInt(v);
        const q: [bigint, bigint] = v === 0 ? [0n, 1n] : [weight * den, num];
        const higher =
          best < 0 ||
          (q[1] === 0n ? bestQ[1] !== 0n : bestQ[1] !== 0n && q[0] * bestQ[1] > bestQ[0] * q[1]);
        if (higher) {
          best = p;
          bestQ = q;
        }
      });
      held[best] = (held[best] as number) + 1;
    }
    return held;
  };

  it("matches the seat-by-seat scan for up to 12 parties and 3,000 seats (no tie at the cut-off)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 50, max: 3000 }),
        fc.constantFrom(...DIVISOR_METHODS),
        (votes, seats, method) => {
          const result = right({ method, seats, votes: record(votes), tieBreak: { kind: "none" } });
          fc.pre(result.unallocated === 0);
          expect(names(votes.length).map((p) => result.seats[p])).toEqual(
            scan(method, votes, seats),
          );
        },
      ),
      { numRuns: runs(60) },
    );
  });
});
