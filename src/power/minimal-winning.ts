/**
 * Minimal winning coalitions, and the enumeration of coalitions that the Deegan-Packel, Holler
 * (public good) and Johnston indices need.
 *
 * A winning coalition is minimal when every member is critical: if any one leaves, it loses
 * (Riker 1962). The enumeration is a depth-first search over the players sorted by weight, largest
 * first, that stops at a branch as soon as the coalition cannot win even with every remaining
 * player, and (for minimal coalitions) as soon as it wins, since any larger coalition is not
 * minimal. Work is bounded by {@link NODES_LIMIT}: before the search, a game with one quota whose
 * minimal winning coalitions alone outnumber `maxNodes` (counted in `O(n q)` by a generating
 * function; each of them is a node of the search) is refused at once, and during the search,
 * past `maxNodes` visited coalitions, the functions stop and return `Unsupported` rather than run
 * for hours.
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
import { defineLimit, resolveLimit, type WorkLimit, workLimitError } from "../core/limits.js";
import { checkGame, type WeightedGame } from "./game.js";

/** The most players an enumeration accepts (the search recurses once per member). @internal */
const MAX_ENUMERATION_PLAYERS = 4000;

/** The default bound on coalitions visited by an enumeration ({@link NODES_LIMIT}). @category games */
export const DEFAULT_MAX_NODES: number = 1_000_000;

/**
 * The work limit of the enumerations (Deegan-Packel, Holler, Johnston, minimal winning coalitions):
 * the coalitions the depth-first search visits. About 2 µs per coalition on a small two-core
 * machine under load, so the default of 1,000,000 stays near 2 s (the former default of
 * 20,000,000 took 9 to 15 s to refuse 40 equal players); `maxNodes` (an option of the functions, a
 * field of the `powerIndex` spec) raises it, up to 100,000,000.
 *
 * @category limits
 */
export const NODES_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "enumeration.nodes",
  unit: "coalitions to visit",
  default: DEFAULT_MAX_NODES,
  ceiling: 100_000_000,
  option: "maxNodes",
});

/** The largest `n × q` for which the minimal winning coalitions are counted before a search. */
const MAX_PRECOUNT_CELLS = 50_000_000;

/**
 * Options of {@link minimalWinningCoalitions}.
 *
 * @category games
 */
export interface MinimalWinningOptions {
  /** How many coalitions to list at most (all are still counted). Default 1,000. */
  readonly limit?: number;
  /** The most coalitions the search may visit: {@link NODES_LIMIT} (default 1,000,000). */
  readonly maxNodes?: number;
}

/**
 * The minimal winning coalitions of a game: listed (up to a limit) and counted.
 *
 * @category games
 */
export interface MinimalWinningCoalitions {
  /** The coalitions listed, each as player names in the order of the game. */
  readonly coalitions: readonly (readonly string[])[];
  /** How many there are in all, as a decimal string. */
  readonly total: string;
  /** Whether `coalitions` lists all of them. */
  readonly complete: boolean;
}

/**
 * Lists the smallest coalitions that win: every member is needed.
 *
 * @remarks
 * Riker (1962); the basis of the Deegan-Packel and Holler indices. Depth-first search with pruning
 * (see the module comment). `Unsupported` (reason `work_limit`, {@link NODES_LIMIT}) when the search
 * would visit more than `maxNodes` coalitions: at once when the minimal winning coalitions alone
 * are more, else when the search reaches the limit. A `maxNodes` that is not a whole number from 1
 * to 100,000,000 is an `InvalidInput` at `maxNodes`.
 *
 * @example The textbook game [6; 4, 3, 2, 1]
 * ```ts
 * import { minimalWinningCoalitions } from "co-decide/power";
 *
 * minimalWinningCoalitions(game);
 * // => right({ coalitions: [["a", "b"], ["a", "c"], ["b", "c", "d"]], total: "3", complete: true })
 * ```
 *
 * @category games
 */
