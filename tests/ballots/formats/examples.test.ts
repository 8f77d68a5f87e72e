/** The @example blocks of the format functions, run as written. */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  parseBlt,
  parseProfile,
  writeBlt,
  writeProfile,
} from "../../../src/ballots/formats/index.js";
import { rankedProfile } from "../../../src/ballots/index.js";
import { right } from "./helpers.js";

describe("JSDoc examples", () => {
  it("parseProfile: reading a PrefLib toc file", () => {
    const text = [
      "# DATA TYPE: toc",
      "# NUMBER ALTERNATIVES: 3",
      "# ALTERNATIVE NAME 1: Ann",
      "# ALTERNATIVE NAME 2: Bob",
      "# ALTERNATIVE NAME 3: Cy",
      "2: 1,{2,3}",
      "1: 3,2,1",
    ].join("\n");
    const profile = right(parseProfile(text, { format: "toc" }));
    expect(profile.kind).toBe("ranked");
    expect(profile.ballotCount).toBe(2);
    expect(profile.totalCount).toBe(3);
  });

  it("parseProfile: an alternative twice", () => {
    const text =
      "# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n1: 1,1\n";
    expect(parseProfile(text, { format: "soi" })).toEqual(
      E.left({
        _tag: "ParseError",
        format: "soi",
        line: 4,
        column: 6,
        message: "soi line 4, column 6: alternative 1 appears twice in this order",
      }),
    );
  });

  it("parseBlt", () => {
    const election = right(
      parseBlt('3 1\n-3\n4 1 2 0\n2.5 2=1 0\n0\n"Ann"\n"Bob"\n"Cy"\n"Chair 2026"\n'),
    );
    expect(election.seats).toBe(1);
    expect(election.withdrawn).toEqual(["Cy"]);
    expect(election.title).toBe("Chair 2026");
    expect(election.profile.totalCountExact).toBe("13/2");
  });

  it("writeProfile", () => {
    const profile = right(rankedProfile(["a", "b", "c"], ["a>b=c", "a>b=c", "c>b"]));
    expect(right(writeProfile(profile, { format: "toi" }))).toBe(
      "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 3\n# NUMBER UNIQUE ORDERS: 2\n" +
        "# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n# ALTERNATIVE NAME 3: c\n2: 1,{2,3}\n1: 3,2\n",
    );
  });

  it("writeBlt", () => {
    const profile = right(rankedProfile(["Ann", "Bob"], ["Ann>Bob", "Bob"]));
    expect(right(writeBlt({ profile, seats: 1, withdrawn: [], title: "Chair" }))).toBe(
      '2 1\n1 1 2 0\n1 2 0\n0\n"Ann"\n"Bob"\n"Chair"\n',
    );
  });
});
