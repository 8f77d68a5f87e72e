/// <reference types="node" />
/**
 * `co-decide count FILE --method ID`: reads ballots from a file of any supported format, counts
 * them with `decide` (or `allocate` for a participatory budget), and prints the result.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { BltElection } from "../../ballots/formats/blt.js";
import { createBltReader } from "../../ballots/formats/blt.js";
import type { PreflibFormat } from "../../ballots/formats/preflib.js";
import { parseProfile } from "../../ballots/formats/profile-formats.js";
import type { Profile } from "../../ballots/profile.js";
import { allocate } from "../../committees/budget/allocate.js";
import type { Allocation } from "../../committees/budget/instance.js";
import { parsePabulib } from "../../committees/budget/pabulib.js";
import { type DecideError, parseError } from "../../core/errors.js";
import type { Outcome } from "../../core/outcome.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { decide } from "../../voting/decide.js";
import {
  badInput,
  type Command,
  EXIT,
  fileArgument,
  type OptionValues,
  stringOption,
  UsageError,
} from "../command.js";
import { type CliIo, createProgress, forEachLine, type Progress, readText, STDIN } from "../io.js";
import { parseJson } from "../json.js";
import { type CliResult, FORMAT_NAMES, formatterOf } from "../output.js";

const PREFLIB: readonly PreflibFormat[] = ["soc", "soi", "toc", "toi", "cat"];
const INPUT_FORMATS = ["preflib", ...PREFLIB, "blt", "csv", "pabulib", "json"] as const;
type InputFormat = (typeof INPUT_FORMATS)[number];
const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  soc: "soc",
  soi: "soi",
  toc: "toc",
  toi: "toi",
  cat: "cat",
  blt: "blt",
  csv: "csv",
  pb: "pabulib",
  json: "json",
};
const CSV_LAYOUTS = [
  "positions",
  "candidate-ranks",
  "candidate-scores",
  "candidate-approvals",
  "grid",
  "ranked-list",
] as const;

export const count: Command = {
  name: "count",
  summary: "count the ballots of a file with a method and explain the result",
  help: `Usage: co-decide count FILE --method ID [options]

Reads ballots from FILE (or standard input as -), counts them with the method and prints the
winners and the explanation. The format comes from the extension: .soc .soi .toc .toi .cat
(PrefLib), .blt, .csv, .pb (pabulib participatory budget) and .json (an election spec, or a
budget spec with "projects"), or from --input-format.

Options:
  -m, --method ID            the method (co-decide methods lists them; for .pb: greedy,
                             equal-shares, max-welfare, seq-phragmen). A .json spec may name it.
      --seats N              seats to fill (default: the BLT file's, else the spec's)
      --option KEY=VALUE     a method option, repeatable; VALUE is read as JSON when it parses
                             (--option rule=scottish --option quota='"droop"' --option k=2)
      --tie-break POLICY     none | lexicographic | forwards | backwards | order:a,b,c |
                             random:SEED (default lexicographic)
      --format FORMAT        ${FORMAT_NAMES} (default text)
      --input-format FORMAT  ${INPUT_FORMATS.join(" | ")}
      --csv-layout LAYOUT    candidate-ranks (the default) | positions | candidate-scores |
                             candidate-approvals | grid | ranked-list
      --csv-count-column H   the CSV column holding each row's count
      --csv-skip-columns N   leading CSV columns to ignore
      --no-progress          no progress bar on standard error (it is only drawn on a terminal)
  -h, --help                 this help

Exit codes: 0 counted, 1 bad input (the error names its path or line:column), 2 bad usage.

Examples:
  co-decide count ward.blt --method stv --option rule=scottish
  co-decide count debian.soi --method schulze --format json
  co-decide count budget.pb --method equal-shares --option completion=add-one
  cat spec.json | co-decide count - --input-format json
`,
  options: {
    method: { type: "string", short: "m" },
    seats: { type: "string" },
    option: { type: "string", multiple: true },
    "tie-break": { type: "string" },
    format: { type: "string" },
    "input-format": { type: "string" },
    "csv-layout": { type: "string" },
    "csv-count-column": { type: "string" },
    "csv-skip-columns": { type: "string" },
    "no-progress": { type: "boolean" },
  },
  run: async ({ values, positionals, io }) => {
    const file = fileArgument(positionals);
    const formatter = formatterOf(stringOption(values, "format"));
    const settings = readSettings(values);
    const format = inputFormatOf(file, stringOption(values, "input-format"));
    if (format !== "json" && settings.method === undefined) {
      throw new UsageError("missing --method ID (co-decide methods lists them)");
    }
    const progress = createProgress(io.stderr, values["no-progress"] !== true);
    const result = await countFile(file, format, settings, values, io, progress);
    if (E.isLeft(result)) return badInput(io, file, result.left);
    io.stdout.write(formatter(result.right));
    return EXIT.ok;
  },
};

/** What the command line says about the count, beyond the file. */
interface Settings {
  readonly method?: string;
  readonly seats?: number;
  readonly options: Readonly<Record<string, unknown>>;
  readonly tieBreak?: TieBreakPolicy;
}

