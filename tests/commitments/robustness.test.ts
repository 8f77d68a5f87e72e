import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  apply,
  followThrough,
  type LedgerState,
  metrics,
  monthlySeries,
  overdueDigest,
  partyAccountability,
  replay,
  replayFrom,
  toCsv,
  verifyLedger,
  youSaidWeDid,
} from "../../src/commitments/index.js";
import { runs } from "../helpers/runs.js";
import { SCENARIO } from "./scenario.js";

// What a JavaScript caller, or a state read back from storage, may hand over: every function that
// reads a ledger state answers with an Either and never throws, whatever its options or state.
const state = E.getOrElse((): LedgerState => {
  throw new Error("the scenario replays");
})(replay(SCENARIO));

type Call = (state: unknown, options: unknown) => E.Either<unknown, unknown>;
const CALLS: readonly (readonly [string, Call])[] = [
  ["metrics", (s, o) => metrics(s as LedgerState, o as never)],
  ["monthlySeries", (s, o) => monthlySeries(s as LedgerState, o as never)],
  ["followThrough", (s, o) => followThrough(s as LedgerState, o as never)],
  ["youSaidWeDid", (s, o) => youSaidWeDid(s as LedgerState, o as never)],
  ["overdueDigest", (s, o) => overdueDigest(s as LedgerState, o as never)],
  ["partyAccountability", (s, o) => partyAccountability(s as LedgerState, o as never)],
  ["toCsv", (s, o) => toCsv(s as LedgerState, o as never)],
  ["apply", (s, o) => apply(s as LedgerState, o)],
  ["replayFrom", (s, o) => replayFrom(s as LedgerState, o)],
  ["verifyLedger", (_s, o) => verifyLedger(SCENARIO, o as never)],
];

const options = fc.oneof(
  fc.anything(),
  fc.record(
    {
      asOf: fc.oneof(fc.constant("2025-07-01"), fc.string(), fc.anything()),
      to: fc.oneof(fc.constant("2025-07-01"), fc.anything()),
      from: fc.anything(),
      staleAfterDays: fc.anything(),
      by: fc.anything(),
      level: fc.anything(),
      prior: fc.anything(),
      title: fc.anything(),
      head: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

const settles = (name: string, call: Call, s: unknown, o: unknown): void => {
  let result: E.Either<unknown, unknown> | undefined;
  expect(
    () => {
      result = call(s, o);
    },
    `${name}(${JSON.stringify(o)})`,
  ).not.toThrow();
  expect(result !== undefined && (E.isLeft(result) || E.isRight(result))).toBe(true);
};

describe("functions over a ledger state never throw", () => {
  for (const [name, call] of CALLS) {
    it(`${name}: any options`, () => {
      fc.assert(
        fc.property(options, (o) => settles(name, call, state, o)),
        { numRuns: runs(300) },
      );
    });

    it(`${name}: a damaged state`, () => {
      const damaged = fc.oneof(
        fc.anything(),
        fc.constant({ ...state, order: [...state.order, "ghost"] }),
        fc.constant({ ...state, commitments: null }),
        fc.constant({ ...state, order: null }),
      );
      fc.assert(
        fc.property(damaged, (s) =>
          settles(name, call, s, { asOf: "2025-07-01", to: "2025-07-01" }),
        ),
        { numRuns: runs(200) },
      );
    });
  }
});
