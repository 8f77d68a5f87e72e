import * as E from "fp-ts/lib/Either.js";
import { toMarkdown } from "../../../src/render/index.js";
import { decide } from "../../../src/voting/index.js";

const outcome = decide({
  method: "irv",
  candidates: ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
  ballots: [
    { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
    { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
    { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
    { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
  ],
});
if (E.isRight(outcome)) console.log(toMarkdown(outcome.right, { explanation: false }));
