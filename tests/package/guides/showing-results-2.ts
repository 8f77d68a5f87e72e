import * as E from "fp-ts/lib/Either.js";
import { gini, lorenzCurve, powerIndex } from "../../../src/power/index.js";
import { lorenzChart, toSvg } from "../../../src/render/index.js";
import { decide } from "../../../src/voting/index.js";

// Each chart is a string: put it in a page (element.innerHTML = svg), or write it to a .svg file.
const charts: string[] = [];

// The Tennessee capital example, counted by instant runoff: Knoxville wins in round 3.
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
if (E.isRight(outcome)) charts.push(toSvg(outcome.right));

// Seats against power in the 1958 EEC Council: Luxembourg's seat bought it no power at all.
const weights = { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 };
const power = powerIndex({ index: "banzhaf", quota: 12, weights });
if (E.isRight(power)) charts.push(toSvg(power.right, { seats: weights }));

// Who spoke in the meeting: minutes per person, as a Lorenz curve.
const minutes = [2, 3, 5, 30];
const points = lorenzCurve(minutes);
const g = gini(minutes);
if (E.isRight(points) && E.isRight(g)) {
  charts.push(lorenzChart({ points: points.right, gini: g.right, of: "speaking time" }));
}
console.log(charts.map((svg) => svg.slice(0, 40)));
// => [ '<svg xmlns="http://www.w3.org/2000/svg" ', ... ] (three charts)
