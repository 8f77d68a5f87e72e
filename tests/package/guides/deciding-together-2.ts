import { selectPanelAsync } from "../../../src/deliberation/index.js";

const result = await selectPanelAsync({
  pool, // [{ id, features: { gender, age, area }, household? }, ...]
  panelSize: 30,
  quotas, // { gender: { woman: { min: 14, max: 16 }, ... }, ... }
  method: "leximin",
  seed: "National Lottery 2026-04-04: 03 11 19 27 38 45",
});
// result.right.probabilities: each person's chance; result.right.minimum; result.right.panel
// ---- checks
void result;
/** Stand-ins for the app's own pool and quotas (the guide shows their shape in comments). */
declare const pool: unknown;
declare const quotas: unknown;
