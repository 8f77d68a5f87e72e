import { load, record } from "./recipes-3.js";

// ---- guide ----
record("ledger.jsonl", (events) =>
  events.commit({
    id: "c1",
    title: "Reopen the youth centre",
    owner: "Housing",
    party: "authority",
    madeAt: "2025-01-10",
    dueAt: "2025-06-30",
  }),
);
record("ledger.jsonl", (events) => events.deliver("c1", { at: "2025-06-20" }));
load("ledger.jsonl"); // => right: a LedgerState with c1 "delivered", lastSeq 2
