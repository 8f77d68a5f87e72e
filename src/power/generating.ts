/**
 * Exact swing and pivot counts for weighted voting games, by generating functions.
 *
 * For one quota, the coefficients of `f(x) = Π (1 + x^{w_j})` count the coalitions of each total
 * weight (Brams and Affuso 1976; Bilbao, Fernández, Jiménez Losada and López 2000). Dividing out one
 * player's factor `(1 + x^{w_i})` gives the coalitions of the others, and player `i` swings in
 * exactly the coalitions `S` of the others with `q - w_i ≤ w(S) < q`. Only coefficients below the
 * quota are ever needed, so the work is `O(n q)` coefficient additions for Banzhaf (one pass to
 * build `f`, one division per distinct weight) and `O(n² q)` for Shapley-Shubik (the same with a
 * second variable counting coalition size). Each addition is of numbers up to `2^n`, so it costs
 * `O(n)` word operations: `O(n² q)` and `O(n³ q)` in all. Nothing is rounded. Banzhaf keeps each
 * coefficient as exact limbs of `D ≤ 36` bits, one `Float64Array` plane per limb, carried only
 * every `52 - D` players and visited only where a limb can be non-zero (`internal/limb-swings.ts`);
 * where those planes would pass 256 MB it counts modulo primes below 2^30 in `Int32Array`s (four
 * primes interleaved per pass), rebuilt by the Chinese remainder theorem, or with `bigint`s for
 * games with more players than the primes cover. Shapley-Shubik counts modulo primes.
 *
 * Two exact savings: the dual game `[W - q + 1; w]` has the same swings and the same
 * Shapley-Shubik values (Felsenthal and Machover 1998, on dual games), so the smaller of the two
 * quotas is used; players of equal weight share one division, and each division is an alternating
 * sum of `O(q / w)` prefix sums rather than `O(q)` work.
 *
 * Games with several quotas are counted by meet-in-the-middle enumeration: for each player the
 * other players are split in two halves, every coalition of each half is listed, and the halves
 * are matched by size, by the first dimensions, and by binary search on the last dimension. This
 * is exact for up to {@link MAX_EXACT_MULTI_PLAYERS} players, and also serves games with one quota
 * whose quota is too large for generating functions (say weights in the millions on 20 players).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type InvalidInput,
  invalidInputAt,
  type Unsupported,
  unsupported,
} from "../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";
import { checkGame, type WeightedGame } from "./game.js";
import { limbBytes, limbSwings, MAX_PLANE_BYTES } from "./internal/limb-swings.js";

/**
 * The work limit of every exact count ({@link swingCounts}, {@link pivotCounts}, and the indices
 * built on them): an estimate of the elementary steps, made from the game's size before any
 * counting starts.
 *
 * - Banzhaf-type counts by generating functions: `n × q × d`, where `q` is the quota (the smaller
 *   of the quota and its dual) and `d = ⌈(n + 2) / 29⌉` the number of 29-bit digits a count can
 *   need (one modular pass per digit; the `bigint` fallback above 2,320 players does about the same
 *   work per word). So the cost grows as `n² q`, not `n q`: 10,000 equal players (within every
 *   other exact limit) took 14.7 s and are now refused by default. The limb planes used since
 *   issue 12 do about a third of these steps (a coefficient after `j` players has `⌈j / D⌉` limbs,
 *   and limbs that are still zero are skipped), so the estimate is an upper bound on their work.
 * - Shapley-Shubik by generating functions: `2 × (U + (n + 1) q) × d`, where `U` is the table's
 *   real work for one digit, traced before counting from the rows' support bounds (each size `k`
 *   holds weights between the `k` smallest and the `k` largest, below `q`): the cells updated, the
 *   rows visited and the alternating sums that divide out each distinct weight. `U ≤ n² q / 2`,
 *   and much less when weights are small (1,000 equal players, quota 501: `U` is about 10^6, not
 *   2.5 × 10^8). Above 4,000 players `U` is bounded by `n² q / 2` without tracing.
 * - Meet-in-the-middle enumeration (several quotas, or a quota too large for generating
 *   functions): `n × 4 × 2^⌊(n-1)/2⌋ × G`, where `G ≤ 2^⌈(n-1)/2⌉` bounds the groups of the second
 *   half (by size and capped weight in every dimension but the last); two matchings per player,
 *   each step about twice a Banzhaf step. Two quotas with 28 players took 15 s; 24 players
 *   (8 × 10^8 steps) take about 1.2 s.
 *
 * The factors make a step cost about the same in each method: 1.4 ns on a small two-core machine
 * under load (0.8 ns when quiet). Default 2,000,000,000 steps, about 2 to 3 s under load and 1.6 s
 * quiet (1,000 players of total weight 100,000, the largest Banzhaf game in the benchmarks, is
 * 1.75 × 10^9); `maxWork` (an option of the functions, a field of the `powerIndex` spec) raises
 * it, up to 20,000,000,000.
 *
 * @category limits
 */
