import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  apply,
  emptyLedger,
  type LedgerEvent,
  type LedgerState,
  replay,
  replayFrom,
} from "../../src/commitments/index.js";
import type { DecideError } from "../../src/core/index.js";
import { SCENARIO } from "./scenario.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};
const left = <T>(either: E.Either<DecideError, T>): DecideError => {
  if (E.isRight(either)) throw new Error("expected left");
  return either.left;
};

const made = (seq: number, id = "c1", extra: object = {}): LedgerEvent =>
  ({
    id: `e${seq}`,
    seq,
    at: "2025-01-10",
    type: "committed",
    commitment: {
      id,
      title: "Reopen the youth centre",
      owner: "Council housing team",
      party: "authority",
      madeAt: "2025-01-10",
      dueAt: "2025-06-30",
      ...extra,
    },
  }) as LedgerEvent;

describe("replay: the issue's example", () => {
  it("folds a committed and a delivered event into a delivered commitment", () => {
    const state = right(
      replay([
        made(1),
        { id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" },
      ]),
    );
    expect(state.order).toEqual(["c1"]);
    expect(state.eventCount).toBe(2);
    expect(state.lastSeq).toBe(2);
    const c1 = state.commitments["c1"];
    expect(c1?.status).toBe("delivered");
    expect(c1?.dueAt).toBe("2025-06-30");
    expect(c1?.history.map((e) => e.id)).toEqual(["e1", "e2"]);
  });

  it("the scenario's states, due dates and counters", () => {
    const state = right(replay(SCENARIO));
    const view = Object.fromEntries(
      state.order.map((id) => {
        const r = state.commitments[id];
        return [id, [r?.status, r?.dueAt, r?.renegotiations, r?.progress]];
      }),
    );
    expect(view).toEqual({
      c1: ["verified", "2025-06-30", 0, 0],
      c2: ["delivered", "2025-05-31", 1, 0],
      c3: ["in-progress", "2025-04-30", 0, 50],
      c4: ["withdrawn", "2025-05-15", 0, 0],
      c5: ["missed", "2025-05-31", 0, 0],
      c6: ["delivered", "2025-08-31", 0, 0],
      c7: ["withdrawn", "2025-06-01", 0, 0],
      c8: ["committed", null, 0, 0],
      c9: ["committed", "2025-12-31", 0, 0],
    });
  });

  it("renegotiating a missed commitment reopens it at its state before the miss", () => {
    const state = right(
      replay([
        made(1),
        { id: "e2", seq: 2, at: "2025-02-01", type: "started", commitmentId: "c1" },
        { id: "e3", seq: 3, at: "2025-07-01", type: "missed", commitmentId: "c1" },
        {
          id: "e4",
          seq: 4,
          at: "2025-07-02",
          type: "renegotiated",
          commitmentId: "c1",
          dueAt: "2025-09-30",
          scope: "ground floor only",
          reason: "asbestos",
        },
      ]),
    );
    expect(state.commitments["c1"]).toMatchObject({
      status: "in-progress",
      dueAt: "2025-09-30",
      scope: "ground floor only",
      renegotiations: 1,
    });
  });

  it("accepts __proto__ and constructor as commitment ids and owners", () => {
    const state = right(
      replay([
        made(1, "__proto__", { owner: "constructor" }),
        { id: "e2", seq: 2, at: "2025-02-01", type: "accepted", commitmentId: "__proto__" },
      ]),
    );
    expect(Object.hasOwn(state.commitments, "__proto__")).toBe(true);
    const record = Object.getOwnPropertyDescriptor(state.commitments, "__proto__")?.value;
    expect(record?.status).toBe("accepted");
  });

  it("milestones: reached once each, then delivered", () => {
    const state = right(
      replay([
        made(1, "c1", {
          milestones: [
            { id: "m1", title: "design", weight: 1 },
            { id: "m2", title: "build", weight: 3 },
          ],
        }),
        {
          id: "e2",
          seq: 2,
          at: "2025-02-01",
          type: "milestone-reached",
          commitmentId: "c1",
          milestoneId: "m1",
        },
      ]),
    );
    expect(state.commitments["c1"]).toMatchObject({
      status: "in-progress",
      milestonesReached: ["m1"],
    });
  });
});

describe("replay refuses illegal events with InvalidTransition naming the event", () => {
  const cases: [
    string,
    LedgerEvent[],
    { eventId: string; index: number; path: string; reason: string },
  ][] = [
    [
      "delivering a withdrawn commitment",
      [
        made(1),
        {
          id: "e2",
          seq: 2,
          at: "2025-02-01",
          type: "withdrawn",
          commitmentId: "c1",
          reason: "no budget",
        },
        { id: "e3", seq: 3, at: "2025-03-01", type: "delivered", commitmentId: "c1" },
      ],
      { eventId: "e3", index: 2, path: "events[2].type", reason: "illegal_transition" },
    ],
    [
      "verifying before delivery",
      [
        made(1),
        {
          id: "e2",
          seq: 2,
          at: "2025-02-01",
          type: "verified",
          commitmentId: "c1",
          actor: "panel",
        },
      ],
      { eventId: "e2", index: 1, path: "events[1].type", reason: "illegal_transition" },
    ],
    [
      "an event for an unknown commitment",
      [made(1), { id: "e2", seq: 2, at: "2025-02-01", type: "started", commitmentId: "c2" }],
      { eventId: "e2", index: 1, path: "events[1].commitmentId", reason: "unknown_commitment" },
    ],
    [
      "a duplicate event id",
      [made(1), { id: "e1", seq: 2, at: "2025-02-01", type: "started", commitmentId: "c1" }],
      { eventId: "e1", index: 1, path: "events[1].id", reason: "duplicate_event_id" },
    ],
    [
      "a gap in seq",
      [made(1), { id: "e2", seq: 3, at: "2025-02-01", type: "started", commitmentId: "c1" }],
      { eventId: "e2", index: 1, path: "events[1].seq", reason: "seq_gap" },
    ],
    [
      "a reversal in seq",
      [
        made(1),
        { id: "e2", seq: 2, at: "2025-02-01", type: "started", commitmentId: "c1" },
        { id: "e3", seq: 2, at: "2025-02-02", type: "noted", commitmentId: "c1", note: "x" },
      ],
      { eventId: "e3", index: 2, path: "events[2].seq", reason: "seq_reversal" },
    ],
    [
      "a first event whose seq is not 1",
      [made(2)],
      { eventId: "e2", index: 0, path: "events[0].seq", reason: "seq_gap" },
    ],
    [
      "an event dated before the commitment was made",
      [made(1), { id: "e2", seq: 2, at: "2025-01-09", type: "started", commitmentId: "c1" }],
      { eventId: "e2", index: 1, path: "events[1].at", reason: "before_made" },
    ],
    [
      "a committed event recorded before its madeAt",
      [{ ...made(1), at: "2025-01-09" } as LedgerEvent],
      { eventId: "e1", index: 0, path: "events[0].at", reason: "before_made" },
    ],
    [
      "a due date before the commitment was made",
      [made(1, "c1", { dueAt: "2025-01-09" })],
      { eventId: "e1", index: 0, path: "events[0].commitment.dueAt", reason: "due_before_made" },
    ],
    [
      "a renegotiated due date before the commitment was made",
      [
        made(1),
        {
          id: "e2",
          seq: 2,
          at: "2025-02-01",
          type: "renegotiated",
          commitmentId: "c1",
          dueAt: "2024-12-31",
          reason: "x",
        },
      ],
      { eventId: "e2", index: 1, path: "events[1].dueAt", reason: "due_before_made" },
    ],
    [
      "an event dated before the commitment's previous event",
      [
        made(1),
        { id: "e2", seq: 2, at: "2025-03-01", type: "started", commitmentId: "c1" },
        { id: "e3", seq: 3, at: "2025-02-01", type: "delivered", commitmentId: "c1" },
      ],
      { eventId: "e3", index: 2, path: "events[2].at", reason: "date_reversal" },
    ],
    [
      "a second committed event for the same commitment",
      [made(1), { ...made(2), id: "e2" } as LedgerEvent],
      { eventId: "e2", index: 1, path: "events[1].commitment.id", reason: "duplicate_commitment" },
    ],
    [
      "verification by the owner",
      [
        made(1),
        { id: "e2", seq: 2, at: "2025-02-01", type: "delivered", commitmentId: "c1" },
        {
          id: "e3",
          seq: 3,
          at: "2025-02-02",
          type: "verified",
          commitmentId: "c1",
          actor: "Council housing team",
        },
      ],
      { eventId: "e3", index: 2, path: "events[2].actor", reason: "self_verification" },
    ],
    [
      "an unknown milestone",
      [
        made(1),
        {
          id: "e2",
          seq: 2,
          at: "2025-02-01",
          type: "milestone-reached",
          commitmentId: "c1",
          milestoneId: "m9",
        },
      ],
      { eventId: "e2", index: 1, path: "events[1].milestoneId", reason: "unknown_milestone" },
    ],
    [
      "renegotiating a delivered commitment",
      [
        made(1),
        { id: "e2", seq: 2, at: "2025-02-01", type: "delivered", commitmentId: "c1" },
        {
          id: "e3",
          seq: 3,
          at: "2025-02-02",
          type: "renegotiated",
          commitmentId: "c1",
          dueAt: "2025-12-01",
          reason: "x",
        },
      ],
      { eventId: "e3", index: 2, path: "events[2].type", reason: "illegal_transition" },
    ],
  ];
  for (const [name, events, expected] of cases) {
    it(`${name}: ${expected.reason} at events[${expected.index}]`, () => {
      expect(left(replay(events))).toMatchObject({ _tag: "InvalidTransition", ...expected });
    });
  }

  it("the message names the event and its position", () => {
    const error = left(
      replay([
        made(1),
        { id: "e2", seq: 2, at: "2025-02-01", type: "started", commitmentId: "zz" },
      ]),
    );
    expect(error.message).toBe(
      'Event "e2" (events[1].commitmentId): no commitment "zz" was made before it',
    );
  });
});

describe("replay refuses malformed input with InvalidInput and the path", () => {
  const pathsOf = (input: unknown): string[] => {
    const error = left(replay(input));
    expect(error._tag).toBe("InvalidInput");
    return error._tag === "InvalidInput" ? error.issues.map((i) => i.path) : [];
  };

  it("not an array", () => {
    expect(pathsOf({ events: [] })).toEqual(["events"]);
    expect(pathsOf(null)).toEqual(["events"]);
  });

  it("invalid ISO dates: month 13, February 30, date-time without offset", () => {
    expect(pathsOf([{ ...made(1), at: "2025-13-01" }])).toEqual(["events[0].at"]);
    expect(pathsOf([made(1, "c1", { dueAt: "2025-02-30" })])).toEqual([
      "events[0].commitment.dueAt",
    ]);
    expect(pathsOf([made(1, "c1", { madeAt: "2025-01-10T10:00:00" })])).toEqual([
      "events[0].commitment.madeAt",
    ]);
  });

  it("progress -1 or 101", () => {
    for (const percent of [-1, 101]) {
      const error = left(
        replay([
          made(1),
          { id: "e2", seq: 2, at: "2025-02-01", type: "progressed", commitmentId: "c1", percent },
        ]),
      );
      expect(error).toMatchObject({
        _tag: "InvalidInput",
        issues: [{ path: "events[1].percent", code: percent < 0 ? "too_small" : "too_big" }],
      });
    }
  });

  it("unknown type, unknown key, missing commitmentId, verified without actor, bad prev", () => {
    expect(
      pathsOf([{ id: "e1", seq: 1, at: "2025-01-01", type: "exploded", commitmentId: "c1" }]),
    ).toEqual(["events[0].type"]);
    expect(pathsOf([{ ...made(1), colour: "red" }])).toEqual(["events[0]"]);
    expect(pathsOf([made(1), { id: "e2", seq: 2, at: "2025-02-01", type: "started" }])).toEqual([
      "events[1].commitmentId",
    ]);
    expect(
      pathsOf([
        made(1),
        { id: "e2", seq: 2, at: "2025-02-01", type: "verified", commitmentId: "c1" },
      ]),
    ).toEqual(["events[1].actor"]);
    expect(pathsOf([{ ...made(1), prev: "abc" }])).toEqual(["events[0].prev"]);
  });

  it("lists every malformed event, not only the first", () => {
    expect(pathsOf([{ ...made(1), seq: 0 }, made(2), { ...made(3), id: "" }])).toEqual([
      "events[0].seq",
      "events[2].id",
    ]);
  });

  it("a renegotiation that changes nothing", () => {
    expect(
      pathsOf([
        made(1),
        {
          id: "e2",
          seq: 2,
          at: "2025-02-01",
          type: "renegotiated",
          commitmentId: "c1",
          reason: "x",
        },
      ]),
    ).toEqual(["events[1]"]);
  });

  it("never throws on hostile input (throwing getters, proxies)", () => {
    const hostile = [
      Object.defineProperty({}, "id", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      }),
    ];
    expect(left(replay(hostile))._tag).toBe("InvalidInput");
    const proxy = new Proxy([], {
      get() {
        throw new Error("boom");
      },
    });
    expect(left(replay(proxy))._tag).toBe("InvalidInput");
  });
});

