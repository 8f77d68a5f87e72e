import { it } from "vitest";
import * as E from "fp-ts/lib/Either.js";
import { readBlt } from "../../../src/ballots/formats/blt.js";
import { stv } from "../../../src/committees/stv/stv.js";
import { readFileSync } from "node:fs";
it("x", () => {
  const f = process.env["WARD"] ?? "glasgow-2007/Anderston-City-2007";
  const e = readBlt(readFileSync(`/work/wt/stv/tests/fixtures/data/stv/${f}.blt`, "utf8"));
  if (E.isLeft(e)) throw new Error("bad");
  const t0 = performance.now();
  const o = stv(e.right.profile, e.right.seats, { rule: (process.env["RULE"] ?? "scottish") as never, withdrawn: e.right.withdrawn });
  console.log("ms", performance.now() - t0);
  if (E.isLeft(o)) throw new Error(JSON.stringify(o.left));
  console.log(o.right.quota, o.right.winners, o.right.quotas?.length);
  for (const r of o.right.rounds) console.log(r.round, r.action, r.from ?? "", r.quota.slice(0,30), Object.values(r.tallies).map(x=>x.slice(0,14)).join(" "), "NT", r.nonTransferable.slice(0,20), r.elected ?? "");
});
