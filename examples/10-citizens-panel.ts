/**
 * A citizens' panel drawn by lot: 30 people from a pool of 1,000 volunteers, with quotas on gender,
 * age and area so that the room looks like the place; the draw is re-runnable from a public seed.
 * Then the panel's first proposal is decided by a two-thirds vote with a quorum.
 *
 * Run it with `npm run build && node scripts/run-examples.mjs 06`.
 */
import { createPrng } from "co-decide/core";
import { resolve, selectPanel } from "co-decide/deliberation";
import * as E from "fp-ts/lib/Either.js";

// 1. A generated pool of 1,000 volunteers. Real pools over-represent some groups (here: older
//    people and the centre of town volunteer more), which is why quotas are needed.
const prng = createPrng("volunteer pool, spring round");
const pickFrom = (shares: readonly [string, number][]): string => {
  let u = prng.nextFloat();
  for (const [value, share] of shares) {
    if (u < share) return value;
    u -= share;
  }
  return (shares.at(-1) as [string, number])[0];
};
const pool = Array.from({ length: 1000 }, (_, i) => ({
  id: `v${String(i).padStart(4, "0")}`,
  features: {
    gender: pickFrom([
      ["woman", 0.55],
      ["man", 0.43],
      ["non-binary", 0.02],
    ]),
    age: pickFrom([
      ["16-29", 0.12],
      ["30-59", 0.43],
      ["60+", 0.45],
    ]),
    area: pickFrom([
      ["centre", 0.5],
      ["estates", 0.3],
      ["villages", 0.2],
    ]),
  },
}));

// 2. Quotas for 30 seats, from the census shares of the place (not of the pool).
const quotas = {
  gender: {
    woman: { min: 14, max: 16 },
    man: { min: 13, max: 15 },
    "non-binary": { min: 0, max: 1 },
  },
  age: { "16-29": { min: 7, max: 9 }, "30-59": { min: 13, max: 15 }, "60+": { min: 7, max: 9 } },
  area: {
    centre: { min: 11, max: 13 },
    estates: { min: 10, max: 12 },
    villages: { min: 6, max: 8 },
  },
};

// 3. The draw, from a seed announced after the pool and quotas were published (here: a lottery result).
const result = selectPanel({
  pool,
  panelSize: 30,
  quotas,
  method: "legacy",
  seed: "National Lottery 2026-04-04: 03 11 19 27 38 45",
  options: { samples: 2000 },
});
if (E.isLeft(result)) {
  console.error(result.left.message);
  process.exit(1);
}
const panel = result.right;
console.log(`Panel of ${panel.panel.length}: ${panel.panel.join(" ")}`);
console.log(`Seed: ${panel.draw.seed} (${panel.draw.attempts} attempt(s))`);
const estimate =
  panel.estimate.kind === "monte-carlo"
    ? `${panel.estimate.samples} re-draws, ±${panel.estimate.margin.toFixed(3)}`
    : "exact";
console.log(
  `Selection chances (${estimate}): min ${panel.minimum.toFixed(3)}, max ${panel.maximum.toFixed(3)}, ` +
    `Gini ${panel.gini.toFixed(3)}; an equal share would be ${(30 / 1000).toFixed(3)}.`,
);

// 4. Each group's average selection probability: where the pool under-represents a group, its
//    members' chances are higher, so that the panel meets the quota.
console.log("\ngroup                   in pool  on panel  quota    mean chance");
for (const q of panel.quotas) {
  const members = pool.filter((p) => (p.features as Record<string, string>)[q.feature] === q.value);
  const mean =
    members.reduce((sum, p) => sum + (panel.probabilities[p.id] ?? 0), 0) /
    Math.max(1, members.length);
  console.log(
    `${`${q.feature}=${q.value}`.padEnd(24)}${String(q.pool).padStart(7)}  ${String(q.selected).padStart(8)}  ${`${q.min}-${q.max}`.padEnd(7)}  ${mean.toFixed(4)}`,
  );
}

// 5. The panel's first decision: a two-thirds vote, with a quorum of two thirds of the panel.
const [first, ...rest] = panel.panel;
const decision = resolve({
  rule: "supermajority",
  members: panel.panel.map((id) => ({ id })),
  responses: [
    { member: first as string, stance: "no" },
    ...rest
      .slice(0, 26)
      .map((member, i) => ({ member, stance: i < 18 ? "yes" : i < 24 ? "no" : "abstain" })),
  ],
  options: { threshold: "2/3", quorum: "2/3" },
});
if (E.isRight(decision)) {
  console.log(`\nProposal 1: ${decision.right.status}`);
  for (const line of decision.right.explanation) console.log(`- ${line.text}`);
}