export const EXACT_WORK_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "power.exact.work",
  unit: "steps",
  default: 2_000_000_000,
  ceiling: 20_000_000_000,
  option: "maxWork",
});

/**
 * Options of the exact counts and of the indices built on them.
 *
 * @category games
 */
export interface ExactOptions {
  /** The most steps of work allowed: see {@link EXACT_WORK_LIMIT}. */
  readonly maxWork?: number;
}

/**
 * The limit in force for an options argument: `undefined` or an object (else `InvalidInput` at
 * `options`) whose `maxWork` is valid.
 *
 * @internal
 */
export const exactWorkOf = (options: unknown): E.Either<InvalidInput, number> => {
  if (options === undefined) return E.right(EXACT_WORK_LIMIT.default);
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
  }
  return resolveLimit(EXACT_WORK_LIMIT, (options as { maxWork?: unknown }).maxWork);
};

/** The 29-bit digits an exact count of up to `2^(n+1)` needs (see {@link EXACT_WORK_LIMIT}). */
const digitsFor = (n: number): number => Math.ceil((n + 2) / BITS_PER_PRIME);

/** The estimated steps of the meet-in-the-middle count (see {@link EXACT_WORK_LIMIT}). */
const meetInTheMiddleWork = (game: WeightedGame): number => {
  const n = game.players.length;
  const left = Math.floor((n - 1) / 2);
  const right = n - 1 - left;
  let groups = right + 1;
  for (let d = 0; d < game.quotas.length - 1; d++) groups *= (game.quotas[d] as number) + 1;
  return n * 4 * 2 ** left * Math.min(2 ** right, groups);
};

/** The largest `n × q` accepted for exact Banzhaf-type counts on one quota. @category games */
export const MAX_EXACT_BANZHAF_WORK: number = 2e9;
/**
 * The largest table work per digit (`U` in {@link EXACT_WORK_LIMIT}: cells updated, rows visited
 * and division steps, traced from the game) accepted for exact Shapley-Shubik on one quota; it was
 * the bound `n² × q / 2` before issue 12.
 *
 * @category games
 */
export const MAX_EXACT_SHAPLEY_WORK: number = 2e9;
/**
 * The largest table kept for exact Shapley-Shubik: `(n + 1) × q` counts of 4 bytes (at most 120 MB).
 *
 * @category games
 */
export const MAX_EXACT_SHAPLEY_CELLS: number = 3e7;
/**
 * The largest quota (after taking the smaller of the quota and its dual) counted by generating
 * functions; beyond it, games of up to {@link MAX_EXACT_MULTI_PLAYERS} players are enumerated.
 *
 * @category games
 */
export const MAX_EXACT_QUOTA: number = 2 ** 24;
/**
 * The most players for which games are counted by meet-in-the-middle enumeration: every game with
 * several quotas, and games with one quota too large for generating functions.
 *
 * @category games
 */
export const MAX_EXACT_MULTI_PLAYERS: number = 36;

/**
 * Swing counts: `swings[i]` is the number of coalitions `S` not containing `i` such that `S`
 * loses and `S ∪ {i}` wins (Banzhaf 1965; Penrose 1946).
 *
 * @category games
 */
export interface SwingCounts {
  readonly swings: readonly bigint[];
  /** The number of winning coalitions among all `2^n`. */
  readonly winning: bigint;
  /** `2^n`. */
  readonly coalitions: bigint;
}

/**
 * Pivot counts: `pivots[i]` is the number of the `n!` orderings of the players in which `i` is
 * the one who turns the growing coalition from losing into winning (Shapley and Shubik 1954).
 *
 * @category games
 */
export interface PivotCounts {
  readonly pivots: readonly bigint[];
  /** `n!`. */
  readonly orderings: bigint;
}

