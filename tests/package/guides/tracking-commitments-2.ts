import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { ledger, metrics, replay } from "../../../src/commitments/index.js";

const events = ledger() // ids e1, e2, ... and seq 1, 2, ... are filled in
  .commit({
    id: "c1",
    title: "Reopen the youth centre",
    owner: "Council housing team",
    party: "authority",
    madeAt: "2025-01-10",
    dueAt: "2025-06-30",
  })
  .commit({
    id: "c2",
    title: "Fix the lift at Elm Court",
    owner: "Council housing team",
    party: "authority",
    madeAt: "2025-01-10",
    dueAt: "2025-03-31",
  })
  .start("c1", { at: "2025-02-03" })
  .deliver("c1", { at: "2025-06-20", evidence: ["https://example.org/youth-centre"] })
  .verify("c1", { at: "2025-06-25", actor: "Youth forum" })
  .events();

const report = pipe(
  replay(events),
  E.flatMap((state) => metrics(state, { asOf: "2025-07-01" })),
);
if (E.isRight(report)) {
  const { overall } = report.right;
  console.log(overall.due, overall.delivered, overall.followThroughRate); // 2 1 0.5
  console.log(overall.overdue.map((c) => `${c.title}: ${c.daysOverdue} days`)); // ["Fix the lift at Elm Court: 92 days"]
  console.log(overall.verifiedShare); // 1
  console.log(Object.keys(report.right.byOwner)); // ["Council housing team"]
}
