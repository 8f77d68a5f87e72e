import { bench, describe } from "vitest";
import { resolve } from "../../src/deliberation/index.js";
import { votes } from "./instances.js";

const responses = votes(100_000, "resolve-100k");
const members = responses.map((r, i) => ({ id: r.member, weight: (i % 7) + 1 }));

describe("resolve, 100,000 responses (goal < 50 ms)", () => {
  bench("resolve: majority", () => {
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