/**
 * Counts every player's swings exactly, for all players at once.
 *
 * @remarks
 * One quota: generating functions, `O(n q)` additions of exact multi-limb counts, `O(n² q)` word
 * operations in all (see the module comment), when `n × q ≤` {@link MAX_EXACT_BANZHAF_WORK} and
 * `q ≤` {@link MAX_EXACT_QUOTA}; 1,000 players of total weight 27,569 take about 0.25 s of CPU
 * time on a small two-core machine (`bench/results/power.md`). Several quotas, or a
 * quota too large for that: meet-in-the-middle enumeration, exact up to
 * {@link MAX_EXACT_MULTI_PLAYERS} players. Otherwise `Unsupported` (reason `too_large_for_exact`);
 * use the Monte Carlo estimator then. Before any counting, the work is estimated and checked
 * against {@link EXACT_WORK_LIMIT} (`options.maxWork`): past it, `Unsupported` (reason
 * `work_limit`), naming the estimate. Where both methods apply (one quota, at most
 * {@link MAX_EXACT_MULTI_PLAYERS} players), the one with the smaller estimate runs; both are
 * exact. A bad `options` is an `InvalidInput` (at `options` or `maxWork`).
 *
 * @example The textbook game [6; 4, 3, 2, 1]
 * ```ts
 * import { swingCounts } from "co-decide/power";
 *
 * swingCounts(game); // => right({ swings: [5n, 3n, 3n, 1n], winning: 7n, coalitions: 16n })
 * ```
 *
 * @category games
 */
export const swingCounts = (
  game: WeightedGame,
  options?: ExactOptions,
): E.Either<Unsupported | InvalidInput, SwingCounts> => {
  const valid = checkGame(game);
  if (E.isLeft(valid)) return valid as E.Left<InvalidInput>;
  const allowed = exactWorkOf(options);
  if (E.isLeft(allowed)) return allowed;
  const n = game.players.length;
  // the cheaper of the two exact methods that apply, by their work estimates
  let generating = Number.POSITIVE_INFINITY;
  if (game.quotas.length === 1) {
    const quota = game.quotas[0] as number;
    const total = game.totals[0] as number;
    const effective = Math.min(quota, total - quota + 1);
    if (n * effective <= MAX_EXACT_BANZHAF_WORK && effective <= MAX_EXACT_QUOTA) {
      generating = n * effective * digitsFor(n);
    }
  }
  const enumeration =
    n <= MAX_EXACT_MULTI_PLAYERS ? meetInTheMiddleWork(game) : Number.POSITIVE_INFINITY;
  if (generating === Number.POSITIVE_INFINITY && enumeration === Number.POSITIVE_INFINITY) {
    return E.left(tooLarge(n, game.quotas.length === 1 ? "Banzhaf" : "a game with several quotas"));
  }
  const within = checkWork(EXACT_WORK_LIMIT, Math.min(generating, enumeration), allowed.right);
  if (E.isLeft(within)) return within;
  if (generating <= enumeration) {
    const quota = game.quotas[0] as number;
    const total = game.totals[0] as number;
    return E.right(singleQuotaSwings(game.weights[0] as readonly number[], quota, total));
  }
  const bySize = multiQuotaSwingsBySize(game);
  const swings = bySize.swings.map((row) => row.reduce((a, b) => a + b, 0n));
  return E.right({ swings, winning: bySize.winning, coalitions: 1n << BigInt(n) });
};

/**
 * Counts every player's pivots exactly, for all players at once.
 *
 * @remarks
 * One quota: a table of coalitions by size and weight, `O(n² q)` exact modular additions per
 * 29-bit digit (`O(n³ q)` word operations), each distinct weight divided out once, within
 * {@link MAX_EXACT_SHAPLEY_WORK} and {@link MAX_EXACT_SHAPLEY_CELLS}; pivots of `i` are
 * `Σ_k k! (n-1-k)! m_i(k)`, where `m_i(k)` counts the swing coalitions of size `k`. The estimate
 * traces the table's real support, so 1,000 players with small weights (total about 1,000) are
 * counted within the default limit, while 1,000 players of total weight 27,569 (about 1.2 × 10^11
 * steps, a few minutes) are refused at once even at the ceiling of `maxWork`. Several quotas,
 * or a quota too large for the table: meet-in-the-middle enumeration by size, up to
 * {@link MAX_EXACT_MULTI_PLAYERS} players. `Unsupported` beyond the limits; the work is estimated
 * and checked against {@link EXACT_WORK_LIMIT} (`options.maxWork`) before any counting, as for
 * {@link swingCounts}.
 *
 * @example The 1958 EEC Council of Ministers
 * ```ts
 * import { pivotCounts } from "co-decide/power";
 *
 * pivotCounts(eec); // => right({ pivots: [168n, 168n, 168n, 108n, 108n, 0n], orderings: 720n })
 * ```
 *
 * @category games
 */
