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

/** FNV-1a, as a signed 32-bit integer (what an `Int32Array` holds). */
const hashOf = (key: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
};

/** @internal */
export class StringIndex {
  /** The keys by position, pre-sized for the expected count (no copying as they arrive). */
  private keys: string[];
  private count = 0;
  /**
   * Pairs (position of the key, its hash), so that a probe rejects a different key by its hash,
   * in the same cache line, without reading the key itself.
   */
  private slots: Int32Array;
  private mask: number;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(2 * capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.keys = new Array<string>(expected);
  }

  /** The position at which `key` was added (from 0), or `undefined`. */
  get(key: string): number | undefined {
    const hash = hashOf(key);
    let slot = hash & this.mask;
    for (;;) {
      const at = this.slots[2 * slot] as number;
      if (at === EMPTY) return undefined;
      if (this.slots[2 * slot + 1] === hash && this.keys[at] === key) return at;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Adds `key` unless present; returns the position it already had, or -1 when it was added
   * (one hash and one probe sequence for both the check and the insertion).
   */
  findOrAdd(key: string): number {
    if ((this.count + 1) * 4 > this.slots.length) this.grow();
    const hash = hashOf(key);
    let slot = hash & this.mask;
    for (;;) {
      const at = this.slots[2 * slot] as number;
      if (at === EMPTY) break;
      if (this.slots[2 * slot + 1] === hash && this.keys[at] === key) return at;
      slot = (slot + 1) & this.mask;
    }
    this.slots[2 * slot] = this.count;
    this.slots[2 * slot + 1] = hash;
    this.keys[this.count++] = key;
    return -1;
  }

  /** Adds `key` (assumed absent). */
  add(key: string): void {
    if ((this.count + 1) * 4 > this.slots.length) this.grow();
    this.place(this.count, hashOf(key));
    this.keys[this.count++] = key;
  }

  private place(at: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.slots[2 * slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = at;
    this.slots[2 * slot + 1] = hash;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = old.length; // twice the number of slots
    this.slots = new Int32Array(2 * capacity).fill(EMPTY);
    this.mask = capacity - 1;
    for (let s = 0; s < old.length; s += 2) {
      const at = old[s] as number;
      if (at !== EMPTY) this.place(at, old[s + 1] as number);
    }
  }
}