const readSettings = (values: OptionValues): Settings => {
  const method = stringOption(values, "method");
  const seatsText = stringOption(values, "seats");
  const tieBreak = stringOption(values, "tie-break");
  const optionList = values["option"];
  return {
    ...(method === undefined ? {} : { method }),
    ...(seatsText === undefined ? {} : { seats: seatsOf(seatsText) }),
    options: optionsOf(Array.isArray(optionList) ? optionList.map(String) : []),
    ...(tieBreak === undefined ? {} : { tieBreak: tieBreakOf(tieBreak) }),
  };
};

const seatsOf = (text: string): number => {
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) {
    throw new UsageError(
      `--seats must be a whole number of at least 1, found ${JSON.stringify(text)}`,
    );
  }
  return Number(text);
};

/** `KEY=VALUE` pairs as an options object; dotted keys nest (`eligibility.supportPerCostShare=1`). */
export const optionsOf = (pairs: readonly string[]): Readonly<Record<string, unknown>> => {
  const options: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--option takes KEY=VALUE, found ${JSON.stringify(pair)}`);
    const path = pair.slice(0, eq).split(".");
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // Not JSON: the text itself (`rule=scottish`).
    }
    let target = options;
    path.forEach((key, depth) => {
      if (key === "") throw new UsageError(`--option ${JSON.stringify(pair)} has an empty key`);
      if (depth === path.length - 1) {
        define(target, key, value);
        return;
      }
      const next = Object.hasOwn(target, key) ? target[key] : undefined;
      const child: Record<string, unknown> =
        typeof next === "object" && next !== null ? (next as Record<string, unknown>) : {};
      define(target, key, child);
      target = child;
    });
  }
  return options;
};

/** Sets an own property, whatever the key (`__proto__` included), without touching prototypes. */
const define = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
};

const tieBreakOf = (text: string): TieBreakPolicy => {
  if (text === "none" || text === "lexicographic" || text === "forwards" || text === "backwards") {
    return { kind: text };
  }
  if (text.startsWith("order:") && text.length > 6) {
    return { kind: "order", order: text.slice(6).split(",") };
  }
  if (text.startsWith("random:") && text.length > 7) return { kind: "random", seed: text.slice(7) };
  throw new UsageError(
    `unknown --tie-break ${JSON.stringify(text)} (expected none, lexicographic, forwards, backwards, order:a,b,c or random:SEED)`,
  );
};

const inputFormatOf = (file: string, given: string | undefined): InputFormat => {
  if (given !== undefined) {
    if (!(INPUT_FORMATS as readonly string[]).includes(given)) {
      throw new UsageError(
        `unknown --input-format ${JSON.stringify(given)} (expected ${INPUT_FORMATS.join(", ")})`,
      );
    }
    return given as InputFormat;
  }
  if (file === STDIN) throw new UsageError("reading standard input needs --input-format");
  const dot = file.lastIndexOf(".");
  const extension = dot === -1 ? "" : file.slice(dot + 1).toLowerCase();
  const format = Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
  if (format === undefined) {
    throw new UsageError(
      `cannot tell the format of ${JSON.stringify(file)} from its extension: give --input-format`,
    );
  }
  return format;
};

const countFile = async (
  file: string,
  format: InputFormat,
  settings: Settings,
  values: OptionValues,
  io: CliIo,
  progress: Progress,
): Promise<E.Either<DecideError, CliResult>> => {
  switch (format) {
    case "blt": {
      const election = await readBltStream(file, io, progress);
      return E.flatMap(election, (read) => countBlt(read, settings, progress));
    }
    case "pabulib": {
      const instance = parsePabulib(await readText(file, io, progress));
      return E.flatMap(instance, (read) =>
        countBudget({ ...read, method: settings.method }, settings, progress),
      );
    }
    case "json": {
      const spec = parseJson(await readText(file, io, progress));
      return E.flatMap(spec, (read) => countSpec(read, settings, progress));
    }
    case "csv": {
      const profile = parseProfile(await readText(file, io, progress), csvOptions(values));
      return E.flatMap(profile, (read) => countProfile(read, settings, progress));
    }
    default: {
      const text = await readText(file, io, progress);
      const profile = parseProfile(text, { format: preflibFormatOf(format, text) });
      return E.flatMap(profile, (read) => countProfile(read, settings, progress));
    }
  }
};

/** The PrefLib format: as given, else the file's `# DATA TYPE`, else `toi` (the widest). */
const preflibFormatOf = (format: InputFormat, text: string): PreflibFormat => {
  if ((PREFLIB as readonly string[]).includes(format)) return format as PreflibFormat;
  const declared = /^# DATA TYPE: *(\w+)/m.exec(text.slice(0, 4096))?.[1];
  return declared !== undefined && (PREFLIB as readonly string[]).includes(declared)
    ? (declared as PreflibFormat)
    : "toi";
};

const csvOptions = (values: OptionValues) => {
  const layout = stringOption(values, "csv-layout") ?? "candidate-ranks";
  if (!(CSV_LAYOUTS as readonly string[]).includes(layout)) {
    throw new UsageError(
      `unknown --csv-layout ${JSON.stringify(layout)} (expected ${CSV_LAYOUTS.join(", ")})`,
    );
  }
  const countColumn = stringOption(values, "csv-count-column");
  const skip = stringOption(values, "csv-skip-columns");
  if (skip !== undefined && !/^\d{1,6}$/.test(skip)) {
    throw new UsageError(
      `--csv-skip-columns must be a whole number, found ${JSON.stringify(skip)}`,
    );
  }
  return {
    format: "csv" as const,
    layout: layout as (typeof CSV_LAYOUTS)[number],
    ...(countColumn === undefined ? {} : { countColumn }),
    ...(skip === undefined ? {} : { skipColumns: Number(skip) }),
  };
};

/** Reads a BLT file line by line into the profile builder: never the whole file as one string. */
const readBltStream = async (
  file: string,
  io: CliIo,
  progress: Progress,
): Promise<E.Either<DecideError, BltElection>> => {
  const reader = createBltReader();
  let failed: DecideError | undefined;
  // The progress bar follows the bytes read (see io.ts).
  await forEachLine(file, io, progress, (line) => {
    failed = reader.line(line);
    return failed === undefined;
  });
  if (failed !== undefined) return E.left(failed);
  return reader.end();
};

/** Counts a BLT election: its seats unless --seats says otherwise, its withdrawn candidates passed over. */
const countBlt = (
  election: BltElection,
  settings: Settings,
  progress: Progress,
): E.Either<DecideError, CliResult> => {
  const options =
    election.withdrawn.length === 0 || Object.hasOwn(settings.options, "withdrawn")
      ? settings.options
      : { ...settings.options, withdrawn: election.withdrawn };
  return countProfile(
    election.profile,
    { ...settings, options, seats: settings.seats ?? election.seats },
    progress,
  );
};

const countProfile = (
  profile: Profile,
  settings: Settings,
  progress: Progress,
): E.Either<DecideError, CliResult> =>
  countSpec(
    {
      profile,
      ...(settings.seats === undefined ? {} : { seats: settings.seats }),
    },
    settings,
    progress,
  );

/**
 * Counts a spec (read from JSON, or built around a profile) with the command line's settings laid
 * over it: a budget spec (one with `projects`) goes to `allocate`, any other to `decide`.
 */
const countSpec = (
  spec: unknown,
  settings: Settings,
  progress: Progress,
): E.Either<DecideError, CliResult> => {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    return E.left(parseError("json", 1, 1, "expected an election spec: a JSON object"));
  }
  const base = spec as Readonly<Record<string, unknown>>;
  const given = base["options"];
  const merged: Record<string, unknown> = { ...base };
  if (settings.method !== undefined) merged["method"] = settings.method;
  if (settings.seats !== undefined) merged["seats"] = settings.seats;
  if (settings.tieBreak !== undefined) merged["tieBreak"] = settings.tieBreak;
  if (Object.keys(settings.options).length > 0) {
    merged["options"] =
      typeof given === "object" && given !== null
        ? { ...given, ...settings.options }
        : settings.options;
  }
  if (Object.hasOwn(base, "projects")) return countBudget(merged, settings, progress);
  if (merged["method"] === undefined) {
    throw new UsageError("the spec names no method: give --method ID");
  }
  progress.update(`counting with ${String(merged["method"])}`, 0);
  const outcome = decide(merged);
  progress.done();
  return E.map((value: Outcome): CliResult => ({ kind: "outcome", value }))(outcome);
};

const countBudget = (
  spec: Readonly<Record<string, unknown>>,
  settings: Settings,
  progress: Progress,
): E.Either<DecideError, CliResult> => {
  const merged: Record<string, unknown> = { ...spec };
  if (settings.method !== undefined) merged["method"] = settings.method;
  if (settings.tieBreak !== undefined) merged["tieBreak"] = settings.tieBreak;
  if (Object.keys(settings.options).length > 0 && merged["options"] === undefined) {
    merged["options"] = settings.options;
  }
  if (merged["method"] === undefined) throw new UsageError("missing --method ID");
  progress.update(`counting with ${String(merged["method"])}`, 0);
  const allocation = allocate(merged);
  progress.done();
  return E.map((value: Allocation): CliResult => ({ kind: "allocation", value }))(allocation);
};
