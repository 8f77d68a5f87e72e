/// <reference types="node" />
/**
 * The command-line tool `co-decide`: the table of commands, the global `--help` and `--version`,
 * argument parsing with `util.parseArgs`, and the exit codes (0 ok, 1 bad input, 2 usage).
 *
 * Adding a command is one entry in {@link COMMANDS} (a {@link Command} in `commands/`).
 *
 * @internal
 * @module
 */
import { parseArgs } from "node:util";
import { type Command, EXIT, UsageError, usage } from "./command.js";
import { assess } from "./commands/assess.js";
import { count } from "./commands/count.js";
import { ledger } from "./commands/ledger.js";
import { methods } from "./commands/methods.js";
import { power } from "./commands/power.js";
import { type CliIo, ReadFailure } from "./io.js";

/** Every command, by name. */
export const COMMANDS: readonly Command[] = [count, methods, power, ledger, assess];

/** The package's version, set by the build (`define` in tsup.config.ts and the CLI test's bundle). */
declare const CO_DECIDE_VERSION: string | undefined;
const version = (): string =>
  typeof CO_DECIDE_VERSION === "string" ? CO_DECIDE_VERSION : "0.0.0-dev";

const mainHelp = (): string => {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: co-decide COMMAND [options]

Counts votes, measures power and tracks commitments, with every result explained.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     this help (and 'co-decide COMMAND --help' for a command's)
  -v, --version  the version

Exit codes: 0 ok, 1 bad input (with its path or line:column), 2 bad usage.
`;
};

/** Runs the tool on its arguments (without `node` and the script) and returns the exit code. */
export const main = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    (name === undefined ? io.stderr : io.stdout).write(topic?.help ?? mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    return usage(
      io,
      "",
      name.startsWith("-")
        ? `unknown option ${JSON.stringify(name)}`
        : `unknown command ${JSON.stringify(name)} (expected ${COMMANDS.map((c) => c.name).join(", ")})`,
    );
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (cause) {
    return usage(io, command.name, cause instanceof Error ? cause.message : String(cause));
  }
  if (parsed.values["help"] === true) {
    io.stdout.write(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run({ values: parsed.values, positionals: parsed.positionals, io });
  } catch (cause) {
    if (cause instanceof UsageError) return usage(io, command.name, cause.message);
    if (cause instanceof ReadFailure) {
      io.stderr.write(`co-decide ${command.name}: ${cause.message}\n`);
      return EXIT.badInput;
    }
    io.stderr.write(
      `co-decide ${command.name}: internal error (${cause instanceof Error ? cause.message : String(cause)}); please report it\n`,
    );
    return EXIT.badInput;
  }
};
