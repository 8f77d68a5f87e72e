import { describe, expect, it } from "vitest";
import { IdIndex } from "../../src/deliberation/internal/id-index.js";
import { resolve } from "../../src/deliberation/resolve.js";

/** 32-bit FNV-1a over UTF-16 code units (Fowler, Noll and Vo), written here independently. */
const fnv1a = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Number((BigInt(h) * 0x01000193n) & 0xffffffffn);
  }
  return h;
};

/** `count` ids whose hashes agree in their low `bits` bits: one long chain in the table. */
const colliding = (count: number, bits: number): string[] => {
  const found: string[] = [];
  for (let n = 0; found.length < count; n++) {
    if ((fnv1a(`x${n}`) & ((1 << bits) - 1)) === 0) found.push(`x${n}`);
  }
  return found;
};

describe("IdIndex", () => {
  it("gives positions in the order ids were added, and -1 for an id it lacks", () => {
    const index = new IdIndex(4);
    expect(index.add("b")).toBe(-1);
    expect(index.add("a")).toBe(-1);
    expect(index.add("b")).toBe(0);
    expect([index.get("a"), index.get("b"), index.get("c")]).toEqual([1, 0, -1]);
    expect(index.ids).toEqual(["b", "a"]);
    expect(index.moved).toBe(false);
  });

  it("moves to a Map when ids collide past the probe allowance, keeping every position", () => {
    // 300 ids in one chain of a table of 1,024 slots: about 45,000 probes against an allowance
    // of 4 per operation plus 1,024.
    const ids = colliding(300, 10);
    const index = new IdIndex(300);
    for (const id of ids) expect(index.add(id)).toBe(-1);
    expect(index.moved).toBe(true);
    ids.forEach((id, i) => {
      expect(index.get(id)).toBe(i);
      expect(index.add(id)).toBe(i);
    });
    expect(index.get("x-absent")).toBe(-1);
    expect(index.ids).toEqual(ids);
  });

  it("stays a table when a few ids collide", () => {
    const ids = colliding(20, 10);
    const index = new IdIndex(300);
    for (const id of ids) index.add(id);
    expect(index.moved).toBe(false);
    expect(ids.map((id) => index.get(id))).toEqual(ids.map((_, i) => i));
  });

  it("accepts more ids than planned, through the Map", () => {
    const index = new IdIndex(2);
    const ids = Array.from({ length: 40 }, (_, i) => `m${i}`);
    for (const id of ids) index.add(id);
    expect(index.moved).toBe(true);
    expect(ids.map((id) => index.get(id))).toEqual(ids.map((_, i) => i));
  });

  it("lets resolve count colliding member ids like any others", () => {
    const ids = colliding(300, 10);
    const members = ids.map((id, i) => ({ id, weight: (i % 3) + 1 }));
    const responses = ids.map((member, i) => ({ member, stance: i % 4 === 0 ? "no" : "yes" }));
    const result = resolve({ rule: "double-majority", members, responses });
    expect(result._tag === "Right" && result.right.tally).toEqual({ yes: 225, no: 75, abstain: 0 });
    expect(result._tag === "Right" && result.right.weights).toEqual({
      yes: String(members.reduce((a, m, i) => (i % 4 === 0 ? a : a + m.weight), 0)),
      no: String(members.reduce((a, m, i) => (i % 4 === 0 ? a + m.weight : a), 0)),
      abstain: "0",
    });
  });
});
