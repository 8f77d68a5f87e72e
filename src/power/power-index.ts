/**
 * The boundary of the power module: `powerIndex(spec)` reads a spec from anywhere (a form, a JSON
 * file, a request), checks it, and computes one power index for every player (DESIGN.md 3.3).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { type DecideError, invalidInput, invalidInputAt, unknownMethod } from "../core/errors.js";
import { pure } from "../core/internal/pure.js";
import { validate } from "../core/validation.js";
import { banzhaf, penrose } from "./banzhaf.js";
import { colemanInitiate, colemanPrevent } from "./coleman.js";
import { deeganPackel } from "./deegan-packel.js";
import { type WeightedGame, weightedGame } from "./game.js";
import { johnston } from "./johnston.js";
import { monteCarloPower } from "./monte-carlo.js";
import { publicGood } from "./public-good.js";
import { POWER_INDEX_IDS, type PowerIndexId, type PowerResult } from "./result.js";
import { shapleyShubik } from "./shapley-shubik.js";

const SpecSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    index: z.enum(POWER_INDEX_IDS as [PowerIndexId, ...PowerIndexId[]]),
    quota: z.optional(z.unknown()),
    quotas: z.optional(z.unknown()),
    weights: z.unknown(),
    method: z.optional(z.enum(["exact", "monte-carlo"])),
    samples: z.optional(z.int().check(z.minimum(1), z.maximum(100_000_000))),
    seed: z.optional(z.string()),
    confidence: z.optional(
      z
        .number()
        .check(z.refine((c) => c > 0 && c < 1, { message: "must be more than 0 and less than 1" })),
    ),
    maxNodes: z.optional(z.unknown()),
    maxWork: z.optional(z.unknown()),
  }),
);

type Spec = z.infer<typeof SpecSchema>;

/**
 * Computes a power index for every player of a weighted voting game described by a spec.
 *
 * @remarks
 * Spec: `{ index, quota, weights: { name: w } }`, or `{ index, quotas: [q1, q2], weights: { name:
 * [w1, w2] } }` for a game where every quota must be met. `index` is one of `banzhaf`, `penrose`,
 * `shapley-shubik`, `deegan-packel`, `public-good`, `johnston`, `coleman-prevent`,
 * `coleman-initiate` (see each function for its source and normalisation). Weights and quotas are
 * numbers or `"p/q"` strings.
 *
 * `method` is `exact` by default: exact counting ({@link swingCounts}, {@link pivotCounts}) or
 * enumeration ({@link minimalWinningCoalitions}), returning `Unsupported` when a game is too large
 * for it. `method: "monte-carlo"` (with `samples`, `seed`, `confidence`) estimates Penrose, Banzhaf
 * or Shapley-Shubik instead ({@link monteCarloPower}). The method is never switched silently, and
 * the result names the one used.
 *
 * Errors: `UnknownMethod` for an unknown index id; `InvalidInput` with every problem and its path
 * (`weights["LU"]`, `quotas[1]`), including an option that the chosen method would ignore
 * (`samples` with the exact method, `maxNodes` with Monte Carlo: code `option_not_used`);
 * `Unsupported` as above. Never throws.
 *
 * Work limits (each checked before the work starts, refused as `Unsupported` with reason
 * `work_limit`, naming the limit, the input's size and the field that raises it): exact counts by
 * generating functions or meet-in-the-middle, `maxWork` ({@link EXACT_WORK_LIMIT}, default
 * 2,000,000,000 estimated steps); enumerations (`deegan-packel`, `public-good`, `johnston`),
 * `maxNodes` ({@link NODES_LIMIT}, default 1,000,000 coalitions); Monte Carlo, `maxWork`
 * ({@link SAMPLING_WORK_LIMIT}, default 30,000,000 player-samples).
 *
 * @example The 1958 EEC Council of Ministers
 * ```ts
 * import { powerIndex } from "co-decide/power";
 *
 * powerIndex({
 *   index: "shapley-shubik",
 *   quota: 12,
 *   weights: { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 },
 * });
 * // => right({ index: "shapley-shubik", method: "exact",
 * //    exact: { France: "7/30", ..., Belgium: "3/20", ..., Luxembourg: "0" },
 * //    dummies: ["Luxembourg"], pivots: { France: "168", ... }, orderings: "720", ... })
 * ```
 *
 * @category power indices
 */
