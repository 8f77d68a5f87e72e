/**
 * Render: pure text views of every co-decide result, to show the room why it came out as it did.
 * Markdown tables (`toMarkdown`) and SVG charts (`toSvg`), as strings: no DOM, no Node APIs, the
 * same string for the same result. See `docs/showing-results.md`.
 *
 * This module reads the other modules' result types only (it imports their types, and runtime
 * code from `core` alone), so a page that renders a stored result need not load the methods.
 *
 * @module co-decide/render
 */

export { type RenderableResult, type RenderKind, resultKind } from "./kind.js";
