import * as E from "fp-ts/lib/Either.js";
import { impartialApproval } from "./src/ballots/index.ts";
import { pav } from "./src/committees/index.ts";
const p = impartialApproval({ candidates: 50, voters: 10000, p: 0.1, seed: "bench" });
if (E.isLeft(p)) throw new Error();
let t = performance.now();
const r = pav(p.right, { seats: 10 });
console.log("pav IC", (performance.now() - t).toFixed(0), E.isLeft(r) ? r.left.message : r.right.winners.join(" "));
