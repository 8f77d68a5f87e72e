import { readFileSync } from "node:fs";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  hashEvent,
  type LedgerEvent,
  linkEvents,
  linkNext,
  replay,
  verifyLedger,
} from "../../src/commitments/index.js";
import { SCENARIO } from "./scenario.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

describe("canonicalJson (RFC 8785)", () => {
  it("sorts keys by UTF-16 code units and drops whitespace", () => {
    expect(right(canonicalJson({ b: 1, a: [true, null, "x"], A: {} }))).toBe(
      '{"A":{},"a":[true,null,"x"],"b":1}',
    );
    // RFC 8785 3.2.3: UTF-16 code units, not code points. "😀" is U+D83D U+DE00 in UTF-16, so it
    // sorts before "ﬁ" (U+FB01), although its code point U+1F600 is larger.
    expect(right(canonicalJson({ ﬁ: 1, "😀": 2, "€": 3, "\u0080": 4, ö: 5 }))).toBe(
      '{"\u0080":4,"ö":5,"€":3,"😀":2,"ﬁ":1}',
    );
  });

  it("writes numbers as ECMAScript does (RFC 8785 3.2.2.3 examples)", () => {
    expect(right(canonicalJson([1e21, 1e-7, -0, 0.1 + 0.2, 333333333.3333333, 4.5]))).toBe(
      "[1e+21,1e-7,0,0.30000000000000004,333333333.3333333,4.5]",
    );
  });

  it("escapes strings as JSON.stringify does, non-ASCII left as UTF-8", () => {
    expect(right(canonicalJson('a"b\\c\n\u0001é'))).toBe('"a\\"b\\\\c\\n\\u0001é"');
  });

  it("refuses non-JSON values with their path", () => {
    const cases: [unknown, string][] = [
      [{ a: [1, Number.NaN] }, "a[1]"],
      [{ a: undefined }, "a"],
      [{ b: { c: () => 1 } }, "b.c"],
      [10n, ""],
    ];
    for (const [value, path] of cases) {
      const result = canonicalJson(value);
      expect(E.isLeft(result) && result.left).toMatchObject({
        _tag: "InvalidInput",
        issues: [{ path, code: "not_json" }],
      });
    }
  });
});

describe("hashEvent", () => {
  it("is the SHA-256 of the UTF-8 canonical text", () => {
    const event = { seq: 2, id: "e2", at: "2025-06-20", type: "delivered", commitmentId: "c1" };
    const text = '{"at":"2025-06-20","commitmentId":"c1","id":"e2","seq":2,"type":"delivered"}';
    expect(right(hashEvent(event))).toBe(bytesToHex(sha256(new TextEncoder().encode(text))));
  });

  it("SHA-256 of the empty object {} (NIST-style known value, computed independently with sha256sum)", () => {
    // printf '{}' | sha256sum
    expect(right(hashEvent({}))).toBe(
      "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
    );
  });
});

describe("verifyLedger", () => {
  const linked = right(linkEvents(SCENARIO)) as LedgerEvent[];

  it("verifies a linked ledger and returns its head", () => {
    const seal = right(verifyLedger(linked));
    expect(seal.count).toBe(SCENARIO.length);
    expect(seal.head).toBe(right(hashEvent(linked[linked.length - 1])));
    expect(right(verifyLedger(linked, { head: seal.head as string })).count).toBe(linked.length);
    expect(right(verifyLedger([]))).toEqual({ count: 0, head: null });
  });

  it("linkEvents leaves its input alone and the first event without prev", () => {
    expect("prev" in (linked[0] as object)).toBe(false);
    expect("prev" in (SCENARIO[1] as object)).toBe(false);
    expect(linked[1]?.prev).toBe(right(hashEvent(linked[0])));
  });

  it("an edited event is caught at the next one (prev_mismatch)", () => {
    const edited = linked.map((e, i) => (i === 3 ? { ...e, at: "2025-01-16" } : e));
    expect(verifyLedger(edited)).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "IntegrityError",
          index: 4,
          eventId: "e5",
          path: "events[4].prev",
          reason: "prev_mismatch",
        }),
      ),
    );
  });

  it("a deleted event is caught where it was", () => {
    const deleted = [...linked.slice(0, 5), ...linked.slice(6)];
    const result = verifyLedger(deleted);
    expect(E.isLeft(result) && result.left).toMatchObject({
      index: 5,
      path: "events[5].prev",
      reason: "prev_mismatch",
    });
  });

  it("a deleted first event: the new first event carries a prev", () => {
    const result = verifyLedger(linked.slice(1));
    expect(E.isLeft(result) && result.left).toMatchObject({
      index: 0,
      path: "events[0].prev",
      reason: "unexpected_prev",
    });
  });

  it("an event without prev in the middle cuts the chain", () => {
    const { prev: _p, ...bare } = linked[7] as LedgerEvent;
    const result = verifyLedger(linked.map((e, i) => (i === 7 ? bare : e)));
    expect(E.isLeft(result) && result.left).toMatchObject({
      index: 7,
      eventId: "e8",
      path: "events[7].prev",
      reason: "missing_prev",
    });
  });

  it("an edited last event or a truncated ledger is caught only with the head", () => {
    const head = right(verifyLedger(linked)).head as string;
    const lastEdited = linked.map((e, i) =>
      i === linked.length - 1 ? { ...e, at: "2025-07-06" } : e,
    );
    expect(E.isRight(verifyLedger(lastEdited))).toBe(true);
    expect(verifyLedger(lastEdited, { head })).toEqual(
      E.left(expect.objectContaining({ index: linked.length - 1, reason: "head_mismatch" })),
    );
    const truncated = linked.slice(0, -1);
    expect(verifyLedger(truncated, { head })).toEqual(
      E.left(expect.objectContaining({ index: linked.length - 2, reason: "head_mismatch" })),
    );
  });

  it("linkNext appends a linked event", () => {
    const next = right(
      linkNext(linked, {
        id: "e22",
        seq: 22,
        at: "2025-07-06",
        type: "noted",
        commitmentId: "c9",
        note: "x",
      }),
    );
    expect(E.isRight(verifyLedger([...linked, next]))).toBe(true);
    expect(right(linkNext([], { id: "e1", prev: "x" }))).toEqual({ id: "e1" });
  });

  it("refuses non-arrays and non-objects with InvalidInput and the path; never throws", () => {
    expect(verifyLedger("nope")).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "InvalidInput",
          issues: [expect.objectContaining({ path: "events" })],
        }),
      ),
    );
    expect(verifyLedger([{ id: "e1" }, 3])).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "InvalidInput",
          issues: [expect.objectContaining({ path: "events[1]" })],
        }),
      ),
    );
    expect(verifyLedger([{ id: "e1", x: Number.POSITIVE_INFINITY }])).toEqual(
      E.left(
        expect.objectContaining({ issues: [expect.objectContaining({ path: "events[0].x" })] }),
      ),
    );
  });
});

