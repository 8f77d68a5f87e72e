import * as E from "fp-ts/lib/Either.js";
import { allocate, parsePabulib } from "../../../src/committees/index.js";

const instance = parsePabulib(text); // the .pb file's text
if (E.isRight(instance)) {
  const equal = allocate({
    ...instance.right,
    method: "equal-shares",
    options: { completion: "add-one", comparison: "greedy", currency: "PLN" },
  });
  const greedy = allocate({ ...instance.right, method: "greedy" });
  if (E.isRight(equal) && E.isRight(greedy)) console.log(equal.right.winners, greedy.right.winners);
}
// ---- checks
/** Stand-in for the .pb file's text. */
declare const text: string;
