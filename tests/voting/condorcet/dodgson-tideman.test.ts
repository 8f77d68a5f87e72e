import { describe, expect, it } from "vitest";
import { dodgsonTideman } from "../../../src/voting/condorcet/index.js";
import { NONE, profileOf, tennessee } from "./helpers.js";

describe("dodgsonTideman", () => {
  it("scores the Tennessee example by total margin of defeat: Nashville 0 (by hand)", () => {
    const outcome = dodgsonTideman(tennessee());
    // Memphis loses three contests 42-58; Chattanooga loses to Nashville 32-68; Knoxville loses
    // to Nashville 32-68 and Chattanooga 17-83.
    expect(outcome.scores).toEqual({ Memphis: 48, Nashville: 0, Chattanooga: 36, Knoxville: 102 });
    expect(outcome.winners).toEqual(["Nashville"]);
  });

  it("ties two candidates whose defeats are equally small (by hand)", () => {
    const profile = profileOf(
      ["a", "b", "c"],
      [
        [4, "a>b>c"],
        [4, "b>c>a"],
        [2, "c>a>b"],
      ],
    );
    const outcome = dodgsonTideman(profile, {}, NONE);
    expect(outcome.scores).toEqual({ a: 2, b: 2, c: 6 });
    expect(outcome.winners).toEqual(["a", "b"]);
  });
});
