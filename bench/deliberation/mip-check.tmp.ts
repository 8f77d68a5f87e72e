import * as E from "fp-ts/lib/Either.js";
import { createPrng } from "../../src/core/prng.js";
import { createPricer, loadHighs } from "../../src/deliberation/internal/columns.js";
import { parseInstance } from "../../src/deliberation/sortition.js";
import { tightPool } from "./instances.js";

const g = tightPool(2000, 40, "pool-2000");
const parsed = parseInstance({
  ...g,
  panelSize: 40,
  method: "leximin",
  seed: "bench",
  options: { maxLpPool: 2000 },
});
if (E.isLeft(parsed)) throw new Error("x");
const highs = (await loadHighs())!;
const pricer = createPricer(parsed.right, highs);
const prng = createPrng("w");
for (let r = 0; r < 5; r++) {
  const w = Float64Array.from({ length: 2000 }, () => prng.nextFloat());
  const a = pricer.exact(w);
  const b = pricer.exact(w, undefined, 1e300);
  const c = pricer.exact(w, a?.panel);
  console.log(a?.value, b?.value, c?.value);
}
