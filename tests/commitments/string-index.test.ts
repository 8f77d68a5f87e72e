import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringIndex } from "../../src/commitments/internal/string-index.js";

describe("StringIndex (the ledger's id tables)", () => {
  it("answers like a Map of first positions, through growth and collisions", () => {
    // Few distinct short keys and a small initial size force repeats, probing and several growths.
    const key = fc.string({ maxLength: 3, unit: fc.constantFrom("a", "b", "é", "😀", "_") });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.nat(40), (keys, expected) => {
        const index = new StringIndex(expected);
        const model = new Map<string, number>();
        for (const k of keys) {
          const found = index.findOrAdd(k);
          expect(found).toBe(model.get(k) ?? -1);
          if (!model.has(k)) model.set(k, model.size);
        }
        for (const k of [...keys, "absent", "__proto__"]) expect(index.get(k)).toBe(model.get(k));
      }),
    );
  });

  it("add then get returns positions in the order added", () => {
    const index = new StringIndex(0);
    const ids = Array.from({ length: 5000 }, (_, i) => `e${i}`);
    for (const id of ids) index.add(id);
    ids.forEach((id, i) => {
      expect(index.get(id)).toBe(i);
    });
    expect(index.findOrAdd("e4999")).toBe(4999);
    expect(index.findOrAdd("new")).toBe(-1);
    expect(index.get("new")).toBe(5000);
  });
});
