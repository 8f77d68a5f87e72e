/**
 * The fuzz suite cannot forget a boundary: every function the package exports, from the root and
 * from each subpath, is either driven by the fuzzer or listed as typed API with a reason.
 */
import { describe, expect, it } from "vitest";
import * as ballots from "../../src/ballots/index.js";
import * as commitments from "../../src/commitments/index.js";
import * as committees from "../../src/committees/index.js";
import * as core from "../../src/core/index.js";
import * as deliberation from "../../src/deliberation/index.js";
import * as root from "../../src/index.js";
import * as power from "../../src/power/index.js";
import * as render from "../../src/render/index.js";
import * as voting from "../../src/voting/index.js";
import { DRIVEN, TYPED } from "./surface.js";

const MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "co-decide": root,
  "co-decide/core": core,
  "co-decide/ballots": ballots,
  "co-decide/voting": voting,
  "co-decide/power": power,
  "co-decide/commitments": commitments,
  "co-decide/committees": committees,
  "co-decide/deliberation": deliberation,
  "co-decide/render": render,
};

const functionsOf = (module: Readonly<Record<string, unknown>>): string[] =>
  Object.keys(module).filter((key) => typeof module[key] === "function");

describe("the fuzz suite's view of the package", () => {
  const driven = new Set(DRIVEN.map((entry) => entry.name));

  it.each(Object.entries(MODULES))("drives or lists every function %s exports", (_, module) => {
    const forgotten = functionsOf(module).filter((key) => !driven.has(key) && !(key in TYPED));
    // A new export must be added to DRIVEN (a boundary) or TYPED (with a reason) in surface.ts.
    expect(forgotten).toEqual([]);
  });

  it("names only real exports, each once, none both driven and typed", () => {
    const all = new Set(functionsOf(root));
    expect([...driven].filter((key) => !all.has(key))).toEqual([]);
    expect(Object.keys(TYPED).filter((key) => !all.has(key))).toEqual([]);
    expect(DRIVEN.map((entry) => entry.name)).toHaveLength(driven.size);
    expect([...driven].filter((key) => key in TYPED)).toEqual([]);
  });

  it("finds every subpath's functions in the root", () => {
    const all = new Set(functionsOf(root));
    for (const module of Object.values(MODULES)) {
      expect(functionsOf(module).filter((key) => !all.has(key))).toEqual([]);
    }
  });
});
