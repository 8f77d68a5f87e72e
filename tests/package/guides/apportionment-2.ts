import { apportion } from "../../../src/committees/index.js";

// ---- guide ----
const result = apportion({
  method: "sainte-lague",
  seats: 10,
  votes: { A: 6100, B: 5000, C: 900 },
});
// result.right.seats      => { A: 5, B: 4, C: 1 }
// result.right.quotients  => { A: ["6100", "6100/3", "1220", ...], B: [...], C: [...] }
// result.right.cutoff     => { last: { party: "A", quotient: "6100/9" }, next: { party: "B", quotient: "5000/9" } }
// ---- checks
void result;
