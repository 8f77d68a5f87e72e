import { decide } from "../../../src/index.js";

// ---- guide ----
decide({
  method: "limited",
  candidates: ["a1", "a2", "a3", "b1"],
  ballots: [
    { approve: ["a1", "a2"], count: 31 },
    { approve: ["a2", "a3"], count: 29 },
    { approve: ["b1"], count: 40 },
  ],
  seats: 3,
  options: { votesPerBallot: 2 },
});
// => right: { winners: ["a2", "b1", "a1"], ... }: a2 60 votes, b1 40, a1 31. With three votes
//    each, the 60 could have marked a1, a2 and a3 and taken every seat under block voting.