export const pivotCounts = (
  game: WeightedGame,
  options?: ExactOptions,
): E.Either<Unsupported | InvalidInput, PivotCounts> => {
  const valid = checkGame(game);
  if (E.isLeft(valid)) return valid as E.Left<InvalidInput>;
  const allowed = exactWorkOf(options);
  if (E.isLeft(allowed)) return allowed;
  const n = game.players.length;
  const factorials = factorialTable(n);
  const orderings = factorials[n] as bigint;
  let generating = Number.POSITIVE_INFINITY;
  let effective = 0;
  if (game.quotas.length === 1) {
    const quota = game.quotas[0] as number;
    const total = game.totals[0] as number;
    effective = Math.min(quota, total - quota + 1);
    if ((n + 1) * effective <= MAX_EXACT_SHAPLEY_CELLS) {
      const updates = shapleyTableUpdates(game.weights[0] as readonly number[], effective);
      if (updates <= MAX_EXACT_SHAPLEY_WORK) {
        generating = 2 * (updates + (n + 1) * effective) * digitsFor(n);
      }
    }
  }
  const enumeration =
    n <= MAX_EXACT_MULTI_PLAYERS ? meetInTheMiddleWork(game) : Number.POSITIVE_INFINITY;
  if (generating === Number.POSITIVE_INFINITY && enumeration === Number.POSITIVE_INFINITY) {
    return E.left(
      tooLarge(n, game.quotas.length === 1 ? "Shapley-Shubik" : "a game with several quotas"),
    );
  }
  const within = checkWork(EXACT_WORK_LIMIT, Math.min(generating, enumeration), allowed.right);
  if (E.isLeft(within)) return within;
  // k! (n - 1 - k)!: the orderings in which a given coalition of k others comes first
  const orders = Array.from(
    { length: n },
    (_, k) => (factorials[k] as bigint) * (factorials[n - 1 - k] as bigint),
  );
  if (generating <= enumeration) {
    const bySize = singleQuotaSwingsBySize(game.weights[0] as readonly number[], effective);
    // players of equal weight share one row (the same array), so weigh each row once
    const weighed = new Map<readonly bigint[], bigint>();
    const pivots = bySize.map((row) => {
      const known = weighed.get(row);
      if (known !== undefined) return known;
      const value = weighBySize(row, orders);
      weighed.set(row, value);
      return value;
    });
    return E.right({ pivots, orderings });
  }
  const { swings } = multiQuotaSwingsBySize(game);
  return E.right({ pivots: swings.map((row) => weighBySize(row, orders)), orderings });
};

/** Above this many players the update count is bounded by `n² q / 2` rather than traced. */
const TRACED_PLAYERS = 4000;

/**
 * The steps of {@link singleQuotaSwingsBySize} for one prime, without counting: the table updates
 * and row visits, by the same walk over the rows' support bounds (`O(n²)` simple steps, traced up
 * to {@link TRACED_PLAYERS} players, else bounded by `n² q / 2`), plus the alternating sums that
 * divide out each distinct weight.
 */
const shapleyTableUpdates = (weights: readonly number[], q: number): number => {
  const n = weights.length;
  // dividing out each distinct weight: an alternating sum of min(k + 1, ⌈q / w⌉) terms per size k
  let division = 0;
  for (const w of new Set(weights)) {
    const terms = w === 0 ? 0 : Math.ceil(q / w);
    division += terms >= n ? (n * (n + 1)) / 2 : (terms * (terms + 1)) / 2 + (n - terms) * terms;
  }
  if (n > TRACED_PLAYERS) return (n * n * q) / 2 + division;
  const ascending = weights.slice().sort((a, b) => a - b);
  const seenLow = new Float64Array(n + 1).fill(q);
  const seenHigh = new Float64Array(n + 1).fill(-1);
  seenLow[0] = 0;
  seenHigh[0] = 0;
  let updates = 0;
  // rows above `rows` are still empty (a row fills only from the one below it)
  let rows = 0;
  ascending.forEach((w) => {
    if (w >= q) return;
    // visiting a row costs about as much as a step, whether or not it is updated
    updates += rows + 1;
    for (let k = rows; k >= 0; k--) {
      const sourceLow = seenLow[k] as number;
      const sourceHigh = seenHigh[k] as number;
      if (sourceLow > sourceHigh) continue;
      const top = Math.min(q - 1, sourceHigh + w);
      const bottom = sourceLow + w;
      if (bottom > top) continue;
      updates += top - bottom + 1;
      seenLow[k + 1] = Math.min(seenLow[k + 1] as number, bottom);
      seenHigh[k + 1] = Math.max(seenHigh[k + 1] as number, top);
      if (k === rows) rows = k + 1;
    }
  });
  return updates + division;
};

const tooLarge = (n: number, what: string): Unsupported =>
  unsupported(
    "too_large_for_exact",
    `Exact counts for ${what} with ${n} players and this quota are beyond the exact limits; ask for method "monte-carlo" to estimate them.`,
  );

/** `0!, 1!, ..., n!`. @internal */
export const factorialTable = (n: number): bigint[] => {
  const out = [1n];
  for (let k = 1; k <= n; k++) out.push((out[k - 1] as bigint) * BigInt(k));
  return out;
};