describe("apply and replayFrom", () => {
  const base: LedgerState = right(replay(SCENARIO.slice(0, 10)));

  it("apply gives the state replay gives, and leaves its input alone", () => {
    const before = JSON.stringify(base);
    const next = right(apply(base, SCENARIO[10]));
    expect(next).toEqual(right(replay(SCENARIO.slice(0, 11))));
    expect(JSON.stringify(base)).toBe(before);
  });

  it("apply reports the index in the whole ledger and pins the path under `event`", () => {
    expect(left(apply(base, { ...SCENARIO[10], seq: 99 }))).toMatchObject({
      _tag: "InvalidTransition",
      index: 10,
      path: "event.seq",
      reason: "seq_gap",
    });
    expect(left(apply(base, { ...SCENARIO[10], at: "2025-02-29" }))).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "event.at" }],
    });
  });

  it("apply catches a duplicate of an id already in the state", () => {
    expect(
      left(
        apply(base, {
          id: "e3",
          seq: 11,
          at: "2025-04-01",
          type: "noted",
          commitmentId: "c1",
          note: "x",
        }),
      ),
    ).toMatchObject({ _tag: "InvalidTransition", eventId: "e3", reason: "duplicate_event_id" });
  });

  it("replayFrom continues a ledger and touches no record of the given state", () => {
    const before = JSON.stringify(base);
    const full = right(replayFrom(base, SCENARIO.slice(10)));
    expect(full).toEqual(right(replay(SCENARIO)));
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe("the state is plain data", () => {
  it("survives a JSON round trip: apply and metrics work on the parsed copy", () => {
    const state = right(replay(SCENARIO.slice(0, 20)));
    const copy = JSON.parse(JSON.stringify(state)) as LedgerState;
    expect(copy).toEqual(state);
    expect(apply(copy, SCENARIO[20])).toEqual(replay(SCENARIO));
  });

  it("an empty ledger replays to emptyLedger", () => {
    expect(replay([])).toEqual(E.right(emptyLedger));
  });
});
