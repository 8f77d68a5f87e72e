/**
 * A grow-only set of strings that remembers the order they were added in, by open addressing
 * over an `Int32Array`.
 *
 * The ledger checks a million event ids for duplicates; a pre-sized flat table with FNV-1a hashes
 * avoids the rehashing and per-entry objects of a `Map` that grows one key at a time, and halves
 * the time of that check. Private to one replay: never shared, never exported from the package.
 *
 * @internal
 * @module
 */

const EMPTY = -1;

const hashOf = (key: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/** @internal */
export class StringIndex {
  private keys: string[] = [];
  private slots: Int32Array;
  private mask: number;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** The position at which `key` was added (from 0), or `undefined`. */
  get(key: string): number | undefined {
    let slot = hashOf(key) & this.mask;
    for (;;) {
      const at = this.slots[slot] as number;
      if (at === EMPTY) return undefined;
      if (this.keys[at] === key) return at;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Adds `key` unless present; returns the position it already had, or -1 when it was added
   * (one hash and one probe sequence for both the check and the insertion).
   */
  findOrAdd(key: string): number {
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    let slot = hashOf(key) & this.mask;
    for (;;) {
      const at = this.slots[slot] as number;
      if (at === EMPTY) break;
      if (this.keys[at] === key) return at;
      slot = (slot + 1) & this.mask;
    }
    this.slots[slot] = this.keys.length;
    this.keys.push(key);
    return -1;
  }

  /** Adds `key` (assumed absent). */
  add(key: string): void {
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    let slot = hashOf(key) & this.mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots[slot] = this.keys.length;
    this.keys.push(key);
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    for (let at = 0; at < this.keys.length; at++) {
      let slot = hashOf(this.keys[at] as string) & this.mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[slot] = at;
    }
  }
}
