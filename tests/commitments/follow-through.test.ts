import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { followThrough, type LedgerEvent, replay } from "../../src/commitments/index.js";
import {
  inverseRegularizedBeta,
  logGamma,
  regularizedBeta,
} from "../../src/commitments/internal/beta.js";
import { SCENARIO } from "./scenario.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

describe("logGamma", () => {
  it("matches exact factorials and Γ(1/2) = √π", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 13); // ln Γ(0.1), Abramowitz & Stegun 6.1
  });
});

describe("regularizedBeta", () => {
  it("I_0.4(2, 3) = 6·0.4²·0.6² + 4·0.4³·0.6 + 0.4⁴ = 0.5248 (binomial identity)", () => {
    expect(regularizedBeta(0.4, 2, 3)).toBeCloseTo(0.5248, 14);
  });

  it("I_x(1/2, 1/2) = (2/π) arcsin √x (arcsine law)", () => {
    for (const x of [0.001, 0.1, 0.25, 0.5, 0.9, 0.999]) {
      expect(regularizedBeta(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 13);
    }
  });

  it("matches scipy.special.betainc 1.17.1 on larger parameters", () => {
    expect(regularizedBeta(0.3, 10, 20)).toBeCloseTo(0.3640040810719437, 13);
    expect(regularizedBeta(0.1, 0.5, 10.5)).toBeCloseTo(0.858446908187113, 13);
    expect(regularizedBeta(0.41, 200, 300)).toBeCloseTo(0.677628164772179, 11);
  });

  it("is 0 at 0, 1 at 1, and I_x(a, b) = 1 - I_{1-x}(b, a)", () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    for (const [x, a, b] of [
      [0.2, 3, 7],
      [0.7, 0.5, 4.5],
      [0.95, 40.5, 10.5],
    ] as const) {
      expect(regularizedBeta(x, a, b) + regularizedBeta(1 - x, b, a)).toBeCloseTo(1, 13);
    }
  });
});

describe("inverseRegularizedBeta (Beta quantiles)", () => {
  it("Beta(1/2, 1/2): the p-quantile is sin²(πp/2) (closed form of the arcsine law)", () => {
    for (const p of [0.025, 0.1, 0.5, 0.9, 0.975]) {
      expect(inverseRegularizedBeta(p, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * p) / 2) ** 2, 13);
    }
  });

  it("Beta(a, 1): p^(1/a); Beta(1, b): 1 - (1 - p)^(1/b)", () => {
    expect(inverseRegularizedBeta(0.025, 3, 1)).toBeCloseTo(0.025 ** (1 / 3), 13);
    expect(inverseRegularizedBeta(0.975, 1, 4)).toBeCloseTo(1 - 0.025 ** (1 / 4), 13);
    expect(inverseRegularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
  });

  it("matches scipy.stats.beta.ppf 1.17.1 (2.5% and 97.5% points)", () => {
    const cases: [number, number, number, number][] = [
      [2, 3, 0.06758598648854294, 0.8058795503167565],
      [10, 20, 0.17938364923511183, 0.50832335380999],
      [40.5, 10.5, 0.6741731038857686, 0.8922659692341359],
      [1.5, 0.5, 0.14674631630957513, 0.9996144190192441],
      [0.5, 10.5, 4.7890433157581876e-5, 0.21719626750921053],
      [100.5, 3.5, 0.9243202233488115, 0.9917299147985023],
    ];
    for (const [a, b, lo, hi] of cases) {
      expect(inverseRegularizedBeta(0.025, a, b)).toBeCloseTo(lo, 12);
      expect(inverseRegularizedBeta(0.975, a, b)).toBeCloseTo(hi, 12);
    }
  });

  it("inverts regularizedBeta across a grid", () => {
    for (const a of [0.5, 1.5, 7, 60]) {
      for (const b of [0.5, 2, 13]) {
        for (const p of [0.001, 0.025, 0.5, 0.975, 0.999]) {
          expect(regularizedBeta(inverseRegularizedBeta(p, a, b), a, b)).toBeCloseTo(p, 11);
        }
      }
    }
  });
});

