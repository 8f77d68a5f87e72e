import { decide } from "../../../src/voting/index.js";

decide({
  method: "block",
  candidates: ["Ann", "Bo", "Cy", "Di"],
  ballots: [
    { approve: ["Ann", "Bo"], count: 6 },
    { approve: ["Cy", "Di"], count: 4 },
  ],
  seats: 2,
});
// => right: { winners: ["Ann", "Bo"], seats: 2, scores: { Ann: 6, Bo: 6, Cy: 4, Di: 4 }, ... }
