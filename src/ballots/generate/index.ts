/**
 * Seeded profile generators for simulations and property tests: impartial culture, Mallows,
 * Pólya urn, Euclidean (spatial), impartial approval and resampling approval. Each takes its
 * options and a `seed` and returns `Either<DecideError, Profile>`; the same seed gives the same
 * profile in every runtime.
 *
 * @module
 */
export {
  type EuclideanOptions,
  euclidean,
} from "./euclidean.js";
export {
  type ImpartialApprovalOptions,
  impartialApproval,
} from "./impartial-approval.js";
export {
  type ImpartialCultureOptions,
  impartialCulture,
} from "./impartial-culture.js";
export { type MallowsOptions, mallows } from "./mallows.js";
export { type ResamplingApprovalOptions, resamplingApproval } from "./resampling.js";
export {
  GENERATOR_LIMITS,
  type GeneratorOptions,
  MAX_VOTERS,
  type RankedGeneratorOptions,
} from "./shared.js";
export { type PolyaUrnOptions, polyaUrn } from "./urn.js";
