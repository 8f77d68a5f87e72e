/**
 * `co-decide assess PROCESS.json`: a joint decision process (`parseProcess`) assessed under the
 * five factors, with its flags (`assessProcess`).
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { assessProcess } from "../../process/assess.js";
import { parseProcess } from "../../process/parse.js";
import { badInput, type Command, EXIT, fileArgument, stringOption } from "../command.js";
import { createProgress, readText } from "../io.js";
import { parseJson } from "../json.js";
import { FORMAT_NAMES, formatterOf } from "../output.js";

export const assess: Command = {
  name: "assess",
  summary: "assess a joint decision process (.json): depth, power, follow-through, time, moment",
  help: `Usage: co-decide assess PROCESS.json [--as-of DATE] [--format ${FORMAT_NAMES}]

Reads a JointProcess from PROCESS.json (or standard input as -), as parseProcess takes it, and
prints its indicators under the five factors (depth of engagement, power, follow-through, time,
the right moment) and every flag raised, with the evidence and the threshold behind it.
See docs/assessing-a-process.md.

Options:
      --as-of DATE     the day to assess at, YYYY-MM-DD (default: today, UTC)
      --format FORMAT  ${FORMAT_NAMES} (default text)
      --no-progress    no progress bar on standard error
  -h, --help           this help

Exit codes: 0 assessed, 1 bad input (the error names its path or line:column), 2 bad usage.
`,
  options: {
    "as-of": { type: "string" },
    format: { type: "string" },
    "no-progress": { type: "boolean" },
  },
  run: async ({ values, positionals, io }) => {
    const file = fileArgument(positionals, "PROCESS.json");
    const formatter = formatterOf(stringOption(values, "format"));
    // The only wall-clock read besides `ledger`: an explicit --as-of makes the run reproducible.
    const asOf = stringOption(values, "as-of") ?? new Date().toISOString().slice(0, 10);
    const progress = createProgress(io.stderr, values["no-progress"] !== true);
    const result = E.flatMap(
      E.flatMap(parseJson(await readText(file, io, progress)), (input) => parseProcess(input)),
      (process) => assessProcess(process, { asOf }),
    );
    if (E.isLeft(result)) return badInput(io, file, result.left);
    io.stdout.write(formatter({ kind: "assessment", value: result.right }));
    return EXIT.ok;
  },
};
