import { resolve } from "../../../src/deliberation/index.js";

const result = resolve({
  rule: "consent",
  responses: [
    { member: "ana", stance: "consent" },
    { member: "bo", stance: "stand-aside", reason: "away in March" },
    { member: "cy", stance: "object", reason: "no reserve for repairs" },
  ],
});
// result.right.status === "blocked"; result.right.objections lists cy and the reason.
// ---- checks
void result;