export const minimalWinningCoalitions = (
  game: WeightedGame,
  options: MinimalWinningOptions = {},
): E.Either<Unsupported | InvalidInput, MinimalWinningCoalitions> => {
  if (typeof options !== "object" || options === null) {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
  }
  const limit = options.limit ?? 1000;
  if (!(typeof limit === "number" && Number.isInteger(limit) && limit >= 0)) {
    return E.left(
      invalidInputAt("options.limit", "out_of_range", "expected a whole number at least 0"),
    );
  }
  const listed: number[][] = [];
  let total = 0n;
  const outcome = enumerateCoalitions(game, "minimal", options.maxNodes, (members) => {
    total += 1n;
    if (listed.length < limit) listed.push(members.slice().sort((a, b) => a - b));
  });
  if (E.isLeft(outcome)) return outcome;
  listed.sort(compareCoalitions);
  return E.right({
    coalitions: listed.map((members) => members.map((i) => game.players[i] as string)),
    total: String(total),
    complete: BigInt(listed.length) === total,
  });
};

const compareCoalitions = (a: readonly number[], b: readonly number[]): number => {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const d = (a[k] as number) - (b[k] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
};

/**
 * Visits coalitions by depth-first search. `minimal`: each minimal winning coalition. `vulnerable`:
 * each winning coalition with at least one critical member, with its critical members.
 *
 * @internal
 */
export const enumerateCoalitions = (
  game: WeightedGame,
  kind: "minimal" | "vulnerable",
  requested: unknown,
  visit: (members: readonly number[], critical: readonly number[]) => void,
): E.Either<Unsupported | InvalidInput, void> => {
  const valid = checkGame(game);
  if (E.isLeft(valid)) return valid as E.Left<InvalidInput>;
  const allowed = resolveLimit(NODES_LIMIT, requested);
  if (E.isLeft(allowed)) return allowed;
  const maxNodes = allowed.right;
  const n = game.players.length;
  const dims = game.quotas.length;
  if (n > MAX_ENUMERATION_PLAYERS) {
    return E.left(
      unsupported(
        "too_many_coalitions",
        `Listing the coalitions of a ${n}-player game is beyond the enumeration limit of ${MAX_ENUMERATION_PLAYERS} players.`,
      ),
    );
  }
  const atLeast = minimalWinningCount(game);
  if (atLeast > maxNodes) {
    const error = workLimitError(NODES_LIMIT, atLeast, maxNodes);
    return E.left({
      ...error,
      message: `This game has ${formatCount(atLeast)} minimal winning coalitions, and the search would visit each of them: past the work limit of ${maxNodes} for ${NODES_LIMIT.name}; ${maxNodes < NODES_LIMIT.ceiling ? `set maxNodes (up to ${NODES_LIMIT.ceiling}) to allow more, or use an index counted by generating functions (banzhaf, shapley-shubik)` : `${NODES_LIMIT.ceiling} is the hard ceiling; use an index counted by generating functions (banzhaf, shapley-shubik)`}.`,
    });
  }
  const order = game.players
    .map((_, i) => i)
    .sort((a, b) => (game.weights[0]?.[b] ?? 0) - (game.weights[0]?.[a] ?? 0));
  // weightOf[d][k]: weight in dimension d of the k-th player in search order
  const weightOf = game.weights.map((row) => order.map((i) => row[i] as number));
  const suffix = weightOf.map((row) => {
    const out = new Array<number>(n + 1).fill(0);
    for (let k = n - 1; k >= 0; k--) out[k] = (out[k + 1] as number) + (row[k] as number);
    return out;
  });
  const maxWeight = weightOf.map((row) => Math.max(0, ...row));
  const sums = new Array<number>(dims).fill(0);
  const members: number[] = [];
  let nodes = 0;
  let exhausted = false;

  const wins = (): boolean => sums.every((s, d) => s >= (game.quotas[d] as number));
  const criticalMembers = (): number[] =>
    members.filter((k) =>
      sums.some(
        (s, d) => s - ((weightOf[d] as number[])[k] as number) < (game.quotas[d] as number),
      ),
    );

  const search = (start: number): void => {
    if (exhausted) return;
    nodes += 1;
    if (nodes > maxNodes) {
      exhausted = true;
      return;
    }
    if (wins()) {
      const critical = criticalMembers();
      const report = (): void =>
        visit(
          members.map((m) => order[m] as number),
          critical.map((m) => order[m] as number),
        );
      if (kind === "minimal") {
        if (critical.length === members.length) report();
        return;
      }
      if (critical.length > 0) report();
      // no larger coalition can have a critical member once every slack reaches every weight
      if (sums.every((s, d) => s - (game.quotas[d] as number) >= (maxWeight[d] as number))) return;
    }
    for (let k = start; k < n; k++) {
      // even with every remaining player the coalition would lose: stop this branch
      let reachable = true;
      for (let d = 0; d < dims; d++) {
        if (
          (sums[d] as number) + ((suffix[d] as number[])[k] as number) <
          (game.quotas[d] as number)
        ) {
          reachable = false;
          break;
        }
      }
      if (!reachable) break;
      members.push(k);
      for (let d = 0; d < dims; d++)
        sums[d] = (sums[d] as number) + ((weightOf[d] as number[])[k] as number);
      search(k + 1);
      for (let d = 0; d < dims; d++)
        sums[d] = (sums[d] as number) - ((weightOf[d] as number[])[k] as number);
      members.pop();
      if (exhausted) return;
    }
  };
  search(0);
  if (!exhausted) return E.right(undefined);
  const error = workLimitError(NODES_LIMIT, maxNodes + 1, maxNodes);
  return E.left({
    ...error,
    message: `Listing the coalitions of this ${n}-player game needs more than ${maxNodes} steps, the work limit for ${NODES_LIMIT.name}; ${maxNodes < NODES_LIMIT.ceiling ? `set maxNodes (up to ${NODES_LIMIT.ceiling}) to allow more, or use an index counted by generating functions (banzhaf, shapley-shubik)` : `${NODES_LIMIT.ceiling} is the hard ceiling; use an index counted by generating functions (banzhaf, shapley-shubik)`}.`,
  });
};

const formatCount = (x: number): string =>
  Number.isFinite(x) ? (x < 1e15 ? String(Math.round(x)) : x.toPrecision(3)) : "more than 1e308";

/**
 * The number of minimal winning coalitions of a game with one quota, as a double (it may round,
 * or be `Infinity`; it is only compared with a limit), or 0 when not counted (several quotas, or
 * `n × q` past {@link MAX_PRECOUNT_CELLS}).
 *
 * A coalition `S` wins minimally exactly when it wins and loses without its lightest member `j`
 * (then it loses without any member). With the players sorted by weight, largest first, and `j`
 * the last member of `S` in that order, `T = S \ {j}` is a coalition of the players before `j`
 * with `q - w_j ≤ w(T) < q`. So the count is a sum, over `j`, of a window of the generating
 * function `Π (1 + x^{w_i})` of the players before `j`, truncated below `q`: `O(n q)`.
 *
 * @internal
 */
export const minimalWinningCount = (game: WeightedGame): number => {
  if (game.quotas.length !== 1) return 0;
  const q = game.quotas[0] as number;
  const n = game.players.length;
  if (n * q > MAX_PRECOUNT_CELLS) return 0;
  const weights = (game.weights[0] as readonly number[]).slice().sort((a, b) => b - a);
  const f = new Float64Array(q);
  f[0] = 1;
  let reach = 0;
  let count = 0;
  for (const w of weights) {
    if (w === 0) continue;
    for (let s = Math.max(0, q - w); s < Math.min(q, reach + 1); s++) count += f[s] as number;
    for (let s = Math.min(q - 1, reach + w); s >= w; s--)
      f[s] = (f[s] as number) + (f[s - w] as number);
    reach += w;
  }
  return count;
};
