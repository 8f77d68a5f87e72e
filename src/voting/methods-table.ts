/**
 * The properties table of the facilitators' guide (`docs/choosing-a-method.md`), generated from
 * the registry so that the guide cannot drift from what the methods claim.
 *
 * @module
 */
import type { AnyMethodDefinition, MethodProperty } from "../counting/method.js";
import { listMethods } from "./registry.js";

const COLUMNS: readonly (readonly [MethodProperty, string])[] = [
  ["majority", "Majority"],
  ["condorcet-winner", "Condorcet winner"],
  ["condorcet-loser", "Condorcet loser"],
  ["smith", "Smith"],
  ["monotonicity", "Monotone"],
  ["later-no-harm", "Later-no-harm"],
  ["participation", "Participation"],
  ["clone-independence", "Clone-proof"],
  ["reversal-symmetry", "Reversal symmetry"],
];

const BALLOT_WORDS: Readonly<Record<AnyMethodDefinition["ballotKind"], string>> = {
  ranked: "ranking",
  approval: "approval",
  score: "scores",
  grades: "grades",
};

const mark = (method: AnyMethodDefinition, property: MethodProperty): string =>
  method.satisfies.includes(property) ? "yes" : method.fails.includes(property) ? "no" : "·";

/**
 * Writes the registry's properties table as Markdown: one row per method, with its ballot, the
 * main criteria (`yes` satisfied and property-tested, `no` known to fail, `·` not stated) and its
 * complexity.
 *
 * @remarks
 * Every method claims anonymity and neutrality, so the table leaves them out. The criteria are
 * the social choice literature's (Tideman 2006, Collective Decisions and Voting; Zwicker 2016).
 *
 * @param methods - the methods to list (default: the whole registry).
 * @example
 * ```ts
 * import { methodsTable } from "co-decide/voting";
 *
 * methodsTable().split("\n")[0];
 * // => "| Method | id | Ballot | Majority | Condorcet winner | ... | Complexity |"
 * ```
 *
 * @category registry
 */
export const methodsTable = (methods: readonly AnyMethodDefinition[] = listMethods()): string => {
  const header = ["Method", "id", "Ballot", ...COLUMNS.map(([, title]) => title), "Complexity"];
  const rows = methods.map((m) => [
    m.name,
    `\`${m.id}\``,
    BALLOT_WORDS[m.ballotKind],
    ...COLUMNS.map(([property]) => mark(m, property)),
    m.complexity.replace(/\|/g, "\\|"),
  ]);
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
};
