/**
 * A city-wide ranked vote held in four districts: each district's server tallies its own ballots,
 * sends the tally (plain JSON) to the count centre, which merges the four and decides. The merged
 * count equals the count of every ballot in one place; the example checks it. Then the same count
 * runs on one machine across worker threads, from a rank-rows file.
 *
 * Run: npx tsx examples/09-counting-at-scale.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  mergeTallies,
  parseTally,
  rankedProfileFromRows,
  type Tally,
  type TallyJson,
  tallyRows,
  tallyToJson,
} from "co-decide/ballots";
import { createPrng, formatDecideError } from "co-decide/core";
import { countInWorkers, encodeRankRows } from "co-decide/node";
import { decide, decideTally } from "co-decide/voting";

const candidates = ["Library", "Park", "Youth centre", "Bike lanes"];
const n = candidates.length;

/** A district's ballots as rank rows (cell c = the rank of candidate c; 1 = first, 0 = unranked). */
const districtRows = (district: string, voters: number): Uint8Array => {
  const prng = createPrng(`district-${district}`);
  const rows = new Uint8Array(voters * n);
  for (let v = 0; v < voters; v++) {
    // Each district leans towards a different project, and a third of voters rank only two.
    const order = [0, 1, 2, 3];
    const lean = district.charCodeAt(0) % n;
    order.splice(order.indexOf(lean), 1);
    order.unshift(lean);
    for (let i = n - 1; i > 1; i--) {
      const j = 1 + prng.nextInt(i);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const ranked = prng.nextInt(3) === 0 ? 2 : n;
    order.forEach((c, place) => {
      rows[v * n + c] = place < ranked ? place + 1 : 0;
    });
  }
  return rows;
};

const districts = { A: 4_000, B: 3_000, C: 2_500, D: 3_500 };
const shards = Object.entries(districts).map(([name, voters]) => districtRows(name, voters));

const must = <A>(
  result:
    | { _tag: "Left"; left: Parameters<typeof formatDecideError>[0] }
    | { _tag: "Right"; right: A },
): A => {
  if (result._tag === "Left") throw new Error(formatDecideError(result.left));
  return result.right;
};

// 1. Each district tallies its rows and sends the tally as JSON.
const sent: string[] = shards.map((rows) =>
  JSON.stringify(tallyToJson(must(tallyRows(rows, { candidates, width: n, kind: "pairwise" })))),
);
console.log(`Four tallies sent, ${sent.reduce((s, t) => s + t.length, 0)} bytes of JSON in all.`);

// 2. The count centre checks each tally at its boundary, merges them (in any order) and decides.
const tallies: Tally[] = sent.map((text) => must(parseTally(JSON.parse(text) as TallyJson)));
const merged = tallies.slice(1).reduce((acc, t) => must(mergeTallies(acc, t)), tallies[0] as Tally);
const fromTallies = must(decideTally({ method: "schulze", tally: merged }));
console.log(`Schulze on the merged tallies: ${fromTallies.winners.join(", ")}`);

// 3. The same ballots counted in one place give the same outcome.
const all = new Uint8Array(shards.reduce((s, r) => s + r.length, 0));
let at = 0;
for (const rows of shards) {
  all.set(rows, at);
  at += rows.length;
}
const whole = must(
  decide({
    method: "schulze",
    profile: must(rankedProfileFromRows(all, { candidates, width: n })),
  }),
);
console.log(
  `Schulze on all ${all.length / n} ballots at once: ${whole.winners.join(", ")} (${JSON.stringify(whole) === JSON.stringify(fromTallies) ? "the same outcome" : "DIFFERENT"})`,
);

// 4. On one machine: the districts' rows as rank-rows files, counted in two worker threads.
const dir = mkdtempSync(join(tmpdir(), "co-decide-example-"));
try {
  const files = shards.map((rows, i) => {
    const file = join(dir, `district-${i}.cdrr`);
    writeFileSync(file, encodeRankRows(rows, candidates));
    return file;
  });
  const counted = must(await countInWorkers({ files }, { workers: 2, method: "borda" }));
  console.log(
    `Borda in ${counted.workers} workers over ${counted.rows} rows: ${counted.outcome?.winners.join(", ")}`,
  );
  for (const step of counted.outcome?.explanation ?? []) console.log(`- ${step.text}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
