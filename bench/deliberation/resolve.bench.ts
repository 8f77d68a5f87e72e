import { bench, describe } from "vitest";
import { createPrng, shuffled } from "../../src/core/prng.js";
import { resolve } from "../../src/deliberation/index.js";
import { RESOLVE_CELLS, ruleSpec, votes } from "./instances.js";

const SIZE = 100_000;

// One spec per rule: 100,000 listed members (weights 1 to 7, 50 groups), all responding, quorum 1/2.
const specs = RESOLVE_CELLS.map((cell) => [cell, ruleSpec(cell, SIZE, `resolve-${cell}`)] as const);
const weighted = ruleSpec("double-majority", SIZE, "resolve-double-majority");
// The same responses in a random order, so that the id lookups jump around the index: as a spec
// parsed from JSON (each response object next to the previous one in memory), and as the same
// objects shuffled (each response object, and its member id, a cache miss away from the last).
const scattered = {
  ...weighted,
  responses: shuffled(weighted.responses, createPrng("resolve-scattered")),
};
const parsed: unknown = JSON.parse(JSON.stringify(scattered));

describe("resolve, each rule, 100,000 members and responses, quorum (goal < 50 ms)", () => {
  for (const [cell, spec] of specs) {
    bench(`resolve: ${cell}`, () => {
      resolve(spec);
    });
  }
  bench("resolve: double-majority, responses in a random order, parsed from JSON", () => {
    resolve(parsed);
  });
  bench("resolve: double-majority, responses in a random order, objects shuffled", () => {
    resolve(scattered);
  });
  bench("baseline: one loop over the responses summing weights by stance", () => {
    const { members, responses } = weighted;
    let yes = 0;
    let no = 0;
    let other = 0;
    for (let i = 0; i < responses.length; i++) {
      const weight = (members[i] as { weight: number }).weight;
      const stance = (responses[i] as { stance: unknown }).stance;
      if (stance === "yes") yes += weight;
      else if (stance === "no") no += weight;
      else other += weight;
    }
    if (yes + no + other < 0) throw new Error("unreachable");
  });
});

const responses = votes(SIZE, "resolve-100k");
const members = responses.map((r, i) => ({ id: r.member, weight: (i % 7) + 1 }));

describe("resolve, 100,000 responses (the first cells, kept for comparison)", () => {
  bench("resolve: majority, no member list", () => {
    resolve({ rule: "majority", responses });
  });
  bench("resolve: double majority, weighted, with members and quorum", () => {
    resolve({ rule: "double-majority", members, responses, options: { quorum: "1/2" } });
  });
  bench("baseline: one loop counting stances in a Map", () => {
    const counts = new Map<string, number>();
    for (const r of responses) counts.set(r.stance, (counts.get(r.stance) ?? 0) + 1);
  });
});
