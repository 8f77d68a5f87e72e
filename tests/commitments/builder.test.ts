/**
 * The typed event builders: `ledger()` and `numberEvents` fill `id` and `seq`, their output
 * replays, a random builder sequence equals the hand-numbered ledger, and wrong fields do not
 * compile.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type EventDraft,
  type LedgerBuilder,
  type LedgerEvent,
  ledger,
  linkEvents,
  metrics,
  numberEvents,
  replay,
  verifyLedger,
} from "../../src/commitments/index.js";
import { runs } from "../helpers/runs.js";
import { ledgerArb } from "./arbitraries.js";

const centre = {
  id: "c1",
  title: "Reopen the youth centre",
  owner: "Council housing team",
  party: "authority",
  madeAt: "2025-01-10",
  dueAt: "2025-06-30",
  milestones: [
    { id: "m1", title: "Roof repaired", weight: 2 },
    { id: "m2", title: "Staff hired", weight: 1 },
  ],
} as const;

const stateOf = (events: readonly LedgerEvent[]) => {
  const state = replay(events);
  if (E.isLeft(state)) throw new Error(state.left.message);
  return state.right;
};

describe("ledger()", () => {
  it("numbers every builder method's event, and the result replays", () => {
    const events = ledger()
      .commit(centre)
      .commit(
        {
          id: "c2",
          title: "Bus shelter",
          owner: "Transport",
          party: "authority",
          madeAt: "2025-01-12",
          dueAt: "2025-03-01",
        },
        { at: "2025-01-12T09:30:00Z", actor: "Cllr Diaz" },
      )
      .commit({
        id: "c3",
        title: "Tree planting",
        owner: "Parks",
        party: "authority",
        madeAt: "2025-01-15",
      })
      .accept("c1", { at: "2025-01-20", actor: "Council housing team" })
      .start("c1", { at: "2025-02-03" })
      .progress("c1", { at: "2025-03-01", percent: 40, note: "Roof under way" })
      .reachMilestone("c1", { at: "2025-04-01", milestoneId: "m1" })
      .miss("c2", { at: "2025-03-02" })
      .renegotiate("c2", { at: "2025-03-05", dueAt: "2025-05-01", reason: "Supplier delay" })
      .deliver("c2", { at: "2025-04-28" })
      .verify("c2", { at: "2025-05-02", actor: "Residents' association" })
      .withdraw("c3", { at: "2025-02-01", reason: "No budget" })
      .note("c1", {
        at: "2025-05-01",
        note: "Opening planned",
        evidence: ["https://example.org/minutes"],
      })
      .deliver("c1", { at: "2025-06-20", id: "opening" })
      .events();
    expect(events.map((event) => event.seq)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(events.map((event) => event.id)).toEqual([
      ...Array.from({ length: 13 }, (_, i) => `e${i + 1}`),
      "opening",
    ]);
    expect(events[0]).toEqual({
      id: "e1",
      seq: 1,
      at: "2025-01-10",
      type: "committed",
      commitment: centre,
    });
    expect(events[1]).toMatchObject({ at: "2025-01-12T09:30:00Z", actor: "Cllr Diaz" });
    expect(events[5]).toEqual({
      id: "e6",
      seq: 6,
      at: "2025-03-01",
      type: "progressed",
      commitmentId: "c1",
      percent: 40,
      note: "Roof under way",
    });
    const state = stateOf(events);
    expect(state.commitments["c1"]?.status).toBe("delivered");
    expect(state.commitments["c2"]?.status).toBe("verified");
    expect(state.commitments["c3"]?.status).toBe("withdrawn");
    const linked = linkEvents(events);
    expect(E.isRight(linked) && E.isRight(verifyLedger(linked.right))).toBe(true);
  });

  it("mirrors its @example: the metrics of a delivered promise", () => {
    const events = ledger()
      .commit({
        id: "c1",
        title: "Reopen the youth centre",
        owner: "Council housing team",
        party: "authority",
        madeAt: "2025-01-10",
        dueAt: "2025-06-30",
      })
      .start("c1", { at: "2025-02-03" })
      .deliver("c1", { at: "2025-06-20", evidence: ["https://example.org/opening"] })
      .events();
    expect(events.map(({ id, seq, type }) => [id, seq, type])).toEqual([
      ["e1", 1, "committed"],
      ["e2", 2, "started"],
      ["e3", 3, "delivered"],
    ]);
    const result = E.flatMap((state: ReturnType<typeof stateOf>) =>
      metrics(state, { asOf: "2025-07-01" }),
    )(E.right(stateOf(events)));
    expect(result).toMatchObject(
      E.right({ overall: { due: 1, delivered: 1, followThroughRate: 1, onTimeRate: 1 } }),
    );
  });

  it("is immutable: a builder can branch, and earlier builders keep their events", () => {
    const base = ledger().commit(centre);
    const delivered = base.deliver("c1", { at: "2025-06-20" });
    const withdrawn = base.withdraw("c1", { at: "2025-03-01", reason: "No site" });
    expect(base.events()).toHaveLength(1);
    expect(base.length).toBe(1);
    expect(delivered.events()[1]).toMatchObject({ id: "e2", seq: 2, type: "delivered" });
    expect(withdrawn.events()[1]).toMatchObject({ id: "e2", seq: 2, type: "withdrawn" });
    expect(ledger().events()).toEqual([]);
  });

  it("continues a stored ledger after its last seq, with another prefix", () => {
    const first = ledger().commit(centre).events();
    const state = stateOf(first);
    const more = ledger({ after: state, prefix: "ev-" })
      .accept("c1", { at: "2025-01-20" })
      .events();
    expect(more).toEqual([
      { id: "ev-2", seq: 2, at: "2025-01-20", type: "accepted", commitmentId: "c1" },
    ]);
    expect(E.isRight(replay([...first, ...more]))).toBe(true);
    expect(
      ledger({ after: { lastSeq: 41 } })
        .note("c7", { at: "2026-03-02", note: "Site visit" })
        .events(),
    ).toEqual([
      {
        id: "e42",
        seq: 42,
        at: "2026-03-02",
        type: "noted",
        commitmentId: "c7",
        note: "Site visit",
      },
    ]);
  });

  it("does not validate: replay judges what it built, as an error value", () => {
    const events = ledger()
      .commit(centre)
      .withdraw("c1", { at: "2025-02-01", reason: "No budget" })
      .deliver("c1", { at: "2025-03-01" })
      .events();
    expect(replay(events)).toMatchObject(
      E.left({ _tag: "InvalidTransition", eventId: "e3", reason: "illegal_transition" }),
    );
  });

  it("refuses wrong fields at compile time", () => {
    const b = ledger().commit(centre);
    // @ts-expect-error a delivery has no percent
    b.deliver("c1", { at: "2025-06-20", percent: 100 });
    // @ts-expect-error a withdrawal needs a reason
    b.withdraw("c1", { at: "2025-06-20" });
    // @ts-expect-error a verification needs an actor
    b.verify("c1", { at: "2025-06-20" });
    // @ts-expect-error a renegotiation changes the due date or the scope
    b.renegotiate("c1", { at: "2025-06-20", reason: "Later" });
    // @ts-expect-error every event has a date
    b.start("c1", {});
    // @ts-expect-error drafts have a type from the schema
    numberEvents([{ type: "finished", at: "2025-06-20", commitmentId: "c1" }]);
    // @ts-expect-error a draft does not carry seq
    numberEvents([{ type: "started", at: "2025-06-20", commitmentId: "c1", seq: 4 }]);
    expect(b.length).toBe(1);
  });
});

describe("numberEvents", () => {
  it("mirrors its @example", () => {
    const events = numberEvents([
      {
        type: "committed",
        at: "2025-01-10",
        commitment: {
          id: "c1",
          title: "Bus shelter",
          owner: "Transport",
          party: "authority",
          madeAt: "2025-01-10",
        },
      },
      { type: "withdrawn", at: "2025-02-01", commitmentId: "c1", reason: "no budget" },
    ]);
    expect(events.map(({ id, seq }) => [id, seq])).toEqual([
      ["e1", 1],
      ["e2", 2],
    ]);
    expect(E.isRight(replay(events))).toBe(true);
  });
});

/** The draft of an event: the event without `id` and `seq`. */
const draftOf = (event: LedgerEvent): EventDraft => {
  const { id: _id, seq: _seq, ...draft } = event;
  return draft as EventDraft;
};

