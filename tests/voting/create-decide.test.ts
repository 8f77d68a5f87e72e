import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { MethodDefinition } from "../../src/voting/index.js";
import {
  borda,
  bordaMethod,
  createDecide,
  decide,
  irvMethod,
  METHODS,
  pluralityMethod,
  schulzeMethod,
} from "../../src/voting/index.js";
import { TENNESSEE_BALLOTS, TENNESSEE_CANDIDATES } from "./helpers/profiles.js";

const tennessee = (method: string): unknown => ({
  method,
  candidates: TENNESSEE_CANDIDATES,
  ballots: TENNESSEE_BALLOTS,
});

describe("createDecide", () => {
  const small = createDecide([schulzeMethod, irvMethod]);

  it("gives the outcome decide gives, for every method it was given (Tennessee, Wikipedia)", () => {
    for (const id of ["schulze", "irv"]) {
      expect(small(tennessee(id))).toEqual(decide(tennessee(id)));
    }
    const schulze = small(tennessee("schulze"));
    const irv = small(tennessee("irv"));
    expect(E.isRight(schulze) && schulze.right.winners).toEqual(["Nashville"]);
    expect(E.isRight(irv) && irv.right.winners).toEqual(["Knoxville"]);
  });

  it("returns UnknownMethod listing only the chosen methods", () => {
    expect(small(tennessee("borda"))).toEqual(
      E.left({
        _tag: "UnknownMethod",
        message: 'Unknown method "borda". Known methods: schulze, irv.',
        method: "borda",
        known: ["schulze", "irv"],
      }),
    );
    expect(createDecide([])(tennessee("irv"))).toMatchObject(
      E.left({ _tag: "UnknownMethod", known: [] }),
    );
  });

  it("checks the spec as decide does: the same errors, with their paths", () => {
    const bad = [
      { method: "irv", candidates: ["a", "b"], ballots: ["a>z"] },
      { method: "irv", candidates: ["a"], ballots: [{ approve: ["a"] }] },
      { method: "schulze", candidates: ["a", "b"], ballots: [], options: { strength: "nope" } },
      { method: "schulze", candidates: ["a"], ballots: [], seats: 2 },
      null,
      "schulze",
    ];
    for (const spec of bad) {
      const result = small(spec);
      expect(E.isLeft(result)).toBe(true);
      expect(result).toEqual(decide(spec));
    }
  });

  it("uses the later definition when two share an id", () => {
    const bordaAsPlurality: MethodDefinition<unknown> = {
      ...(bordaMethod as MethodDefinition<unknown>),
      id: "plurality",
      run: (profile, context) => E.right(borda(profile as never, context.options as never)),
    };
    const withOverride = createDecide([
      pluralityMethod as MethodDefinition<unknown>,
      bordaAsPlurality,
    ]);
    const outcome = withOverride(tennessee("plurality"));
    expect(E.isRight(outcome) && outcome.right.winners).toEqual(["Nashville"]);
    const plain = decide(tennessee("plurality"));
    expect(E.isRight(plain) && plain.right.winners).toEqual(["Memphis"]);
  });

  it("over every registered method is decide", () => {
    const all = createDecide(METHODS);
    for (const method of METHODS) {
      const spec =
        method.ballotKind === "ranked"
          ? tennessee(method.id)
          : { method: method.id, candidates: ["a"], ballots: [] };
      expect(all(spec)).toEqual(decide(spec));
    }
  });
});