export const powerIndex = (spec: unknown): E.Either<DecideError, PowerResult> => {
  try {
    if (typeof spec === "object" && spec !== null && !Array.isArray(spec)) {
      const index: unknown = (spec as { index?: unknown }).index;
      if (typeof index === "string" && !(POWER_INDEX_IDS as readonly string[]).includes(index)) {
        return E.left(unknownMethod(index, POWER_INDEX_IDS));
      }
    }
    return E.flatMap(validate(SpecSchema, spec), run);
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `the spec could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
      ),
    );
  }
};

const run = (spec: Spec): E.Either<DecideError, PowerResult> => {
  if (spec.quota !== undefined && spec.quotas !== undefined) {
    return E.left(
      invalidInputAt("quotas", "both_quota_forms", "give either quota or quotas, not both"),
    );
  }
  if (spec.quota === undefined && spec.quotas === undefined) {
    return E.left(invalidInputAt("quota", "invalid_type", "required: expected a number or quotas"));
  }
  const misplaced = (
    spec.method === "monte-carlo" ? ["maxNodes"] : ["samples", "seed", "confidence"]
  ).filter((key) => spec[key as keyof Spec] !== undefined);
  if (spec.maxNodes !== undefined && !ENUMERATED.has(spec.index) && spec.method !== "monte-carlo") {
    misplaced.push("maxNodes");
  }
  if (misplaced.length > 0) {
    const method = spec.method ?? "exact";
    return E.left(
      invalidInput(
        misplaced.map((key) => ({
          path: key,
          code: "option_not_used",
          message: `${key} does not apply to method "${method}"`,
        })),
      ),
    );
  }
  const gameSpec =
    spec.quotas !== undefined
      ? { quotas: spec.quotas, weights: spec.weights }
      : { quota: spec.quota, weights: spec.weights };
  return E.flatMap(weightedGame(gameSpec), (game): E.Either<DecideError, PowerResult> => {
    if (spec.method === "monte-carlo") {
      return monteCarloPower(game, spec.index, {
        ...(spec.samples === undefined ? {} : { samples: spec.samples }),
        ...(spec.seed === undefined ? {} : { seed: spec.seed }),
        ...(spec.confidence === undefined ? {} : { confidence: spec.confidence }),
        ...(spec.maxWork === undefined ? {} : { maxWork: spec.maxWork as number }),
      });
    }
    return exactIndex(game, spec.index, spec.maxNodes, spec.maxWork);
  });
};

/** The indices computed by enumerating coalitions, which take `maxNodes` (not `maxWork`). */
const ENUMERATED: ReadonlySet<string> = new Set(["deegan-packel", "public-good", "johnston"]);

const exactIndex = (
  game: WeightedGame,
  index: PowerIndexId,
  maxNodes: unknown,
  maxWork: unknown,
): E.Either<DecideError, PowerResult> => {
  if (maxWork !== undefined && ENUMERATED.has(index)) {
    return E.left(
      invalidInputAt(
        "maxWork",
        "option_not_used",
        `maxWork does not apply to ${index}; use maxNodes`,
      ),
    );
  }
  const enumeration = maxNodes === undefined ? {} : { maxNodes: maxNodes as number };
  const counting = maxWork === undefined ? {} : { maxWork: maxWork as number };
  switch (index) {
    case "banzhaf":
      return banzhaf(game, counting);
    case "penrose":
      return penrose(game, counting);
    case "shapley-shubik":
      return shapleyShubik(game, counting);
    case "deegan-packel":
      return deeganPackel(game, enumeration);
    case "public-good":
      return publicGood(game, enumeration);
    case "johnston":
      return johnston(game, enumeration);
    case "coleman-prevent":
      return colemanPrevent(game, counting);
    case "coleman-initiate":
      return colemanInitiate(game, counting);
  }
};
