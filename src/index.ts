/**
 * co-decide: decision-process primitives for joint, participatory decision-making.
 *
 * The root re-exports every module; each is also its own subpath (`co-decide/core`,
 * `co-decide/ballots`, `co-decide/voting`, `co-decide/power`, `co-decide/commitments`).
 *
 * @module co-decide
 */
export * from "./ballots/index.js";
export * from "./commitments/index.js";
export * from "./core/index.js";
export * from "./power/index.js";
export * from "./voting/index.js";