const weighBySize = (row: readonly bigint[], orders: readonly bigint[]): bigint => {
  let sum = 0n;
  row.forEach((count, k) => {
    if (count !== 0n) sum += count * (orders[k] as bigint);
  });
  return sum;
};

/**
 * Primes just below 2^30. Counts are computed modulo several of them in `Int32Array`s, with
 * branch-free modular addition (a sum of two residues minus the prime fits in 32 bits, and its sign
 * bit says whether to add the prime back), then rebuilt by the Chinese remainder theorem. This is
 * several times faster than adding `bigint`s and exactly as exact, because each count is known to
 * be below the product of the primes used.
 */
const PRIMES: readonly number[] = [
  1073741789, 1073741783, 1073741741, 1073741723, 1073741719, 1073741717, 1073741689, 1073741671,
  1073741663, 1073741651, 1073741621, 1073741567, 1073741561, 1073741527, 1073741503, 1073741477,
  1073741467, 1073741441, 1073741419, 1073741399, 1073741387, 1073741381, 1073741371, 1073741329,
  1073741311, 1073741309, 1073741287, 1073741237, 1073741213, 1073741197, 1073741189, 1073741173,
  1073741101, 1073741077, 1073741047, 1073740963, 1073740951, 1073740933, 1073740909, 1073740879,
  1073740853, 1073740847, 1073740819, 1073740807, 1073740793, 1073740783, 1073740781, 1073740697,
  1073740693, 1073740691, 1073740649, 1073740609, 1073740571, 1073740567, 1073740543, 1073740541,
  1073740537, 1073740529, 1073740523, 1073740517, 1073740501, 1073740489, 1073740477, 1073740463,
  1073740439, 1073740403, 1073740391, 1073740379, 1073740249, 1073740201, 1073740189, 1073740183,
  1073740177, 1073740163, 1073740147, 1073740139, 1073740133, 1073740127, 1073740123, 1073740079,
];

/** Each prime is above 2^29, so `k` primes hold any count below 2^(29 k). */
const BITS_PER_PRIME = 29;

/** The number of primes needed for counts below `2^bits`, or undefined when there are too few. */
const primesFor = (bits: number): number | undefined => {
  const count = Math.ceil((bits + 1) / BITS_PER_PRIME);
  return count <= PRIMES.length ? count : undefined;
};

const modInverse = (a: bigint, m: bigint): bigint => {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
};

/** Rebuilds numbers from their residues modulo the first `count` primes. */
const chineseRemainder = (count: number): ((residues: readonly number[]) => bigint) => {
  const moduli = PRIMES.slice(0, count).map(BigInt);
  const product = moduli.reduce((a, b) => a * b, 1n);
  const coefficients = moduli.map((m) => {
    const rest = product / m;
    return rest * modInverse(rest % m, m);
  });
  return (residues) => {
    let x = 0n;
    residues.forEach((r, j) => {
      x += BigInt(r) * (coefficients[j] as bigint);
    });
    return x % product;
  };
};

/** Primes are processed four at a time, interleaved in one array: one pass over memory serves four. */
const LANES = 4;

/**
 * Banzhaf swings for one quota by the generating function `Π (1 + x^w)`, truncated below q: with
 * exact multi-limb coefficients ({@link limbSwings}) when their planes fit in memory, else modulo
 * primes ({@link singleQuotaSwingsModular}).
 */
const singleQuotaSwings = (
  weights: readonly number[],
  quota: number,
  total: number,
): SwingCounts => {
  const n = weights.length;
  const dual = total - quota + 1 < quota;
  const q = dual ? total - quota + 1 : quota;
  const positive = weights.filter((w) => w > 0).sort((a, b) => a - b);
  if (limbBytes(positive.length, q) > MAX_PLANE_BYTES) {
    return singleQuotaSwingsModular(weights, quota, total);
  }
  const zeros = BigInt(n - positive.length);
  const coalitions = 1n << BigInt(n);
  const counts = limbSwings(positive, q);
  const losing = counts.losing << zeros;
  return {
    swings: weights.map((w) => (w > 0 ? (counts.swings.get(w) as bigint) << zeros : 0n)),
    winning: dual ? losing : coalitions - losing,
    coalitions,
  };
};

/**
 * The same count modulo primes below 2^30, four interleaved per pass, rebuilt by the Chinese
 * remainder theorem (or with `bigint` additions past the primes): the method before the limb
 * planes, kept for quotas whose planes would not fit in memory (it needs 16 bytes per unit of
 * quota, the planes `8 ⌈n / D⌉`). Tests compare the two.
 *
 * @internal
 */
