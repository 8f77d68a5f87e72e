import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULE_IDS, RULE_STANCES, type RuleId } from "../../src/deliberation/index.js";
import {
  quickMembers,
  quickResponses,
  resolve,
  resolveWithoutQuickPaths,
} from "../../src/deliberation/resolve.js";
import { runs } from "../helpers/runs.js";

/**
 * `resolve` reads members and responses first with quick readers that only vouch for the common
 * shapes, and falls back to the full readers (which report every problem with its path) on the
 * first one they cannot vouch for. These properties hold the two ways to the same answer: the same
 * Resolution, or the same error with the same issues, paths and messages.
 */

const ids = ["a", "b", "c", "d", "e", "f", "__proto__", "constructor"];

/** A member: mostly well formed; sometimes each kind of problem the full reader reports. */
const member: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record(
      {
        id: fc.constantFrom(...ids),
        weight: fc.oneof(
          fc.nat(9),
          fc.constant(Number.MAX_SAFE_INTEGER),
          fc.constant(2 ** 52),
          fc.constantFrom("1/3", 0.5, "7", "2.25", 1.5e300),
        ),
        group: fc.constantFrom("north", "south", "east"),
      },
      { requiredKeys: ["id"] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.record({ id: fc.constantFrom("", 5, null), weight: fc.nat(3) }),
      fc.record({
        id: fc.constantFrom(...ids),
        weight: fc.constantFrom(-1, "x", Number.NaN, true),
      }),
      fc.record({ id: fc.constantFrom(...ids), group: fc.constantFrom(7, null) }),
      fc.record({ id: fc.constantFrom(...ids), colour: fc.constant("red") }),
      fc.constantFrom(null, "a", 3, ["a"]),
      fc.constantFrom(...ids).map((id) => Object.assign(Object.create(null), { id, weight: 2 })),
      fc.constantFrom(...ids).map(
        (id) =>
          new (class Member {
            id = id;
          })(),
      ),
    ),
  },
);

/** A response to `rule`: mostly well formed; sometimes each kind of problem. */
const response = (rule: RuleId): fc.Arbitrary<unknown> => {
  const stances = RULE_STANCES[rule];
  const numeric = stances.every((s) => /^\d$/.test(s));
  const stance = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom<unknown>(...stances) },
    ...(numeric
      ? [{ weight: 4, arbitrary: fc.constantFrom<unknown>(...stances.map(Number)) }]
      : []),
    { weight: 1, arbitrary: fc.constantFrom<unknown>("maybe", 2.5, -0, 9, null, undefined) },
  );
  const reason = fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: fc.constantFrom("the budget has no reserve", "too soon") },
    { weight: 1, arbitrary: fc.constantFrom<unknown>("   ", 5, null) },
  );
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record(
        { member: fc.constantFrom(...ids), stance, reason },
        { requiredKeys: ["member", "stance"] },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.record({ member: fc.constantFrom("", 4, "zed"), stance }),
        fc.record({ member: fc.constantFrom(...ids), stance, mood: fc.constant("calm") }),
        fc.constantFrom(null, 7, "yes"),
        fc
          .constantFrom(...ids)
          .map((id) => Object.assign(Object.create(null), { member: id, stance: stances[0] })),
      ),
    },
  );
};

const options = (rule: RuleId): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(
    {
      quorum: fc.constantFrom<unknown>(
        2,
        "1/2",
        { fraction: "2/3", of: "weight" },
        { count: 3, of: "weight" },
      ),
      ...(rule === "double-majority"
        ? { second: fc.constantFrom("weight", "groups"), of: fc.constantFrom("members", "cast") }
        : {}),
      ...(rule === "majority" || rule === "supermajority"
        ? { weighted: fc.boolean(), of: fc.constantFrom("cast", "present", "members") }
        : {}),
    },
    { requiredKeys: [] },
  );

const spec = fc.constantFrom(...RULE_IDS).chain((rule) =>
  fc.record(
    {
      rule: fc.constant(rule),
      members: fc.array(member, { maxLength: 8 }),
      responses: fc.array(response(rule), { maxLength: 8 }),
      options: options(rule),
    },
    { requiredKeys: ["rule", "responses"] },
  ),
);

