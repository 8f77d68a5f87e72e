import { describe, expect, it } from "vitest";
import { RULE_IDS, RULE_STANCES, resolve } from "../../src/deliberation/index.js";
import { left, responses, right, times } from "./helpers.js";

const vote = (yes: number, no: number, abstain = 0) =>
  responses([...times(yes, "yes"), ...times(no, "no"), ...times(abstain, "abstain")]);

describe("resolve: majority (RONR 12th ed. 1:6, 44:1)", () => {
  it("passes with more than half of the votes cast, abstentions not counted", () => {
    const r = right(resolve({ rule: "majority", responses: vote(3, 2, 10) }));
    expect(r.status).toBe("passed");
    expect(r.requirements).toEqual([
      expect.objectContaining({
        id: "support",
        count: "3",
        base: "5",
        threshold: "1/2",
        needed: "5/2",
        comparison: "more-than",
        met: true,
      }),
    ]);
  });

  it("fails on a tie: exactly half is not a majority (RONR 44:12, a tie vote loses)", () => {
    const r = right(resolve({ rule: "majority", responses: vote(5, 5) }));
    expect(r.status).toBe("failed");
    expect(r.requirements[0]).toMatchObject({ count: "5", needed: "5", met: false });
  });

  it("counts abstentions as noes with a majority of those present (RONR 44:9)", () => {
    const spec = { rule: "majority", responses: vote(6, 4, 3), options: { of: "present" } };
    const r = right(resolve(spec));
    expect(r.requirements[0]).toMatchObject({ count: "6", base: "13", needed: "13/2", met: false });
    expect(r.status).toBe("failed");
  });

  it("uses the whole membership with of: members (RONR 44:9)", () => {
    const members = Array.from({ length: 20 }, (_, i) => ({ id: `m${i}` }));
    const spec = { rule: "majority", members, responses: vote(10, 2), options: { of: "members" } };
    expect(right(resolve(spec)).requirements[0]).toMatchObject({
      count: "10",
      base: "20",
      met: false,
    });
    const eleven = { ...spec, responses: vote(11, 1) };
    expect(right(resolve(eleven)).status).toBe("passed");
  });

  it("counts weight exactly when weighted", () => {
    const members = [
      { id: "m0", weight: "1/3" },
      { id: "m1", weight: "1/3" },
      { id: "m2", weight: 0.5 },
    ];
    const spec = { rule: "majority", members, responses: vote(2, 1), options: { weighted: true } };
    const r = right(resolve(spec));
    expect(r.requirements[0]).toMatchObject({
      count: "2/3",
      base: "7/6",
      needed: "7/12",
      met: true,
    });
    expect(r.weights).toEqual({ yes: "2/3", no: "1/2", abstain: "0" });
  });

  it("never passes when no vote is cast", () => {
    expect(right(resolve({ rule: "majority", responses: vote(0, 0, 3) })).status).toBe("failed");
    expect(right(resolve({ rule: "unanimity", responses: [] })).status).toBe("failed");
  });
});

describe("resolve: supermajority (RONR 44:3)", () => {
  it("passes at exactly two thirds of the votes cast and fails one vote short", () => {
    expect(right(resolve({ rule: "supermajority", responses: vote(30, 15) })).status).toBe(
      "passed",
    );
    expect(right(resolve({ rule: "supermajority", responses: vote(29, 15) })).status).toBe(
      "failed",
    );
  });

  it("reads a threshold as an exact fraction, from a string or a finite decimal", () => {
    const at = (threshold: unknown, yes: number, no: number) =>
      right(resolve({ rule: "supermajority", responses: vote(yes, no), options: { threshold } }));
    expect(at(0.6, 3, 2).status).toBe("passed");
    expect(at("0.6", 3, 2).requirements[0]).toMatchObject({ threshold: "3/5", needed: "3" });
    expect(at("3/4", 74, 26).status).toBe("failed");
    expect(at("3/4", 75, 25).status).toBe("passed");
  });

  it("lets options.comparison ask for more than the threshold", () => {
    const spec = {
      rule: "supermajority",
      responses: vote(2, 1),
      options: { comparison: "more-than" },
    };
    expect(right(resolve(spec)).status).toBe("failed");
  });
});