const ownerLedger = (
  owner: string,
  due: number,
  delivered: number,
  start: number,
): LedgerEvent[] => {
  const events: LedgerEvent[] = [];
  for (let i = 0; i < due; i++) {
    const id = `${owner}-${i}`;
    events.push({
      id: `${id}-made`,
      seq: 0,
      at: "2025-01-01",
      type: "committed",
      commitment: { id, title: id, owner, party: owner, madeAt: "2025-01-01", dueAt: "2025-06-01" },
    });
    if (i < delivered) {
      events.push({
        id: `${id}-done`,
        seq: 0,
        at: "2025-05-01",
        type: "delivered",
        commitmentId: id,
      });
    }
  }
  return events.map((e, k) => ({ ...e, seq: start + k }));
};

describe("followThrough", () => {
  it("ranks 40 of 50 above 1 of 1 (Jeffreys: lower bounds 0.674 vs 0.147)", () => {
    const a = ownerLedger("Parks", 50, 40, 1);
    const b = ownerLedger("Library", 1, 1, a.length + 1);
    const report = right(followThrough(right(replay([...a, ...b])), { asOf: "2026-01-01" }));
    expect(report.prior).toEqual({ alpha: 0.5, beta: 0.5 });
    expect(report.estimates.map((e) => e.name)).toEqual(["Parks", "Library"]);
    const [parks, library] = report.estimates;
    expect(parks).toMatchObject({ due: 50, delivered: 40, alpha: 40.5, beta: 10.5 });
    expect(parks?.mean).toBeCloseTo(40.5 / 51, 15);
    expect(parks?.lower).toBeCloseTo(0.6741731038857686, 12); // scipy beta.ppf(0.025, 40.5, 10.5)
    expect(parks?.upper).toBeCloseTo(0.8922659692341359, 12);
    expect(library).toMatchObject({ due: 1, delivered: 1, alpha: 1.5, beta: 0.5, mean: 0.75 });
    expect(library?.lower).toBeCloseTo(0.14674631630957513, 12);
  });

  it("on the scenario as of 2025-07-01: Housing 2/2 → Beta(2.5, 0.5), others 0/1 → Beta(0.5, 1.5)", () => {
    const report = right(followThrough(right(replay(SCENARIO)), { asOf: "2025-07-01" }));
    expect(report.estimates.map((e) => [e.name, e.due, e.delivered])).toEqual([
      ["Housing", 2, 2],
      ["Funder X", 1, 0], // ties broken by name, code-unit order
      ["Parks", 1, 0],
      ["Youth club", 1, 0],
    ]);
    const housing = report.estimates[0];
    expect(housing?.mean).toBeCloseTo(2.5 / 3, 15);
    expect(housing?.lower).toBeCloseTo(0.3331782455987909, 12); // scipy beta.ppf(0.025, 2.5, 0.5)
    expect(housing?.upper).toBeCloseTo(0.999783091529969, 12);
    expect(report.estimates[1]?.upper).toBeCloseTo(0.8532536836904248, 12);
  });

  it("uniform prior and 90% level by option; by party", () => {
    const report = right(
      followThrough(right(replay(SCENARIO)), {
        asOf: "2025-07-01",
        by: "party",
        prior: { alpha: 1, beta: 1 },
        level: 0.9,
      }),
    );
    const authority = report.estimates.find((e) => e.name === "authority");
    // authority: 2 of 3 due delivered → Beta(3, 2), mean 3/5.
    expect(authority).toMatchObject({ due: 3, delivered: 2, alpha: 3, beta: 2, mean: 0.6 });
    expect(regularizedBeta(authority?.lower ?? 0, 3, 2)).toBeCloseTo(0.05, 12);
  });

  it("refuses a bad prior, level, grouping or date with InvalidInput and its path", () => {
    const state = right(replay(SCENARIO));
    const cases: [object, string][] = [
      [{ asOf: "2025-07-01", prior: { alpha: 0, beta: 1 } }, "prior.alpha"],
      [{ asOf: "2025-07-01", level: 1 }, "level"],
      [{ asOf: "2025-07-01", by: "team" }, "by"],
      [{ asOf: "July" }, "asOf"],
    ];
    for (const [options, path] of cases) {
      const result = followThrough(state, options as never);
      expect(E.isLeft(result) && result.left).toMatchObject({
        _tag: "InvalidInput",
        issues: [{ path }],
      });
    }
  });
});
