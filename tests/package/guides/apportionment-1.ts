import { apportion } from "../../../src/committees/index.js";

apportion({ method: "dhondt", seats: 8, votes: { A: 100000, B: 80000, C: 30000, D: 20000 } });
// => right: { seats: { A: 4, B: 3, C: 1, D: 0 }, quotients: { A: ["100000", "50000", ...] }, ... }