describe("resolve: the quick readers and the full readers agree", () => {
  it("gives the same Resolution or the same error, issue for issue, on random specs", () => {
    fc.assert(
      fc.property(spec, (s) => {
        expect(resolve(s)).toEqual(resolveWithoutQuickPaths(s));
      }),
      { numRuns: runs(2000) },
    );
  });

  it("gives the same answer on specs that are well formed (mostly accepted)", () => {
    // Distinct ids, responses from listed members at most once: the quick readers vouch here.
    const wellFormed = fc.constantFrom(...RULE_IDS).chain((rule) =>
      fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1 }).chain((names) =>
        fc.record({
          rule: fc.constant(rule),
          members: fc.tuple(
            ...names.map((id) =>
              fc.record(
                { id: fc.constant(id), weight: fc.nat(9), group: fc.constantFrom("n", "s") },
                { requiredKeys: ["id", "group"] },
              ),
            ),
          ),
          responses: fc.oneof(fc.subarray(names), fc.shuffledSubarray(names)).chain((present) =>
            fc.tuple(
              ...present.map((id) =>
                fc.record({
                  member: fc.constant(id),
                  stance: fc.constantFrom(...RULE_STANCES[rule]),
                  reason: fc.constant("because"),
                }),
              ),
            ),
          ),
          options: options(rule),
        }),
      ),
    );
    fc.assert(
      fc.property(wellFormed, (s) => {
        const members = s.members as readonly unknown[];
        const roll = quickMembers(members);
        expect(roll).toBeDefined();
        expect(quickResponses(s.rule, s.responses, roll, {})).toBeDefined();
        expect(resolve(s)).toEqual(resolveWithoutQuickPaths(s));
      }),
      { numRuns: runs(400) },
    );
  });
});

describe("resolve: what the quick readers refuse to vouch for", () => {
  const roll = quickMembers([{ id: "a" }, { id: "b", weight: 2 }]);

  it("vouches for plain members and responses", () => {
    expect(roll?.index.ids).toEqual(["a", "b"]);
    expect(roll?.weights).toEqual({ kind: "numbers", values: new Float64Array([1, 2]) });
    expect(quickResponses("majority", [{ member: "b", stance: "yes" }], roll, {})).toBeDefined();
    expect(quickResponses("gradients", [{ member: "a", stance: 8 }], undefined, {})).toBeDefined();
  });

  it.each([
    ["a duplicate id", [{ id: "a" }, { id: "a" }]],
    ["a fraction as a weight", [{ id: "a", weight: "1/3" }]],
    ["a negative weight", [{ id: "a", weight: -1 }]],
    ["an unsafe integer weight", [{ id: "a", weight: 2 ** 53 }]],
    ["an unknown key", [{ id: "a", colour: "red" }]],
    ["an empty id", [{ id: "" }]],
    ["a group that is not a string", [{ id: "a", group: 3 }]],
    [
      "a class instance",
      [
        new (class {
          id = "a";
        })(),
      ],
    ],
    ["an inherited key", [Object.create({ weight: 3 }, { id: { value: "a", enumerable: true } })]],
  ])("gives up on members with %s", (_, members) => {
    expect(quickMembers(members)).toBeUndefined();
  });

  it.each([
    ["an unknown member", [{ member: "z", stance: "yes" }]],
    [
      "a second response",
      [
        { member: "a", stance: "yes" },
        { member: "a", stance: "no" },
      ],
    ],
    ["a stance of another rule", [{ member: "a", stance: "block" }]],
    ["a reason that is not a string", [{ member: "a", stance: "yes", reason: 4 }]],
    ["an unknown key", [{ member: "a", stance: "yes", mood: "calm" }]],
  ])("gives up on responses with %s", (_, responses) => {
    expect(quickResponses("majority", responses, roll, {})).toBeUndefined();
  });

  it("gives up on a consent objection without a reason, or with a blank one", () => {
    for (const reason of [undefined, "  "]) {
      const objection = {
        member: "a",
        stance: "object",
        ...(reason === undefined ? {} : { reason }),
      };
      expect(quickResponses("consent", [objection], roll, {})).toBeUndefined();
    }
  });

  it("is not used while Object.prototype carries a key it reads, and the answer is unchanged", () => {
    const spec = {
      rule: "majority",
      members: [{ id: "a" }],
      responses: [{ member: "a", stance: "yes" }],
    };
    const before = resolve(spec);
    Object.defineProperty(Object.prototype, "weight", { value: 5, configurable: true });
    try {
      expect(resolve(spec)).toEqual(before);
      expect(resolve({ ...spec, options: { weighted: true } })).toEqual(
        resolveWithoutQuickPaths({ ...spec, options: { weighted: true } }),
      );
    } finally {
      delete (Object.prototype as { weight?: unknown }).weight;
    }
  });
});