describe("linking and replaying together", () => {
  it("a linked ledger replays to the same state as the unlinked one (prev is an ordinary field)", () => {
    const linked = right(linkEvents(SCENARIO));
    const a = right(replay(linked));
    const b = right(replay(SCENARIO));
    expect(a.commitments["c2"]?.status).toBe(b.commitments["c2"]?.status);
    expect(a.eventCount).toBe(b.eventCount);
  });

  it("linkEvents replaces stale prev values, so a re-linked tampered ledger verifies (keep the head!)", () => {
    const linked = right(linkEvents(SCENARIO)) as LedgerEvent[];
    const head = right(verifyLedger(linked)).head as string;
    const tampered = linked.map((e, i) => (i === 2 ? { ...e, at: "2025-01-16" } : e));
    const relinked = right(linkEvents(tampered));
    expect(E.isRight(verifyLedger(relinked))).toBe(true);
    // ...which is why the head must be kept apart from the ledger: it catches the rewrite.
    expect(verifyLedger(relinked, { head })).toEqual(
      E.left(expect.objectContaining({ reason: "head_mismatch" })),
    );
  });

  it("hashEvent and linkEvents refuse non-JSON values with their path", () => {
    expect(hashEvent({ a: Number.NaN })).toEqual(
      E.left(expect.objectContaining({ issues: [expect.objectContaining({ path: "a" })] })),
    );
    expect(linkEvents([{ id: "e1" }, { id: "e2", when: undefined }])).toEqual(
      E.left(
        expect.objectContaining({ issues: [expect.objectContaining({ path: "events[1].when" })] }),
      ),
    );
  });
});

describe("the worked example in docs/tracking-commitments.md", () => {
  // Computed outside the library: Python's json.dumps(sort_keys=True, separators=(",", ":"))
  // and sha256sum, on the issue's two example events.
  const E1_CANONICAL =
    '{"at":"2025-01-10","commitment":{"dueAt":"2025-06-30","id":"c1","madeAt":"2025-01-10","owner":"Council housing team","party":"authority","title":"Reopen the youth centre"},"id":"e1","seq":1,"type":"committed"}';
  const E1_HASH = "a4690e0bb6976673ce326e676aedba29be7c0c5dd67e2b26cc5fbe9edc8f9648";
  const E2_CANONICAL = `{"at":"2025-06-20","commitmentId":"c1","id":"e2","prev":"${E1_HASH}","seq":2,"type":"delivered"}`;
  const E2_HASH = "9c87a66245ee1da991cb6a617ff9cbe1260c5486e0bfa39c46778c191e659bf1";
  const events: LedgerEvent[] = [
    {
      id: "e1",
      seq: 1,
      at: "2025-01-10",
      type: "committed",
      commitment: {
        id: "c1",
        title: "Reopen the youth centre",
        owner: "Council housing team",
        party: "authority",
        madeAt: "2025-01-10",
        dueAt: "2025-06-30",
      },
    },
    { id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" },
  ];

  it("links, encodes and hashes the issue's events to the published digests", () => {
    const linked = right(linkEvents(events));
    expect(linked[1]?.prev).toBe(E1_HASH);
    expect(right(canonicalJson(linked[0]))).toBe(E1_CANONICAL);
    expect(right(canonicalJson(linked[1]))).toBe(E2_CANONICAL);
    expect(right(hashEvent(linked[1]))).toBe(E2_HASH);
    expect(right(verifyLedger(linked, { head: E2_HASH }))).toEqual({ count: 2, head: E2_HASH });
  });

  it("shows the same bytes and digests in the guide", () => {
    const guide = readFileSync(
      new URL("../../docs/tracking-commitments.md", import.meta.url),
      "utf8",
    );
    for (const text of [E1_CANONICAL, E1_HASH, E2_CANONICAL, E2_HASH])
      expect(guide).toContain(text);
  });
});
