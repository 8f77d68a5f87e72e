import { mergeTallies, parseTally, tallyRows, tallyToJson } from "../../../src/ballots/index.js";
import { decideTally } from "../../../src/voting/index.js";

const candidates = ["Library", "Park", "Youth centre"];
// On each shard: tally its rows, send JSON.
const shardA = Uint8Array.from([1, 2, 3, 2, 1, 3]);
const shardB = Uint8Array.from([1, 3, 2]);
const messages = [shardA, shardB].map((rows) => {
  const tally = tallyRows(rows, { candidates, width: 3, kind: "pairwise" });
  return tally._tag === "Right" ? JSON.stringify(tallyToJson(tally.right)) : undefined;
});

// At the reducer: check, merge (any order), decide once.
const [first, second] = messages.map((text) => parseTally(JSON.parse(text ?? "null")));
if (first?._tag === "Right" && second?._tag === "Right") {
  const merged = mergeTallies(first.right, second.right);
  if (merged._tag === "Right") {
    decideTally({ method: "schulze", tally: merged.right }); // => right: { winners: ["Library"], ... }
  }
}
