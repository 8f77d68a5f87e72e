import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { checkWork, defineLimit, resolveLimit, workLimitError } from "../../src/core/limits.js";

const ITEMS = defineLimit({
  name: "example.items",
  unit: "items",
  default: 10,
  ceiling: 100,
  option: "options.maxItems",
});

describe("resolveLimit", () => {
  it("takes the default when nothing is asked", () => {
    expect(resolveLimit(ITEMS, undefined)).toEqual(E.right(10));
  });
  it("takes a whole number up to the ceiling", () => {
    expect(resolveLimit(ITEMS, 1)).toEqual(E.right(1));
    expect(resolveLimit(ITEMS, 100)).toEqual(E.right(100));
  });
  it.each([0, 101, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "50", null])(
    "refuses %s at the option's path",
    (requested) => {
      const result = resolveLimit(ITEMS, requested);
      expect(E.isLeft(result)).toBe(true);
      if (E.isLeft(result)) {
        expect(result.left.issues).toEqual([
          expect.objectContaining({ path: "options.maxItems", code: "out_of_range" }),
        ]);
      }
    },
  );
});

describe("checkWork", () => {
  it("lets an input at the limit through", () => {
    expect(checkWork(ITEMS, 10)).toEqual(E.right(undefined));
  });
  it("refuses an input past the limit, naming the limit, the size and the option", () => {
    expect(checkWork(ITEMS, 11)).toEqual(
      E.left({
        _tag: "Unsupported",
        reason: "work_limit",
        message:
          "This input has 11 items, past the work limit of 10 for example.items; set options.maxItems (up to 100) to allow more.",
        limit: {
          name: "example.items",
          limit: 10,
          size: 11,
          option: "options.maxItems",
          ceiling: 100,
        },
      }),
    );
  });
  it("says when the ceiling itself is passed", () => {
    expect(workLimitError(ITEMS, 200, 100).message).toContain("100 is the hard ceiling");
  });
  it("freezes a declared limit", () => {
    expect(Object.isFrozen(ITEMS)).toBe(true);
  });
});
