import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type LedgerEvent,
  overdueDigest,
  partyAccountability,
  replay,
  youSaidWeDid,
} from "../../src/commitments/index.js";
import { ORCHARD, SCENARIO } from "./scenario.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};
const state = right(replay(SCENARIO));
const asOf = "2025-07-01";

describe("youSaidWeDid", () => {
  const text = right(youSaidWeDid(state, { asOf }));

  it("opens with the summary of the metrics (5 due, 2 delivered = 40%, 2 overdue, 2 broken)", () => {
    expect(text.split("\n").slice(0, 3)).toEqual([
      "# You said, we did",
      "",
      "_As of 2025-07-01: 8 commitments, 5 due, 2 delivered (40%), 1 on time, 2 overdue, 2 broken; 1 of 3 deliveries independently verified._",
    ]);
  });

  it("says where each commitment stands, with dates", () => {
    expect(text).toContain(
      "**Where it stands:** Delivered on 2025-06-20 (on time), verified by Residents panel on 2025-06-25.",
    );
    expect(text).toContain(
      "**Where it stands:** Delivered on 2025-06-10 (10 days late), not yet independently verified.",
    );
    expect(text).toContain(
      "**Where it stands:** In progress, 50% done, 62 days past its due date.",
    );
    expect(text).toContain(
      "- 2025-03-20: renegotiated (new due date 2025-05-31; reason: contractor delay)",
    );
    expect(text).toContain("- 2025-06-15: delivered; evidence: <https://example.org/c6.jpg>");
    expect(text).not.toContain("Commitment c9"); // made after asOf
  });

  it("groups by decision with what people asked for, and escapes user text", () => {
    const events: LedgerEvent[] = [
      {
        id: "e1",
        seq: 1,
        at: "2025-01-10",
        type: "committed",
        commitment: {
          id: "c1",
          title: "Fix <script>alert(1)</script> | *now*",
          owner: "Parks",
          party: "authority",
          madeAt: "2025-01-10",
          decision: {
            id: "pb-2025",
            title: "Budget 2025",
            asked: "A safe crossing",
            outcome: "P3 funded",
          },
        },
      },
      {
        id: "e2",
        seq: 2,
        at: "2025-01-11",
        type: "noted",
        commitmentId: "c1",
        note: "see [here](javascript:alert(1))",
        evidence: ["javascript:alert(1)"],
      },
    ];
    const md = right(youSaidWeDid(right(replay(events)), { asOf }));
    expect(md).toContain(
      "## Budget 2025\n\n**Decided:** P3 funded\n\n### Fix \\<script\\>alert(1)\\</script\\> \\| \\*now\\*\n\n**You said:** A safe crossing",
    );
    expect(md).not.toMatch(/[^\\]\]\(javascript/); // every "]" before "(javascript" is escaped
    expect(md).toContain(
      "noted: see \\[here\\](javascript:alert(1)); evidence: javascript:alert(1)",
    );
  });
});

describe("reports refuse a title that is not text", () => {
  it("with an InvalidInput at `title`, for each report", () => {
    const options = { asOf, title: ["not", "text"] } as unknown as { asOf: string };
    for (const report of [youSaidWeDid, overdueDigest, partyAccountability]) {
      expect(report(state, options)).toMatchObject({
        left: { _tag: "InvalidInput", issues: [{ path: "title", code: "invalid_type" }] },
      });
    }
  });
});

describe("youSaidWeDid names who the commitment is for", () => {
  it("lists the beneficiaries after what was committed, escaped", () => {
    const ledger: LedgerEvent[] = [
      {
        id: "e1",
        seq: 1,
        at: "2025-01-20",
        type: "committed",
        commitment: {
          id: "c1",
          title: "Safe crossing",
          owner: "Highways",
          party: "authority",
          madeAt: "2025-01-20",
          beneficiaries: ["children at Mill Road school", "their *parents*"],
        },
      },
    ];
    const text = right(youSaidWeDid(right(replay(ledger)), { asOf: "2025-02-01" }));
    expect(text).toContain(
      "**We committed:** Highways (authority), on 2025-01-20, no due date.\nFor: children at Mill Road school, their \\*parents\\*.",
    );
  });
});

describe("youSaidWeDid with weighted milestones", () => {
  it("says how many milestones were reached and their share by weight", () => {
    const orchard = right(youSaidWeDid(right(replay(ORCHARD)), { asOf: "2025-07-01" }));
    expect(orchard).toContain(
      "**Where it stands:** In progress, 70% done, 2 of 3 milestones reached (50% by weight).",
    );
  });
});

describe("overdueDigest", () => {
  it("lists overdue (most overdue first) and stale commitments in tables", () => {
    const text = right(overdueDigest(state, { asOf }));
    expect(text).toContain(
      "| Commitment c3 | Parks | authority | 2025-04-30 | 62 | in-progress |\n| Commitment c5 | Youth club | community | 2025-05-31 | 31 | missed |",
    );
    expect(text).toContain("| Commitment c8 | Funder X | 2025-04-02 | 90 |");
  });

  it("refuses a bad date", () => {
    expect(E.isLeft(overdueDigest(state, { asOf: "2025-13-01" }))).toBe(true);
  });
});

describe("partyAccountability", () => {
  it("one row per party with follow-through and the Jeffreys estimate", () => {
    const text = right(partyAccountability(state, { asOf }));
    // authority: 2 of 3 due delivered → Beta(2.5, 1.5): mean 62.5% → "63%"; scipy beta.ppf gives
    // 0.1767 and 0.9613 for the 2.5% and 97.5% points → "18%–96%".
    expect(text).toContain("| authority | 4 | 3 | 2 | 67% | 33% | 1 | 0 | 50% | 63% (18%–96%) |");
    // community: 0 of 1 → Beta(0.5, 1.5): mean 25%, 97.5% point 0.853.
    expect(text).toContain("| community | 2 | 1 | 0 | 0% | 0% | 1 | 1 | 0% | 25% (0%–85%) |");
    expect(text).toContain("| funder | 2 | 1 | 0 | 0% | 0% | 0 | 1 | — | 25% (0%–85%) |");
  });
});
