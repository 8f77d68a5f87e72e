/**
 * An index of member ids for `resolve`: ids in the order they were added, and a hash table
 * from id to position, sized once for the most ids a spec can have (open addressing over an
 * `Int32Array`, FNV-1a over the id's UTF-16 code units, at most half full).
 *
 * Why not a `Map`: a `Map` of 100,000 fresh ids grows by rehashing as it fills and allocates an
 * entry per id; this table is allocated once and reads only the ids array. Adding 100,000 ids took
 * 12.5 ms with `has` and `set` on a `Map` against 2.8 ms here (bench/results/deliberation.md).
 *
 * Every cost has a limit: FNV-1a is not seeded, so ids could be chosen to collide. Probes beyond
 * the first are counted; past four per operation (plus a constant), the index moves its ids into a
 * `Map` (whose hash V8 seeds) and uses that from then on, so the work stays linear whatever the ids.
 *
 * @internal
 * @module
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const EMPTY = -1;
/** `find`'s answer once the ids have moved to the map. */
const MOVED = -9_007_199_254_740_991; // Number.MIN_SAFE_INTEGER, below every -(slot) - 1

/** Extra probes allowed per operation (on average, over all operations so far) before a `Map`. */
const PROBES_PER_OPERATION = 4;
const PROBE_ALLOWANCE = 1024;

/** FNV-1a over the code units of `text`. */
const hash = (text: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
};

/**
 * Ids in insertion order with their positions. `capacity` is the most ids that will be added
 * (more are still accepted, through the `Map`).
 *
 * @internal
 */
export class IdIndex {
  /** The ids, in the order they were added: id `ids[i]` has position `i`. */
  readonly ids: string[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;
  private map: Map<string, number> | undefined;
  private operations = 0;
  private probes = 0;

  constructor(capacity: number) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
  }

  /** True once the ids have moved to the `Map` (too many collisions, or more ids than planned). */
  get moved(): boolean {
    return this.map !== undefined;
  }

  /** The position of `id`, or -1. */
  get(id: string): number {
    const at = this.map === undefined ? this.find(id) : MOVED;
    if (at === MOVED) return (this.map as Map<string, number>).get(id) ?? EMPTY;
    return at < 0 ? EMPTY : (this.slots[at] as number);
  }

  /**
   * Adds `id` at the next position and returns -1; or, when `id` is already there, returns its
   * position and adds nothing.
   */
  add(id: string): number {
    if (this.map === undefined && this.ids.length * 2 >= this.slots.length) this.toMap();
    const at = this.map === undefined ? this.find(id) : MOVED;
    if (at === MOVED) {
      const map = this.map as Map<string, number>;
      const known = map.get(id);
      if (known !== undefined) return known;
      map.set(id, this.ids.length);
    } else if (at >= 0) {
      return this.slots[at] as number;
    } else {
      this.slots[-at - 1] = this.ids.length;
    }
    this.ids.push(id);
    return EMPTY;
  }

  /**
   * The slot holding `id` (≥ 0), or `-(the empty slot where it would go) - 1`, or {@link MOVED}
   * when this search went past the probe allowance and the ids moved to the map.
   */
  private find(id: string): number {
    const { slots, mask, ids } = this;
    this.operations++;
    let i = hash(id) & mask;
    for (;;) {
      const c = slots[i] as number;
      if (c === EMPTY) return -i - 1;
      if (ids[c] === id) return i;
      i = (i + 1) & mask;
      if (++this.probes > PROBES_PER_OPERATION * this.operations + PROBE_ALLOWANCE) {
        this.toMap();
        return MOVED;
      }
    }
  }

  /** Moves the ids into a `Map`, used from then on. */
  private toMap(): void {
    const map = new Map<string, number>();
    for (let i = 0; i < this.ids.length; i++) map.set(this.ids[i] as string, i);
    this.map = map;
  }
}
