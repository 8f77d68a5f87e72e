/**
 * `co-decide power FILE.json`: a power index of a weighted voting game (`powerIndex`).
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { powerIndex } from "../../power/power-index.js";
import { badInput, type Command, EXIT, fileArgument, stringOption } from "../command.js";
import { createProgress, readText } from "../io.js";
import { parseJson } from "../json.js";
import { FORMAT_NAMES, formatterOf } from "../output.js";

export const power: Command = {
  name: "power",
  summary: "compute a power index (Banzhaf, Shapley-Shubik, ...) of a weighted voting game",
  help: `Usage: co-decide power FILE.json [--format ${FORMAT_NAMES}]

Reads a weighted game spec from FILE.json (or standard input as -), as powerIndex takes it:
  { "index": "banzhaf", "quota": 12, "weights": { "France": 4, "Germany": 4, "Luxembourg": 1 } }
and prints each player's share of power, exact where the index is counted exactly.

Options:
      --format FORMAT  ${FORMAT_NAMES} (default text)
      --no-progress    no progress bar on standard error
  -h, --help           this help

Exit codes: 0 computed, 1 bad input (the error names its path or line:column), 2 bad usage.
`,
  options: { format: { type: "string" }, "no-progress": { type: "boolean" } },
  run: async ({ values, positionals, io }) => {
    const file = fileArgument(positionals, "FILE.json");
    const formatter = formatterOf(stringOption(values, "format"));
    const progress = createProgress(io.stderr, values["no-progress"] !== true);
    const result = E.flatMap(parseJson(await readText(file, io, progress)), powerIndex);
    if (E.isLeft(result)) return badInput(io, file, result.left);
    io.stdout.write(formatter({ kind: "power", value: result.right }));
    return EXIT.ok;
  },
};
