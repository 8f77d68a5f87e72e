/**
 * Minimal winning coalitions, and the enumeration of coalitions that the Deegan-Packel, Holler
 * (public good) and Johnston indices need.
 *
 * A winning coalition is minimal when every member is critical: if any one leaves, it loses
 * (Riker 1962). The enumeration is a depth-first search over the players sorted by weight, largest
 * first, that stops at a branch as soon as the coalition cannot win even with every remaining
 * player, and (for minimal coalitions) as soon as it wins, since any larger coalition is not
 * minimal. Work is bounded: past `maxNodes` visited coalitions the functions return `Unsupported`
 * rather than run for hours.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Unsupported, unsupported } from "../core/errors.js";
import type { WeightedGame } from "./game.js";

/** The most players an enumeration accepts (the search recurses once per member). @internal */
const MAX_ENUMERATION_PLAYERS = 4000;

/** The default bound on coalitions visited by an enumeration. @category games */
export const DEFAULT_MAX_NODES: number = 20_000_000;

/**
 * Options of {@link minimalWinningCoalitions}.
 *
 * @category games
 */
export interface MinimalWinningOptions {
  /** How many coalitions to list at most (all are still counted). Default 1,000. */
  readonly limit?: number;
  /** The most coalitions the search may visit before it gives up. Default 20,000,000. */
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
 * (see the module comment). `Unsupported` (reason `too_many_coalitions`) when the search would visit
 * more than `maxNodes` coalitions.
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
): E.Either<Unsupported, MinimalWinningCoalitions> => {
  const limit = options.limit ?? 1000;
  const listed: number[][] = [];
  let total = 0n;
  const outcome = enumerateCoalitions(
    game,
    "minimal",
    options.maxNodes ?? DEFAULT_MAX_NODES,
    (members) => {
      total += 1n;
      if (listed.length < limit) listed.push(members.slice().sort((a, b) => a - b));
    },
  );
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
  maxNodes: number,
  visit: (members: readonly number[], critical: readonly number[]) => void,
): E.Either<Unsupported, void> => {
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
  return exhausted
    ? E.left(
        unsupported(
          "too_many_coalitions",
          `Listing the coalitions of this ${n}-player game needs more than ${maxNodes} steps; raise maxNodes or use an index counted by generating functions (banzhaf, shapley-shubik).`,
        ),
      )
    : E.right(undefined);
};
