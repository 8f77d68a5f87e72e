/**
 * Every proportionality guarantee a registered committee rule declares (`guarantees` on its
 * definition) holds for every committee it elects, on random profiles: from the small generator
 * here (ties likely, so every winning committee is checked) and from the library's resampling
 * generator (Szufa et al. 2022).
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { resamplingApproval } from "../../../src/ballots/generate/index.js";
import type { ApprovalProfile } from "../../../src/ballots/profile.js";
import { checkCommittee } from "../../../src/committees/index.js";
import { listMethods } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";
import { arbSmallElection } from "./helpers.js";

const committeeRules = listMethods().filter((m) => (m.guarantees ?? []).length > 0);

const expectGuarantees = (
  method: (typeof committeeRules)[number],
  profile: ApprovalProfile,
  seats: number,
): void => {
  const result = method.run(profile, { options: {}, tieBreak: { kind: "none" }, seats });
  if (E.isLeft(result)) return; // a refusal (work limit) is not a committee
  const committees =
    (result.right as { committees?: readonly (readonly string[])[] }).committees ?? [];
  for (const committee of committees)
    for (const property of method.guarantees ?? []) {
      const check = checkCommittee(profile, committee, property);
      if (E.isLeft(check)) continue;
      expect(
        check.right.holds,
        `${method.id} ${property} ${JSON.stringify(check.right.witness)}`,
      ).toBe(true);
    }
};

describe("declared guarantees hold for every winning committee", () => {
  it("some rules declare guarantees (PAV: JR, PJR, EJR, EJR+)", () => {
    const pav = committeeRules.find((m) => m.id === "pav");
    expect(pav?.guarantees).toEqual(["jr", "pjr", "ejr", "ejr-plus"]);
  });

  for (const method of committeeRules) {
    it(`${method.id}: ${(method.guarantees ?? []).join(", ")} on small random profiles`, () => {
      fc.assert(
        fc.property(arbSmallElection, ({ profile, seats }) =>
          expectGuarantees(method, profile, seats),
        ),
        { numRuns: runs(200) },
      );
    });

    it(`${method.id}: ${(method.guarantees ?? []).join(", ")} on resampling profiles`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 1_000_000 }),
          fc.integer({ min: 2, max: 5 }),
          (seed, seats) => {
            const profile = resamplingApproval({
              candidates: 8,
              voters: 30,
              p: 0.3,
              phi: 0.5,
              seed: `g${seed}`,
            });
            if (E.isLeft(profile)) throw new Error(JSON.stringify(profile.left));
            expectGuarantees(method, profile.right, seats);
          },
        ),
        { numRuns: runs(40) },
      );
    });
  }
});
