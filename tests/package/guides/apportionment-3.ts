import { apportion } from "../../../src/committees/index.js";

// ---- guide ----
apportion({
  method: "sainte-lague",
  seats: 10,
  votes: { A: 600, B: 300, C: 50, D: 49, E: 1 },
  options: { threshold: "5%" },
});
// => right: { excluded: ["D", "E"], threshold: { fraction: "1/20", minimumVotes: "50" }, ... }
