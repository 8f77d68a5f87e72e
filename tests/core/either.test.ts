import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { formatDecideError, isLeft, isRight, match } from "../../src/core/index.js";
import * as root from "../../src/index.js";
import { decide } from "../../src/voting/index.js";

describe("Either helpers (re-exported from fp-ts)", () => {
  it("are fp-ts's own functions, from co-decide/core and the root", () => {
    expect(isLeft).toBe(E.isLeft);
    expect(isRight).toBe(E.isRight);
    expect(match).toBe(E.match);
    expect(root.isLeft).toBe(E.isLeft);
    expect(root.isRight).toBe(E.isRight);
    expect(root.match).toBe(E.match);
  });

  it("read decide's results as their doc examples say", () => {
    const unknown = decide({ method: "nope", candidates: ["a"], ballots: [] });
    expect(isLeft(unknown) && formatDecideError(unknown.left)).toMatch(/^Unknown method "nope"\./);
    const irv = decide({ method: "irv", candidates: ["a", "b"], ballots: ["a>b", "a>b", "b>a"] });
    expect(isRight(irv) && irv.right.winners).toEqual(["a"]);
    expect(isRight(unknown)).toBe(false);
    const say = match(
      formatDecideError,
      (outcome: { winners: readonly string[] }) => `Elected: ${outcome.winners.join(", ")}`,
    );
    expect(
      say(decide({ method: "plurality", candidates: ["a", "b"], ballots: ["a>b", "b>a", "a"] })),
    ).toBe("Elected: a");
    expect(isLeft(unknown) && say(unknown)).toBe(
      isLeft(unknown) && formatDecideError(unknown.left),
    );
  });
});