describe("resolve: Object.prototype changed while the quick readers read", () => {
  it("throws the quick answer away when a getter adds a key they read", () => {
    const pollute = () => {
      Object.defineProperty(Object.prototype, "weight", { value: 5, configurable: true });
      return "north";
    };
    const spec = {
      rule: "majority",
      members: [
        {
          id: "a",
          get group() {
            return pollute();
          },
        },
        { id: "b" },
      ],
      responses: [
        { member: "a", stance: "yes" },
        { member: "b", stance: "yes" },
      ],
      options: { weighted: true },
    };
    try {
      const result = resolve(spec);
      // b has no weight of its own: 1, not the 5 now on Object.prototype.
      expect(result._tag === "Right" && result.right.weights).toEqual({
        yes: "2",
        no: "0",
        abstain: "0",
      });
    } finally {
      delete (Object.prototype as { weight?: unknown }).weight;
    }
  });
});

describe("resolve: weights summed as doubles below 2^53 and as bigints past it, exact either way", () => {
  const MAX = Number.MAX_SAFE_INTEGER;
  const weight = fc.oneof(
    fc.nat(10),
    fc.constant(MAX),
    fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }).map(Number),
  );
  const rows = fc.array(
    fc.record({ weight, stance: fc.constantFrom("yes", "no", "abstain"), present: fc.boolean() }),
    { minLength: 1, maxLength: 10 },
  );

  it("matches a bigint sum per stance, of the yes weight and of all weight", () => {
    fc.assert(
      fc.property(rows, (table) => {
        const members = table.map((r, i) => ({ id: `m${i}`, weight: r.weight }));
        const responses = table.flatMap((r, i) =>
          r.present ? [{ member: `m${i}`, stance: r.stance }] : [],
        );
        const result = resolve({ rule: "double-majority", members, responses });
        expect(result._tag).toBe("Right");
        if (result._tag === "Left") return;
        const sum = (keep: (r: (typeof table)[number]) => boolean): string =>
          String(table.reduce((a, r) => (keep(r) ? a + BigInt(r.weight) : a), 0n));
        const stance = (s: string) => sum((r) => r.present && r.stance === s);
        expect(result.right.weights).toEqual({
          yes: stance("yes"),
          no: stance("no"),
          abstain: stance("abstain"),
        });
        expect(result.right.requirements[1]).toMatchObject({
          id: "weight",
          count: stance("yes"),
          base: sum(() => true),
        });
      }),
      { numRuns: runs(400) },
    );
  });

  it("adds two weights of 2^53 - 1 exactly (past the doubles)", () => {
    const members = [
      { id: "a", weight: MAX },
      { id: "b", weight: MAX },
      { id: "c", weight: 1 },
    ];
    const responses = [
      { member: "a", stance: "yes" },
      { member: "b", stance: "yes" },
      { member: "c", stance: "no" },
    ];
    const result = resolve({ rule: "double-majority", members, responses });
    expect(result._tag === "Right" && result.right.weights).toEqual({
      yes: "18014398509481982",
      no: "1",
      abstain: "0",
    });
  });

  it("keeps fractional weights exact (bigints over the common denominator)", () => {
    const members = [
      { id: "a", weight: "1/3" },
      { id: "b", weight: MAX },
      { id: "c", weight: 0.25 },
    ];
    const responses = [
      { member: "a", stance: "yes" },
      { member: "b", stance: "yes" },
      { member: "c", stance: "no" },
    ];
    const result = resolve({ rule: "double-majority", members, responses });
    // 9007199254740991 + 1/3 = 27021597764222974/3.
    expect(result._tag === "Right" && result.right.weights).toEqual({
      yes: "27021597764222974/3",
      no: "1/4",
      abstain: "0",
    });
  });
});
