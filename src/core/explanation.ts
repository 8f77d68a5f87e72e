/**
 * Explanations: the ordered steps of a count, each a plain-English sentence for a facilitator and
 * a machine-readable payload for an app or a renderer (DESIGN.md 3.2).
 *
 * @module
 */

/**
 * One step of an explanation.
 *
 * @category explanation
 */
export interface ExplanationStep {
  /** A stable machine code for the kind of step, e.g. `tally`, `eliminate`, `elect`, `tie`. */
  readonly kind: string;
  /** The step in one or two plain-English sentences. */
  readonly text: string;
  /** The numbers behind the sentence (JSON-serialisable; exact numbers as `"p/q"` strings). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * The ordered steps that explain an outcome.
 *
 * @category explanation
 */
export type Explanation = readonly ExplanationStep[];

/**
 * Builds one step.
 *
 * @example
 * ```ts
 * import { step } from "co-decide/core";
 *
 * step("elect", "Ann beats every other candidate head to head.", { winner: "Ann" });
 * // => { kind: "elect", text: "Ann beats every other candidate head to head.", data: { winner: "Ann" } }
 * ```
 *
 * @category explanation
 */
export const step = (
  kind: string,
  text: string,
  data?: Readonly<Record<string, unknown>>,
): ExplanationStep => (data === undefined ? { kind, text } : { kind, text, data });
