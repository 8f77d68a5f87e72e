/**
 * `co-decide methods`: the registry's methods with their ballots and properties, and the
 * participatory budgeting methods.
 *
 * @internal
 * @module
 */
import { BUDGET_METHODS } from "../../committees/budget/allocate.js";
import { listMethods } from "../../voting/registry.js";
import { type Command, EXIT, stringOption, UsageError } from "../command.js";
import { FORMAT_NAMES, formatterOf } from "../output.js";

export const methods: Command = {
  name: "methods",
  summary: "list the counting methods with their ballots and properties",
  help: `Usage: co-decide methods [--format ${FORMAT_NAMES}]

Lists every method 'co-decide count --method ID' knows: its id, the ballot it reads (ranking,
approval, scores or grades), whether it fills several seats, its name and the properties it
satisfies; then the participatory budgeting methods for .pb files.

Options:
      --format FORMAT  ${FORMAT_NAMES} (default text)
  -h, --help           this help
`,
  options: { format: { type: "string" } },
  run: async ({ values, positionals, io }) => {
    if (positionals.length > 0) {
      throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    }
    const formatter = formatterOf(stringOption(values, "format"));
    io.stdout.write(
      formatter({ kind: "methods", value: { methods: listMethods(), budget: BUDGET_METHODS } }),
    );
    return EXIT.ok;
  },
};