export const singleQuotaSwingsModular = (
  weights: readonly number[],
  quota: number,
  total: number,
): SwingCounts => {
  const n = weights.length;
  const dual = total - quota + 1 < quota;
  const q = dual ? total - quota + 1 : quota;
  const coalitions = 1n << BigInt(n);
  const needed = primesFor(n + 1);
  if (needed === undefined) return singleQuotaSwingsBigint(weights, q, dual, coalitions);
  // using more primes than needed is harmless: the product only grows
  const count = Math.ceil(needed / LANES) * LANES;
  // ascending order keeps the reachable range short for longest (the product does not depend on order)
  const positive = weights.filter((w) => w > 0).sort((a, b) => a - b);
  const zeros = BigInt(n - positive.length);
  const distinct = [...new Set(positive)];
  const losingResidues: number[] = [];
  const swingResidues = distinct.map(() => [] as number[]);
  // f[LANES * s + lane]: coalitions of weight s, modulo the lane's prime
  const f = new Int32Array(LANES * q);
  for (let first = 0; first < count; first += LANES) {
    const p0 = PRIMES[first] as number;
    const p1 = PRIMES[first + 1] as number;
    const p2 = PRIMES[first + 2] as number;
    const p3 = PRIMES[first + 3] as number;
    f.fill(0);
    f.fill(1, 0, LANES);
    let reach = 0;
    for (const w of positive) {
      const top = LANES * Math.min(q - 1, reach + w);
      const shift = LANES * w;
      for (let s = top; s >= shift; s -= LANES) {
        const t = s - shift;
        let x = ((f[s] as number) + (f[t] as number) - p0) | 0;
        f[s] = x + ((x >> 31) & p0);
        x = ((f[s + 1] as number) + (f[t + 1] as number) - p1) | 0;
        f[s + 1] = x + ((x >> 31) & p1);
        x = ((f[s + 2] as number) + (f[t + 2] as number) - p2) | 0;
        f[s + 2] = x + ((x >> 31) & p2);
        x = ((f[s + 3] as number) + (f[t + 3] as number) - p3) | 0;
        f[s + 3] = x + ((x >> 31) & p3);
      }
      reach += w;
    }
    for (let lane = 0; lane < LANES; lane++) {
      const p = PRIMES[first + lane] as number;
      // prefix sums: entry t becomes the number of coalitions of weight at most t (mod p)
      for (let t = 1; t < q; t++) {
        const at = LANES * t + lane;
        const x = ((f[at] as number) + (f[at - LANES] as number) - p) | 0;
        f[at] = x + ((x >> 31) & p);
      }
      losingResidues.push(f[LANES * (q - 1) + lane] as number);
      distinct.forEach((w, index) => {
        (swingResidues[index] as number[]).push(windowSum(f, q, w, p, lane));
      });
    }
  }
  const rebuild = chineseRemainder(count);
  const losing = rebuild(losingResidues) << zeros;
  const byWeight = new Map(
    distinct.map((w, index) => [w, rebuild(swingResidues[index] as number[]) << zeros]),
  );
  return {
    swings: weights.map((w) => byWeight.get(w) ?? 0n),
    winning: dual ? losing : coalitions - losing,
    coalitions,
  };
};

/**
 * The number of coalitions of the other players (mod p) whose weight lies in `[q - w, q - 1]`,
 * from the prefix sums `prefix[t]` of the generating function of all players. Dividing out a
 * player, `g = f / (1 + x^w) = Σ_j (-1)^j x^{jw} f`, so a window sum of `g` is an alternating sum
 * of `O(q / w)` window sums of `f` (rather than `O(q)` work per player).
 */
const windowSum = (prefix: Int32Array, q: number, w: number, p: number, lane: number): number => {
  const at = (t: number): number => prefix[LANES * t + lane] as number;
  const start = Math.max(0, q - w);
  let sum = 0;
  let sign = 1;
  for (let shift = 0; q - 1 - shift >= 0; shift += w) {
    const high = at(q - 1 - shift);
    const low = start - 1 - shift >= 0 ? at(start - 1 - shift) : 0;
    sum += sign * (high - low);
    sign = -sign;
    // keep the running sum exact in a double (each term is below 2^31)
    if (sum > 2 ** 52 || sum < -(2 ** 52)) sum %= p;
  }
  const r = sum % p;
  return r < 0 ? r + p : r;
};

