import { approvalProfile } from "../../../src/ballots/index.js";
import { checkCommittee } from "../../../src/committees/index.js";
import { decide } from "../../../src/index.js";

const candidates = ["Ana", "Ben", "Caro", "Dan"];
const ballots = [
  { approve: ["Ana", "Ben", "Caro"], count: 40 },
  { approve: ["Ana", "Ben"], count: 20 },
  { approve: ["Dan"], count: 35 },
];
const board = (method: string): readonly string[] => {
  const result = decide({ method, candidates, ballots, seats: 3 });
  return result._tag === "Right" ? result.right.winners : [];
};
console.log(board("av")); // ["Ana", "Ben", "Caro"]
console.log(board("pav")); // ["Ana", "Ben", "Dan"]

const profile = approvalProfile(candidates, ballots);
if (profile._tag === "Right") {
  const jr = checkCommittee(profile.right, ["Ana", "Ben", "Caro"], "jr");
  if (jr._tag === "Right") console.log(jr.right.holds, jr.right.witness?.candidates); // false ["Dan"]
}