describe("resolve: unanimity", () => {
  it("passes when no one votes no, abstentions allowed by default", () => {
    expect(right(resolve({ rule: "unanimity", responses: vote(4, 0, 2) })).status).toBe("passed");
    expect(right(resolve({ rule: "unanimity", responses: vote(4, 1) })).status).toBe("failed");
  });

  it("needs every member present to vote yes with of: present", () => {
    const spec = { rule: "unanimity", responses: vote(4, 0, 1), options: { of: "present" } };
    expect(right(resolve(spec)).status).toBe("failed");
  });
});

describe("resolve: double majority", () => {
  // The Council of the EU (TEU art. 16(4)): at least 55 % of the member states, "in practice 15 out
  // of 27", representing at least 65 % of the population.
  const states = Array.from({ length: 27 }, (_, i) => ({ id: `s${i}`, weight: i < 4 ? 60 : 10 }));
  const eu = { threshold: "55/100", secondThreshold: "65/100" };

  it("needs 15 of 27 member states (the Council's published reading of 55 %)", () => {
    const yes = (n: number) =>
      states.map((s, i) => ({ member: s.id, stance: i >= 27 - n ? "yes" : "no" }));
    const fifteen = right(
      resolve({ rule: "double-majority", members: states, responses: yes(15), options: eu }),
    );
    expect(fifteen.requirements[0]).toMatchObject({
      id: "members",
      count: "15",
      base: "27",
      needed: "297/20",
      met: true,
    });
    const fourteen = right(
      resolve({ rule: "double-majority", members: states, responses: yes(14), options: eu }),
    );
    expect(fourteen.requirements[0]).toMatchObject({ count: "14", met: false });
  });

  it("fails when the states in favour hold less than 65 % of the population", () => {
    // 23 small states (230 of 470) say yes: the members requirement is met, the weight one is not.
    const responses = states.map((s, i) => ({ member: s.id, stance: i < 4 ? "no" : "yes" }));
    const r = right(resolve({ rule: "double-majority", members: states, responses, options: eu }));
    expect(r.requirements.map((q) => [q.id, q.count, q.base, q.met])).toEqual([
      ["members", "23", "27", true],
      ["weight", "230", "470", false],
    ]);
    expect(r.status).toBe("failed");
  });

  it("counts groups in favour for a federation (members and member groups)", () => {
    const members = [
      { id: "a1", group: "A" },
      { id: "a2", group: "A" },
      { id: "b1", group: "B" },
      { id: "c1", group: "C" },
      { id: "c2", group: "C" },
    ];
    const responses = [
      { member: "a1", stance: "yes" },
      { member: "a2", stance: "yes" },
      { member: "b1", stance: "yes" },
      { member: "c1", stance: "no" },
      { member: "c2", stance: "no" },
    ];
    const r = right(
      resolve({ rule: "double-majority", members, responses, options: { second: "groups" } }),
    );
    expect(r.requirements.map((q) => [q.id, q.count, q.base, q.met])).toEqual([
      ["members", "3", "5", true],
      ["groups", "2", "3", true],
    ]);
  });
});

describe("resolve: consent (sociocracy)", () => {
  it("passes when no objection stands, stand-asides and all", () => {
    const r = right(
      resolve({
        rule: "consent",
        responses: [
          { member: "ana", stance: "agree" },
          { member: "bo", stance: "consent" },
          { member: "cy", stance: "stand-aside", reason: "I will not be here in March" },
        ],
      }),
    );
    expect(r.status).toBe("passed");
    expect(r.reasons).toEqual([
      { member: "cy", stance: "stand-aside", reason: "I will not be here in March" },
    ]);
  });

  it("is blocked by one reasoned objection, whatever the support, carrying the reason", () => {
    const r = right(
      resolve({
        rule: "consent",
        responses: [
          ...responses(times(20, "consent")),
          { member: "zoe", stance: "object", reason: "no reserve for repairs" },
        ],
      }),
    );
    expect(r.status).toBe("blocked");
    expect(r.objections).toEqual([
      { member: "zoe", stance: "object", reason: "no reserve for repairs" },
    ]);
    expect(r.requirements[0]).toMatchObject({
      id: "no-objection",
      count: "1",
      comparison: "fewer-than",
      needed: "1",
      met: false,
    });
  });

  it("refuses an objection without a reason", () => {
    const error = left(
      resolve({ rule: "consent", responses: [{ member: "a", stance: "object", reason: "  " }] }),
    );
    expect(error).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "responses[0].reason", code: "reason_required" }],
    });
  });

  it("fails when everyone stands aside", () => {
    expect(right(resolve({ rule: "consent", responses: responses(["stand-aside"]) })).status).toBe(
      "failed",
    );
  });
});

