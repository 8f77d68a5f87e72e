/// <reference types="node" />
/**
 * What every command of the tool is: a name, its help, its options for `util.parseArgs`, and a
 * function from parsed arguments to an exit code. `main.ts` holds the table of commands, so a new
 * command (the lead's `assess`) is one entry there.
 *
 * @internal
 * @module
 */
import type { ParseArgsConfig } from "node:util";
import { type DecideError, formatDecideError } from "../core/errors.js";
import type { CliIo } from "./io.js";

/** The tool's exit codes. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** The values `util.parseArgs` gives for a command's options. */
export type OptionValues = Readonly<
  Record<string, string | boolean | (string | boolean)[] | undefined>
>;

/** The arguments of one run of a command. */
export interface CommandArgs {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
  readonly io: CliIo;
}

/** One command of the tool. */
export interface Command {
  /** The word after `co-decide`. */
  readonly name: string;
  /** One line for `co-decide --help`. */
  readonly summary: string;
  /** The whole of `co-decide NAME --help`. */
  readonly help: string;
  /** Its options, as `util.parseArgs` reads them (`--help` is added to every command). */
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  readonly run: (args: CommandArgs) => Promise<number>;
}

/** A mistake in how the tool was called: exit code 2, with a pointer to the help. */
export class UsageError extends Error {}

/** Prints a usage mistake and returns exit code 2. */
export const usage = (io: CliIo, command: string, message: string): number => {
  const where = command === "" ? "co-decide" : `co-decide ${command}`;
  io.stderr.write(`${where}: ${message}\nRun '${where} --help' for usage.\n`);
  return EXIT.usage;
};

/** Prints a bad-input error (its path or line:column included) and returns exit code 1. */
export const badInput = (io: CliIo, file: string, error: DecideError): number => {
  io.stderr.write(`${file}: ${formatDecideError(error)}\n`);
  return EXIT.badInput;
};

/** A string option's value, if given. */
export const stringOption = (values: OptionValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
};

/** The one file argument of a command, or a usage error. */
export const fileArgument = (positionals: readonly string[], what = "FILE"): string => {
  if (positionals.length === 0) throw new UsageError(`missing the ${what} argument`);
  if (positionals.length > 1) {
    throw new UsageError(`expected one ${what}, found ${positionals.length} arguments`);
  }
  return positionals[0] as string;
};
