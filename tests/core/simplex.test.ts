/**
 * The exact simplex method (src/core/internal/simplex.ts): textbook programmes, Beale's (1955)
 * cycling example (which cycles under Dantzig's largest-coefficient rule; Bland's rule must end),
 * infeasible and unbounded programmes, the work limit, and an oracle on random two-variable
 * programmes (every vertex enumerated, exactly).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LinearProgramme, type LpRow, solveExact } from "../../src/core/internal/simplex.js";
import * as q from "../../src/core/rational.js";
import { runs } from "../helpers/runs.js";

const r = (n: number, d = 1): q.Rational => q.rational(n, d);
const row = (coefs: number[], kind: LpRow["kind"], rhs: q.Rational | number): LpRow => ({
  coefs: coefs.map((v, j) => [j, typeof v === "number" ? r(v) : v] as const),
  kind,
  rhs: typeof rhs === "number" ? r(rhs) : rhs,
});
const lp = (columns: number, objective: q.Rational[], rows: LpRow[]): LinearProgramme => ({
  columns,
  rows,
  objective: objective.map((v, j) => [j, v] as const),
});
const BIG = 1e12;

describe("solveExact", () => {
  it("a two-variable textbook programme: max x + y, x + 2y ≤ 4, 3x + y ≤ 6 at (8/5, 6/5)", () => {
    const result = solveExact(
      lp(2, [r(1), r(1)], [row([1, 2], "<=", 4), row([3, 1], "<=", 6)]),
      BIG,
    );
    expect(result.status).toBe("optimal");
    if (result.status !== "optimal") return;
    expect(result.values.map(q.toFraction)).toEqual(["8/5", "6/5"]);
    expect(q.toFraction(result.value)).toBe("14/5");
  });

  it("equalities, ≥ rows and negative right-hand sides", () => {
    // max −x s.t. x + y = 3, x ≥ 1  →  x = 1
    const a = solveExact(lp(2, [r(-1), r(0)], [row([1, 1], "=", 3), row([1, 0], ">=", 1)]), BIG);
    expect(a).toMatchObject({ status: "optimal" });
    if (a.status === "optimal") expect(a.values.map(q.toFraction)).toEqual(["1", "2"]);
    // max x s.t. x − y ≤ −1, y ≤ 3  →  x = 2
    const b = solveExact(lp(2, [r(1), r(0)], [row([1, -1], "<=", -1), row([0, 1], "<=", 3)]), BIG);
    expect(b.status === "optimal" && q.toFraction(b.value)).toBe("2");
  });

  it("Beale's cycling example ends at its optimum 1/20 (Bland's rule)", () => {
    // Beale (1955): max 3/4 x1 − 150 x2 + 1/50 x3 − 6 x4 with the three rows below; optimum 1/20
    const result = solveExact(
      lp(
        4,
        [r(3, 4), r(-150), r(1, 50), r(-6)],
        [
          {
            coefs: [
              [0, r(1, 4)],
              [1, r(-60)],
              [2, r(-1, 25)],
              [3, r(9)],
            ],
            kind: "<=",
            rhs: r(0),
          },
          {
            coefs: [
              [0, r(1, 2)],
              [1, r(-90)],
              [2, r(-1, 50)],
              [3, r(3)],
            ],
            kind: "<=",
            rhs: r(0),
          },
          row([0, 0, 1, 0], "<=", 1),
        ],
      ),
      BIG,
    );
    expect(result.status === "optimal" && q.toFraction(result.value)).toBe("1/20");
    if (result.status === "optimal")
      expect(result.values.map(q.toFraction)).toEqual(["1/25", "0", "1", "0"]);
  });

  it("infeasible: the least violation and the rows left violated", () => {
    const result = solveExact(
      lp(2, [r(1), r(1)], [row([1, 1], "<=", 1), row([1, 1], ">=", 3)]),
      BIG,
    );
    expect(result).toMatchObject({ status: "infeasible", violated: [1] });
    if (result.status === "infeasible") expect(q.toFraction(result.shortfall)).toBe("2");
  });

  it("unbounded, and the work limit", () => {
    expect(solveExact(lp(2, [r(1), r(0)], [row([1, -1], "<=", 1)]), BIG)).toEqual({
      status: "unbounded",
    });
    const limited = solveExact(
      lp(2, [r(1), r(1)], [row([1, 2], "<=", 4), row([3, 1], "<=", 6)]),
      3,
    );
    expect(limited.status).toBe("work_limit");
  });

  it("matches every vertex of random two-variable programmes, exactly", () => {
    const coef = fc.integer({ min: -5, max: 5 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            a: coef,
            b: coef,
            c: fc.integer({ min: -6, max: 12 }),
            kind: fc.constantFrom("<=" as const, ">=" as const),
          }),
          { maxLength: 4 },
        ),
        coef,
        coef,
        (rows, ox, oy) => {
          // a box 0 ≤ x, y ≤ 10 keeps it bounded
          const all = [
            ...rows.map(({ a, b, c, kind }) => row([a, b], kind, c)),
            row([1, 0], "<=", 10),
            row([0, 1], "<=", 10),
          ];
          const result = solveExact(lp(2, [r(ox), r(oy)], all), BIG);
          const lines: [q.Rational, q.Rational, q.Rational][] = [
            ...all.map((x): [q.Rational, q.Rational, q.Rational] => [
              x.coefs[0]?.[1] as q.Rational,
              x.coefs[1]?.[1] as q.Rational,
              x.rhs,
            ]),
            [r(1), r(0), r(0)],
            [r(0), r(1), r(0)],
          ];
          const feasible = (x: q.Rational, y: q.Rational): boolean =>
            q.sign(x) >= 0 &&
            q.sign(y) >= 0 &&
            all.every((c) => {
              const v = q.add(
                q.mul(c.coefs[0]?.[1] as q.Rational, x),
                q.mul(c.coefs[1]?.[1] as q.Rational, y),
              );
              const cmp = q.compare(v, c.rhs);
              return c.kind === "<=" ? cmp <= 0 : cmp >= 0;
            });
          let best: q.Rational | undefined;
          for (let i = 0; i < lines.length; i++)
            for (let j = i + 1; j < lines.length; j++) {
              const [a1, b1, c1] = lines[i] as [q.Rational, q.Rational, q.Rational];
              const [a2, b2, c2] = lines[j] as [q.Rational, q.Rational, q.Rational];
              const det = q.sub(q.mul(a1, b2), q.mul(a2, b1));
              if (q.isZero(det)) continue;
              const x = q.div(q.sub(q.mul(c1, b2), q.mul(c2, b1)), det);
              const y = q.div(q.sub(q.mul(a1, c2), q.mul(a2, c1)), det);
              if (!feasible(x, y)) continue;
              const v = q.add(q.mul(r(ox), x), q.mul(r(oy), y));
              if (best === undefined || q.compare(v, best) > 0) best = v;
            }
          if (best === undefined) expect(result.status).toBe("infeasible");
          else {
            expect(result.status).toBe("optimal");
            if (result.status !== "optimal") return;
            expect(q.toFraction(result.value)).toBe(q.toFraction(best));
            expect(feasible(result.values[0] as q.Rational, result.values[1] as q.Rational)).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