describe("resolve: consensus (Loomio's agree / abstain / disagree / block)", () => {
  it("is blocked by one block by default, and by blockThreshold blocks when set", () => {
    const stances = ["agree", "agree", "agree", "block"];
    expect(right(resolve({ rule: "consensus", responses: responses(stances) })).status).toBe(
      "blocked",
    );
    const two = {
      rule: "consensus",
      responses: responses(stances),
      options: { blockThreshold: 2 },
    };
    expect(right(resolve(two)).status).toBe("passed");
  });

  it("needs more agree than disagree by default, or minAgree of those taking a side", () => {
    const stances = ["agree", "agree", "disagree", "disagree", "abstain"];
    expect(right(resolve({ rule: "consensus", responses: responses(stances) })).status).toBe(
      "failed",
    );
    const r = right(
      resolve({
        rule: "consensus",
        responses: responses(["agree", "agree", "agree", "disagree"]),
        options: { minAgree: "3/4" },
      }),
    );
    expect(r.requirements[1]).toMatchObject({
      id: "agreement",
      count: "3",
      base: "4",
      needed: "3",
      met: true,
    });
  });
});

describe("resolve: gradients of agreement (Kaner)", () => {
  it("is blocked by a veto (8)", () => {
    const r = right(resolve({ rule: "gradients", responses: responses([1, 1, 2, 8]) }));
    expect(r.status).toBe("blocked");
    expect(r.objections).toEqual([{ member: "m3", stance: "8" }]);
  });

  it("fails a spread of reluctant support (5s and 6s), Kaner's warning", () => {
    const r = right(resolve({ rule: "gradients", responses: responses([2, 5, 5, 6, 6, 6, "4"]) }));
    expect(r.status).toBe("failed");
    expect(r.requirements[1]).toMatchObject({ count: "1", base: "6" });
  });

  it("passes when endorsements (1-3) are more than half of those not abstaining", () => {
    const r = right(resolve({ rule: "gradients", responses: responses([1, 2, 3, 6, 7, 4, 4]) }));
    expect(r.status).toBe("passed");
    expect(r.tally).toEqual({ 1: 1, 2: 1, 3: 1, 4: 2, 5: 0, 6: 1, 7: 1, 8: 0 });
  });
});

describe("resolve: fist-to-five", () => {
  it("is blocked by a fist, and needs everyone at 3 or more by default", () => {
    expect(right(resolve({ rule: "fist-to-five", responses: responses([5, 4, 0]) })).status).toBe(
      "blocked",
    );
    expect(right(resolve({ rule: "fist-to-five", responses: responses([5, 4, 3]) })).status).toBe(
      "passed",
    );
    expect(right(resolve({ rule: "fist-to-five", responses: responses([5, 4, 2]) })).status).toBe(
      "failed",
    );
    const most = {
      rule: "fist-to-five",
      responses: responses([5, 4, 2]),
      options: { minAgree: "2/3" },
    };
    expect(right(resolve(most)).status).toBe("passed");
  });
});

describe("resolve: quorum (RONR 40:1, 3:3)", () => {
  const members = Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, weight: i === 0 ? 10 : 1 }));

  it("is not quorate with exactly half of the members present when the quorum is a majority", () => {
    const spec = { rule: "majority", members, responses: vote(5, 0), options: { quorum: "1/2" } };
    const r = right(resolve(spec));
    expect(r.status).toBe("not-quorate");
    expect(r.quorum).toMatchObject({ count: "5", base: "10", comparison: "more-than", met: false });
    expect(right(resolve({ ...spec, responses: vote(5, 0, 1) })).status).toBe("passed");
  });

  it("counts abstentions towards the quorum and compares a count as at least", () => {
    const spec = { rule: "majority", members, responses: vote(1, 0, 2), options: { quorum: 3 } };
    expect(right(resolve(spec)).quorum).toMatchObject({ count: "3", needed: "3", met: true });
  });

  it("measures a quorum of weight", () => {
    const spec = {
      rule: "consent",
      members,
      responses: responses(["consent"]),
      options: { quorum: { fraction: "1/2", of: "weight" } },
    };
    expect(right(resolve(spec)).quorum).toMatchObject({
      unit: "weight",
      count: "10",
      base: "19",
      met: true,
    });
    const byCount = { ...spec, options: { quorum: { count: "11", of: "weight" } } };
    expect(right(resolve(byCount)).status).toBe("not-quorate");
  });

  it("reports not-quorate before blocked", () => {
    const spec = {
      rule: "consensus",
      members,
      responses: responses(["block"]),
      options: { quorum: 2 },
    };
    expect(right(resolve(spec)).status).toBe("not-quorate");
  });

  it("applies to every rule", () => {
    for (const rule of RULE_IDS) {
      const stance = RULE_STANCES[rule][0];
      const spec = { rule, members, responses: [{ member: "m0", stance }], options: { quorum: 2 } };
      expect(right(resolve(spec)).status, rule).toBe("not-quorate");
    }
  });
});

