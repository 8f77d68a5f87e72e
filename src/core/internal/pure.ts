/**
 * Module-level values that bundlers may drop when nothing uses them.
 *
 * A bundler keeps every top-level call it cannot prove free of side effects, and with it every
 * function and schema that call reaches. zod schemas are built by calls (`z.strictObject(...)`,
 * `.check(...)`), so one unused options schema would keep its whole method in a page's bundle.
 * Write such a value as `/* @__PURE__ *\/ pure(() => ...)`: the annotation tells esbuild, Rollup,
 * webpack and terser that the call may be removed when its result is unused, and the arrow hides
 * the nested calls from their side-effect analysis. A one-level call with literal arguments (`new
 * Set([...])`) needs only the annotation. tests/package/tree-shaking.test.ts checks that importing
 * any module for its side effects alone leaves no code.
 *
 * @internal
 * @module
 */

/**
 * Builds a value once, at module load. Only meaningful behind a `/* @__PURE__ *\/` annotation.
 *
 * @internal
 */
export const pure = <T>(build: () => T): T => build();
