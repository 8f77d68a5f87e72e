/**
 * Reading PrefLib (issue 2, section 5: at least 50 MB/s on a generated 1M-ballot `.toc` file of
 * 10 candidates).
 *
 * Two generated texts, drawn with `createPrng` outside the timed section, one `1: order` line per
 * ballot (orders with ties; about 30% of the positions join the previous tier):
 * - `distinct`: 1,000,000 random weak orders, almost all different (the builder's worst case:
 *   every line is a new row of the profile);
 * - `repeated`: 1,000,000 lines drawn from a pool of 20,000 orders (a raw export where the same
 *   ballot comes back often).
 *
 * Compared in the same run with two baselines:
 * - `TextEncoder.encode` of the same text: one pass over the bytes, a memory-bandwidth floor;
 * - a naive reader: `text.split("\n")`, then `split(":")`, a regular expression for the ties and
 *   `split(",")`, feeding the same profile builder (what a first implementation would do).
 */
import * as E from "fp-ts/lib/Either.js";
import { bench, describe } from "vitest";
import { parseProfile } from "../../src/ballots/formats/index.js";
import { createProfileBuilder, UNRANKED } from "../../src/ballots/index.js";
import { createPrng, type Prng } from "../../src/core/index.js";

const N = 10;
const BALLOTS = 1_000_000;

const randomOrder = (prng: Prng): string => {
  const perm = Array.from({ length: N }, (_, c) => c + 1);
  for (let k = N - 1; k > 0; k--) {
    const j = prng.nextInt(k + 1);
    [perm[k], perm[j]] = [perm[j] as number, perm[k] as number];
  }
  const parts: string[] = [];
  let tier: number[] = [];
  for (let p = 0; p < N; p++) {
    if (p > 0 && prng.nextInt(10) >= 3) {
      parts.push(tier.length === 1 ? String(tier[0]) : `{${tier.join(",")}}`);
      tier = [];
    }
    tier.push(perm[p] as number);
  }
  parts.push(tier.length === 1 ? String(tier[0]) : `{${tier.join(",")}}`);
  return parts.join(",");
};

const tocText = (orders: (b: number) => string, unique: number): string => {
  const lines = [
    "# DATA TYPE: toc",
    `# NUMBER ALTERNATIVES: ${N}`,
    `# NUMBER VOTERS: ${BALLOTS}`,
    `# NUMBER UNIQUE ORDERS: ${unique}`,
    ...Array.from({ length: N }, (_, c) => `# ALTERNATIVE NAME ${c + 1}: Candidate ${c + 1}`),
  ];
  for (let b = 0; b < BALLOTS; b++) lines.push(`1: ${orders(b)}`);
  return `${lines.join("\n")}\n`;
};

const distinctPrng = createPrng("read-bench-distinct");
const DISTINCT = tocText(() => randomOrder(distinctPrng), BALLOTS);
const poolPrng = createPrng("read-bench-pool");
const POOL = Array.from({ length: 20_000 }, () => randomOrder(poolPrng));
const pickPrng = createPrng("read-bench-pick");
const REPEATED = tocText(() => POOL[pickPrng.nextInt(POOL.length)] as string, BALLOTS);

/** The naive reader: split into lines and items, a regular expression for the ties. */
const naiveRead = (text: string): number => {
  const lines = text.split("\n");
  const candidates = Array.from({ length: N }, (_, c) => `Candidate ${c + 1}`);
  const builder = createProfileBuilder("ranked", candidates);
  const row = new Uint16Array(N);
  for (const line of lines) {
    if (line === "" || line.startsWith("#")) continue;
    const [count, order = ""] = line.split(":");
    row.fill(UNRANKED);
    const groups = order.match(/\{[^}]*\}|[^,{}\s]+/g) ?? [];
    groups.forEach((group, tier) => {
      for (const item of group.replace(/[{}]/g, "").split(",")) row[Number(item) - 1] = tier;
    });
    builder.add(row, Number(count));
  }
  const profile = builder.build();
  return E.isRight(profile) ? profile.right.totalCount : -1;
};

const OPTIONS = { time: 0, iterations: 5, warmupTime: 0, warmupIterations: 1 } as const;

for (const [label, text] of [
  ["distinct", DISTINCT],
  ["repeated", REPEATED],
] as const) {
  const megabytes = (text.length / 1e6).toFixed(1);
  describe(`read a 1M-ballot toc of 10 candidates, ${label} orders (${megabytes} MB)`, () => {
    bench(
      "co-decide: parseProfile(text, { format: 'toc' })",
      () => {
        const profile = parseProfile(text, { format: "toc" });
        if (E.isLeft(profile) || profile.right.totalCount !== BALLOTS) throw new Error("bad read");
      },
      OPTIONS,
    );
    bench(
      "baseline: naive split + regex reader, same builder",
      () => {
        if (naiveRead(text) !== BALLOTS) throw new Error("bad read");
      },
      OPTIONS,
    );
    bench(
      "floor: TextEncoder.encode of the same text",
      () => {
        new TextEncoder().encode(text);
      },
      OPTIONS,
    );
  });
}
