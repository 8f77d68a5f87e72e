/**
 * The Condorcet family: methods that read the pairwise matrix.
 *
 * @module
 */
import type { AnyMethodDefinition } from "../method.js";

/** The registry entries of the Condorcet family. @category registry */
export const CONDORCET_METHODS: readonly AnyMethodDefinition[] = [];