/** Adds an event through the builder method of its type. */
const through = (builder: LedgerBuilder, event: LedgerEvent): LedgerBuilder => {
  const {
    id: _id,
    seq: _seq,
    type: _type,
    ...fields
  } = event as LedgerEvent & { commitmentId?: string };
  const rest = fields as Record<string, unknown> & { at: string };
  const { commitmentId: cid, ...withoutId } = rest;
  const commitmentId = cid as string;
  switch (event.type) {
    case "committed": {
      const { commitment, ...others } = withoutId as { commitment: typeof centre; at: string };
      return builder.commit(commitment, others);
    }
    case "accepted":
      return builder.accept(commitmentId, withoutId);
    case "started":
      return builder.start(commitmentId, withoutId);
    case "progressed":
      return builder.progress(commitmentId, withoutId as { at: string; percent: number });
    case "milestone-reached":
      return builder.reachMilestone(commitmentId, withoutId as { at: string; milestoneId: string });
    case "delivered":
      return builder.deliver(commitmentId, withoutId);
    case "verified":
      return builder.verify(commitmentId, withoutId as { at: string; actor: string });
    case "missed":
      return builder.miss(commitmentId, withoutId);
    case "renegotiated":
      return builder.renegotiate(
        commitmentId,
        withoutId as { at: string; reason: string; dueAt: string },
      );
    case "withdrawn":
      return builder.withdraw(commitmentId, withoutId as { at: string; reason: string });
    case "noted":
      return builder.note(commitmentId, withoutId as { at: string; note: string });
  }
};

describe("the builders against hand-numbered ledgers (property)", () => {
  it("a random ledger rebuilt through the builder methods equals the hand-numbered one, and replays", () => {
    fc.assert(
      fc.property(ledgerArb(30), (events) => {
        const built = events.reduce(through, ledger()).events();
        expect(built).toEqual(events);
        expect(E.isRight(replay(built))).toBe(true);
      }),
      { numRuns: runs(150) },
    );
  });

  it("numberEvents and add give the same events as the hand numbering, after any start", () => {
    fc.assert(
      fc.property(ledgerArb(30), fc.nat(1000), (events, lastSeq) => {
        const drafts = events.map(draftOf);
        const renumbered = events.map((event, i) => ({
          ...event,
          id: `e${lastSeq + i + 1}`,
          seq: lastSeq + i + 1,
        }));
        expect(numberEvents(drafts, { after: { lastSeq } })).toEqual(renumbered);
        const added = drafts.reduce((b, draft) => b.add(draft), ledger({ after: { lastSeq } }));
        expect(added.events()).toEqual(renumbered);
        expect(added.lastSeq).toBe(lastSeq + events.length);
      }),
      { numRuns: runs(150) },
    );
  });
});
