import { approvalProfileFromRows, rankedProfileFromRows } from "../../../src/ballots/index.js";

// Three voters over a, b, c: a > b > c twice, and one who ranks only b.
const rows = Uint8Array.from([1, 2, 3, 1, 2, 3, 0, 1, 0]);
const profile = rankedProfileFromRows(rows, { candidates: ["a", "b", "c"], width: 3 });
// => right: 2 distinct ballots (the profile stores each once, with its count), totalCount 3

// Approval: one bit per candidate, least significant first, ceil(n / 8) bytes per voter.
const approvals = approvalProfileFromRows(Uint8Array.from([0b011, 0b100]), {
  candidates: ["a", "b", "c"],
}); // => right: voter 1 approves a and b, voter 2 approves c
// ---- checks
void profile;
void approvals;