/** The same count with `bigint` additions, for games with more players than the primes cover. */
const singleQuotaSwingsBigint = (
  weights: readonly number[],
  q: number,
  dual: boolean,
  coalitions: bigint,
): SwingCounts => {
  const f = new Array<bigint>(q).fill(0n);
  f[0] = 1n;
  let reach = 0;
  let zeros = 0n;
  for (const w of weights) {
    if (w === 0) {
      zeros += 1n;
      continue;
    }
    const top = Math.min(q - 1, reach + w);
    for (let s = top; s >= w; s--) {
      const below = f[s - w] as bigint;
      if (below !== 0n) f[s] = (f[s] as bigint) + below;
    }
    reach += w;
  }
  let losing = 0n;
  for (const c of f) losing += c;
  losing <<= zeros;
  const byWeight = new Map<number, bigint>();
  const g = new Array<bigint>(q).fill(0n);
  const swings = weights.map((w) => {
    if (w === 0) return 0n;
    const known = byWeight.get(w);
    if (known !== undefined) return known;
    let count = 0n;
    for (let s = 0; s < q; s++) {
      const value = s >= w ? (f[s] as bigint) - (g[s - w] as bigint) : (f[s] as bigint);
      g[s] = value;
      if (s >= q - w) count += value;
    }
    count <<= zeros;
    byWeight.set(w, count);
    return count;
  });
  return { swings, winning: dual ? losing : coalitions - losing, coalitions };
};

/**
 * For one quota `q` (already the smaller of the quota and its dual), the swing coalitions of each
 * player by size: `out[i][k]`, computed modulo primes and rebuilt exactly.
 */
const singleQuotaSwingsBySize = (weights: readonly number[], q: number): bigint[][] => {
  const n = weights.length;
  // every count is at most C(n, k) < 2^n; the Shapley-Shubik limits keep n far below 80 × 29
  const count = primesFor(n) ?? PRIMES.length;
  const distinct = [...new Set(weights)];
  // ascending order keeps the reachable rows and weights small for longest
  const ascending = weights.slice().sort((a, b) => a - b);
  // residues[index][k][j]
  const residues = distinct.map(() => Array.from({ length: n }, () => [] as number[]));
  // table[k q + s]: coalitions of k players and weight s, modulo the current prime. (Interleaving
  // four primes, as the Banzhaf count does, measured slower here: the table is too large for cache.)
  const table = new Int32Array((n + 1) * q);
  for (let j = 0; j < count; j++) {
    const p = PRIMES[j] as number;
    table.fill(0);
    table[0] = 1;
    // row k can be non-zero only at weights seenLow[k]..seenHigh[k]
    const seenLow = new Array<number>(n + 1).fill(q);
    const seenHigh = new Array<number>(n + 1).fill(-1);
    seenLow[0] = 0;
    seenHigh[0] = 0;
    // rows above `rows` are still empty (a row fills only from the one below it)
    let rows = 0;
    ascending.forEach((w) => {
      if (w >= q) return;
      for (let k = rows; k >= 0; k--) {
        const sourceLow = seenLow[k] as number;
        const sourceHigh = seenHigh[k] as number;
        if (sourceLow > sourceHigh) continue;
        const top = Math.min(q - 1, sourceHigh + w);
        const bottom = sourceLow + w;
        if (bottom > top) continue;
        const from = k * q - w;
        const to = (k + 1) * q;
        for (let s = top; s >= bottom; s--) {
          const x = ((table[to + s] as number) + (table[from + s] as number) - p) | 0;
          table[to + s] = x + ((x >> 31) & p);
        }
        seenLow[k + 1] = Math.min(seenLow[k + 1] as number, bottom);
        seenHigh[k + 1] = Math.max(seenHigh[k + 1] as number, top);
        if (k === rows) rows = k + 1;
      }
    });
    // prefix sums along each row: entry (k, t) becomes the count of k-player coalitions of weight ≤ t
    for (let k = 0; k <= n; k++) {
      const base = k * q;
      for (let t = 1; t < q; t++) {
        const x = ((table[base + t] as number) + (table[base + t - 1] as number) - p) | 0;
        table[base + t] = x + ((x >> 31) & p);
      }
    }
    distinct.forEach((w, index) => {
      const rows = residues[index] as number[][];
      const start = Math.max(0, q - w);
      for (let k = 0; k < n; k++) {
        // G[k][s] = Σ_j (-1)^j F[k - j][s - j w]: alternate over rows k, k-1, ... and shifts 0, w, ...
        let sum = 0;
        if (w > 0) {
          let sign = 1;
          for (let i = 0; i <= k && q - 1 - i * w >= 0; i++) {
            const base = (k - i) * q;
            const high = table[base + q - 1 - i * w] as number;
            const lowIndex = start - 1 - i * w;
            const low = lowIndex >= 0 ? (table[base + lowIndex] as number) : 0;
            sum += sign * (high - low);
            sign = -sign;
          }
        }
        const r = sum % p;
        (rows[k] as number[]).push(r < 0 ? r + p : r);
      }
    });
  }
  const rebuild = chineseRemainder(count);
  const byWeight = new Map(
    distinct.map((w, index) => [w, (residues[index] as number[][]).map((row) => rebuild(row))]),
  );
  return weights.map((w) => byWeight.get(w) as bigint[]);
};

