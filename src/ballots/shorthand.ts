/**
 * The ranked-ballot shorthand `"c>a=b"`: `>` separates tiers (best first) and `=` joins tied
 * candidates. Spaces around names are ignored; names cannot contain `>` or `=` in shorthand (use
 * the `{ ranking }` form for such names). The empty string is a ballot that ranks nobody.
 *
 * @module
 */

/**
 * Splits shorthand into tiers of names, or says what is wrong with it.
 *
 * @example
 * ```ts
 * import { parseShorthand } from "co-decide/ballots";
 *
 * parseShorthand("c > a = b"); // => { tiers: [["c"], ["a", "b"]] }
 * parseShorthand("a>>b");      // => { error: "tier 2 is empty (two '>' in a row?)" }
 * parseShorthand(5 as never);  // => { error: 'expected shorthand as a string, such as "a>b=c"' }
 * ```
 *
 * @category ballots
 */
export const parseShorthand = (
  text: string,
): { readonly tiers: string[][] } | { readonly error: string } => {
  // A JavaScript caller may pass anything; only a string is shorthand.
  if (typeof text !== "string") return { error: 'expected shorthand as a string, such as "a>b=c"' };
  if (text.trim() === "") return { tiers: [] };
  const tiers: string[][] = [];
  const parts = text.split(">");
  for (let t = 0; t < parts.length; t++) {
    const names = (parts[t] as string).split("=").map((name) => name.trim());
    if (names.length === 1 && names[0] === "") {
      return { error: `tier ${t + 1} is empty (two '>' in a row?)` };
    }
    if (names.some((name) => name === "")) {
      return { error: `tier ${t + 1} has an empty name (an '=' with nothing beside it?)` };
    }
    tiers.push(names);
  }
  return { tiers };
};

/**
 * Writes tiers of names as shorthand; the inverse of {@link parseShorthand} for names without
 * `>`, `=` or surrounding spaces.
 *
 * @example
 * ```ts
 * import { formatShorthand } from "co-decide/ballots";
 *
 * formatShorthand([["c"], ["a", "b"]]); // => "c>a=b"
 * ```
 *
 * @category ballots
 */
export const formatShorthand = (tiers: readonly (readonly string[])[]): string =>
  tiers.map((tier) => tier.join("=")).join(">");
