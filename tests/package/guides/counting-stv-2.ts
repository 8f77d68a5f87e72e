import { decide } from "../../../src/index.js";

decide({
  method: "stv",
  candidates: ["ann", "bob", "cy", "dee"],
  ballots: ["ann>bob", "bob>ann", "cy>dee", "dee>cy"],
  seats: 2,
  options: { rule: "scottish" },
});