interface HalfList {
  readonly size: Int32Array;
  readonly sums: Float64Array[];
  readonly length: number;
}

/** Every subset of `members`: its size and its sum in each dimension. */
const listSubsets = (game: WeightedGame, members: readonly number[]): HalfList => {
  const dims = game.quotas.length;
  const length = 2 ** members.length;
  const size = new Int32Array(length);
  const sums = Array.from({ length: dims }, () => new Float64Array(length));
  for (let bit = 0; bit < members.length; bit++) {
    const player = members[bit] as number;
    const half = 2 ** bit;
    for (let mask = half; mask < 2 * half; mask++) {
      size[mask] = (size[mask - half] as number) + 1;
      for (let d = 0; d < dims; d++) {
        const column = sums[d] as Float64Array;
        column[mask] =
          (column[mask - half] as number) + ((game.weights[d] as number[])[player] as number);
      }
    }
  }
  return { size, sums, length };
};

interface Group {
  readonly size: number;
  readonly heads: readonly number[];
  readonly last: Float64Array;
}

/** Groups the subsets of one half by size and capped first dimensions, sorted on the last. */
const groupHalf = (half: HalfList, caps: readonly number[]): Group[] => {
  const dims = half.sums.length;
  const groups = new Map<string, { size: number; heads: number[]; last: number[] }>();
  for (let m = 0; m < half.length; m++) {
    const heads: number[] = [];
    for (let d = 0; d < dims - 1; d++) {
      heads.push(Math.min((half.sums[d] as Float64Array)[m] as number, caps[d] as number));
    }
    const size = half.size[m] as number;
    const key = `${size}|${heads.join(",")}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { size, heads, last: [] };
      groups.set(key, group);
    }
    group.last.push((half.sums[dims - 1] as Float64Array)[m] as number);
  }
  return [...groups.values()].map((g) => ({
    size: g.size,
    heads: g.heads,
    last: Float64Array.from(g.last).sort(),
  }));
};

/** The number of entries of a sorted array that are at least `bound`. */
const countAtLeast = (sorted: Float64Array, bound: number): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < bound) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
};

/** Counts, by size, the subsets of `left ∪ right` whose sums reach `thresholds` in every dimension. */
const countReaching = (
  left: HalfList,
  right: readonly Group[],
  thresholds: readonly number[],
  out: number[],
): void => {
  const dims = thresholds.length;
  const lastThreshold = thresholds[dims - 1] as number;
  for (let m = 0; m < left.length; m++) {
    const sizeLeft = left.size[m] as number;
    for (const group of right) {
      let ok = true;
      for (let d = 0; d < dims - 1; d++) {
        if (
          ((left.sums[d] as Float64Array)[m] as number) + (group.heads[d] as number) <
          (thresholds[d] as number)
        ) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const need = lastThreshold - ((left.sums[dims - 1] as Float64Array)[m] as number);
      const count = need <= 0 ? group.last.length : countAtLeast(group.last, need);
      if (count > 0) out[sizeLeft + group.size] = (out[sizeLeft + group.size] as number) + count;
    }
  }
};

/** Swings by size for a game with several quotas, by meet-in-the-middle. */
const multiQuotaSwingsBySize = (game: WeightedGame): { swings: bigint[][]; winning: bigint } => {
  const n = game.players.length;
  const swings: bigint[][] = [];
  let winning = 0n;
  for (let i = 0; i < n; i++) {
    const others = game.players.map((_, j) => j).filter((j) => j !== i);
    const middle = Math.floor(others.length / 2);
    const left = listSubsets(game, others.slice(0, middle));
    const right = groupHalf(listSubsets(game, others.slice(middle)), game.quotas);
    const withPlayer = new Array<number>(n).fill(0);
    const without = new Array<number>(n).fill(0);
    const lowered = game.quotas.map((q, d) => q - ((game.weights[d] as number[])[i] as number));
    countReaching(left, right, lowered, withPlayer);
    countReaching(left, right, game.quotas, without);
    swings.push(withPlayer.map((count, k) => BigInt(count - (without[k] as number))));
    if (i === 0) {
      // winning coalitions of N: those without player 0 that win, plus those with it that win
      const sum = (xs: number[]): bigint => xs.reduce((a, b) => a + BigInt(b), 0n);
      winning = sum(withPlayer) + sum(without);
    }
  }
  return { swings, winning };
};
