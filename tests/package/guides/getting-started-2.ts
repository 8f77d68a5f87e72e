import { decide } from "../../../src/index.js";

const result = decide({
  method: "irv",
  candidates: ["Ann", "Bob", "Cy"],
  ballots: ["Ann>Bob", "Bob>Ann", "Cy>Bob", "Ann"],
});

// An Either is a plain object: { _tag: "Right", right } or { _tag: "Left", left }.
if (result._tag === "Right") {
  console.log(result.right.winners); // ["Ann"]
} else {
  console.error(result.left.message);
}