describe("resolve: bad input", () => {
  it("lists every problem with its path", () => {
    const error = left(
      resolve({
        rule: "majority",
        members: [{ id: "a" }, { id: "a" }, { id: "b", weight: -1 }],
        responses: [
          { member: "a", stance: "yes" },
          { member: "a", stance: "no" },
          { member: "z", stance: "yes" },
          4,
        ],
        options: { threshold: "3/2", colour: 1 },
      }),
    );
    expect(error._tag).toBe("InvalidInput");
    const found = error._tag === "InvalidInput" ? error.issues.map((i) => [i.path, i.code]) : [];
    expect(found).toEqual(
      expect.arrayContaining([
        ["options.colour", "unrecognized_key"],
        ["options.threshold", "out_of_range"],
        ["members[1].id", "duplicate_member"],
        ["members[2].weight", "out_of_range"],
        ["responses[1].member", "duplicate_response"],
        ["responses[2].member", "unknown_member"],
        ["responses[3]", "invalid_type"],
      ]),
    );
  });

  it("names an unknown rule and refuses what is not an object", () => {
    expect(left(resolve({ rule: "dictator", responses: [] }))).toMatchObject({
      issues: [{ path: "rule", code: "invalid_value" }],
    });
    expect(left(resolve(null))._tag).toBe("InvalidInput");
    expect(left(resolve({ rule: "majority", responses: "yes" }))).toMatchObject({
      issues: [{ path: "responses" }],
    });
  });

  it("needs members for a double majority and for a quorum fraction", () => {
    expect(left(resolve({ rule: "double-majority", responses: vote(1, 0) }))).toMatchObject({
      issues: [{ code: "members_required" }],
    });
    const groups = {
      rule: "double-majority",
      members: [{ id: "m0" }],
      responses: vote(1, 0),
      options: { second: "groups" },
    };
    expect(left(resolve(groups))).toMatchObject({
      issues: [{ path: "members[0].group", code: "missing_group" }],
    });
  });

  it("refuses a threshold of zero and a quorum with both count and fraction", () => {
    expect(left(resolve({ rule: "majority", responses: [], options: { threshold: 0 } }))._tag).toBe(
      "InvalidInput",
    );
    expect(
      left(
        resolve({
          rule: "majority",
          responses: [],
          options: { quorum: { count: 1, fraction: "1/2" } },
        }),
      ),
    ).toMatchObject({ issues: [{ code: "invalid_quorum" }] });
  });

  it("refuses past its work limit before reading, naming the option", () => {
    const huge = new Array(2 ** 32 - 1);
    expect(left(resolve({ rule: "majority", responses: huge }))).toMatchObject({
      _tag: "Unsupported",
      reason: "work_limit",
      limit: { name: "resolve.responses", option: "options.maxResponses" },
    });
    const small = { rule: "majority", responses: vote(3, 0), options: { maxResponses: 2 } };
    expect(left(resolve(small))).toMatchObject({
      _tag: "Unsupported",
      limit: { limit: 2, size: 3 },
    });
  });

  it("treats __proto__ and constructor as ordinary member ids", () => {
    const r = right(
      resolve({
        rule: "majority",
        responses: [
          { member: "__proto__", stance: "yes" },
          { member: "constructor", stance: "no" },
        ],
      }),
    );
    expect(r.members).toBe(2);
  });
});
