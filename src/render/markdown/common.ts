/**
 * The sections every view that has them ends with: the ties met and the explanation's steps.
 *
 * @internal
 * @module
 */
import { type Context, section } from "./options.js";
import { bullets, esc, list, numbered, record } from "./write.js";

/** Every tie met, as its record says it (shared by every view). @internal */
export const ties = (context: Context, value: unknown): string | undefined => {
  const all = list(value).map(record);
  if (all.length === 0) return undefined;
  return `${section(context, "Ties")}\n\n${bullets(all.map((t) => esc(t["text"])))}`;
};

/** The explanation's steps, numbered (shared by every view). @internal */
export const explanation = (context: Context, value: unknown): string | undefined => {
  const steps = list(value).map(record);
  if (!context.explanation || steps.length === 0) return undefined;
  return `${section(context, "How it was decided")}\n\n${numbered(steps.map((s) => esc(s["text"])))}`;
};
