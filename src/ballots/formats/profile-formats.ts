/**
 * The boundary of the file formats: `parseProfile` and `writeProfile` for every format, and
 * `parseBlt` / `writeBlt` for the whole of an STV election. Options are checked with zod; a reader
 * never throws, whatever the text (binary garbage, NUL bytes, a 100 MB line, a truncated file).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import * as z from "zod/mini";
import { type DecideError, invalidInputAt, unsupported } from "../../core/errors.js";
import { pure } from "../../core/internal/pure.js";
import { validate } from "../../core/validation.js";
import type { Profile, RankedProfile } from "../profile.js";
import { type BltElection, type BltWriteOptions, readBlt, writeBltFile } from "./blt.js";
import { type CsvReadOptions, type CsvWriteOptions, readCsv, writeCsv } from "./csv.js";
import {
  type PreflibFormat,
  type PreflibWriteOptions,
  readPreflib,
  writePreflib,
} from "./preflib.js";

/** The file formats co-decide reads and writes. @category formats */
export type ProfileFormat = PreflibFormat | "blt" | "csv";

/**
 * How to read a file: its format, and for CSV its layout and columns.
 *
 * @category formats
 */
export type ParseProfileOptions =
  | { readonly format: PreflibFormat }
  | { readonly format: "blt" }
  | ({ readonly format: "csv" } & CsvReadOptions);

/**
 * How to write a file: its format, and the format's own options.
 *
 * @category formats
 */
export type WriteProfileOptions =
  | ({ readonly format: PreflibFormat } & PreflibWriteOptions)
  | ({ readonly format: "blt" } & BltWriteOptions)
  | ({ readonly format: "csv" } & CsvWriteOptions);

const PREFLIB_FORMATS = ["soc", "soi", "toc", "toi", "cat"] as const;
const LAYOUTS = [
  "positions",
  "candidate-ranks",
  "candidate-scores",
  "candidate-approvals",
  "grid",
  "ranked-list",
] as const;
const DELIMITERS = [",", ";", "\t"] as const;

const RangeSchema = /* @__PURE__ */ pure(() =>
  z
    .object({ min: z.int(), max: z.int() })
    .check(
      z.refine((range) => range.min < range.max, { message: "range.min must be below range.max" }),
    ),
);

const ParseOptionsSchema = /* @__PURE__ */ pure(() =>
  z.discriminatedUnion("format", [
    z.strictObject({ format: z.enum(PREFLIB_FORMATS) }),
    z.strictObject({ format: z.literal("blt") }),
    z.strictObject({
      format: z.literal("csv"),
      layout: z.enum(LAYOUTS),
      candidates: z.optional(z.array(z.string())),
      skipColumns: z.optional(z.int().check(z.minimum(0), z.maximum(1_000_000))),
      countColumn: z.optional(z.string()),
      range: z.optional(RangeSchema),
      delimiter: z.optional(z.enum(DELIMITERS)),
      question: z.optional(z.string()),
      header: z.optional(z.instanceof(RegExp)),
      labels: z.optional(z.union([z.instanceof(RegExp), z.array(z.string())])),
      strict: z.optional(z.boolean()),
      separator: z.optional(z.string().check(z.minLength(1, "must not be empty"))),
    }),
  ]),
);

const WriteOptionsSchema = /* @__PURE__ */ pure(() =>
  z.discriminatedUnion("format", [
    z.strictObject({
      format: z.enum(PREFLIB_FORMATS),
      title: z.optional(z.string()),
      fileName: z.optional(z.string()),
    }),
    z.strictObject({
      format: z.literal("blt"),
      seats: z.optional(z.int()),
      withdrawn: z.optional(z.array(z.string())),
      title: z.optional(z.string()),
    }),
    z.strictObject({
      format: z.literal("csv"),
      layout: z.optional(z.enum(LAYOUTS)),
      countColumn: z.optional(z.string()),
      delimiter: z.optional(z.enum(DELIMITERS)),
      question: z.optional(z.string()),
      separator: z.optional(z.string().check(z.minLength(1, "must not be empty"))),
    }),
  ]),
);

/** Runs a reader or writer, turning anything it throws (a bug, or memory) into a `Left`. */
const guarded = <T>(run: () => E.Either<DecideError, T>): E.Either<DecideError, T> => {
  try {
    return run();
  } catch (cause) {
    return E.left(
      unsupported(
        "unreadable",
        `The file could not be processed (${cause instanceof Error ? cause.message : "unknown cause"}).`,
      ),
    );
  }
};

const checkText = (text: unknown): E.Either<DecideError, string> =>
  typeof text === "string"
    ? E.right(text)
    : E.left(invalidInputAt("text", "invalid_type", "expected the file's text as a string"));

/**
 * Reads ballots from the text of a file: PrefLib (`soc`, `soi`, `toc`, `toi`, `cat`), BLT or CSV.
 *
 * @remarks
 * Formats as in `docs/file-formats.md`: PrefLib's 2022 data format (Mattei and Walsh, ADT 2013;
 * preflib.org), with the declared `DATA TYPE`, `NUMBER VOTERS` and `NUMBER UNIQUE ORDERS` checked
 * against the data, and `cat` read as approval of the first category; BLT as written by the ERS,
 * OpenSTV and Droop counting programs (weights exact, `=` for ties); CSV per RFC 4180 in the
 * layouts of {@link CsvLayout}. Counts and weights are exact (whole, decimal or `p/q`). The first
 * problem is returned as a `ParseError` with its 1-based line and column; bad options give an
 * `InvalidInput`. Never throws.
 *
 * @example Reading a PrefLib toc file
 * ```ts
 * import { parseProfile } from "co-decide/ballots";
 *
 * const text = [
 *   "# DATA TYPE: toc",
 *   "# NUMBER ALTERNATIVES: 3",
 *   "# ALTERNATIVE NAME 1: Ann",
 *   "# ALTERNATIVE NAME 2: Bob",
 *   "# ALTERNATIVE NAME 3: Cy",
 *   "2: 1,{2,3}",
 *   "1: 3,2,1",
 * ].join("\n");
 * parseProfile(text, { format: "toc" });
 * // => right: a RankedProfile with 2 distinct ballots and totalCount 3
 * ```
 *
 * @example Reading a Google Forms ranking grid
 * ```ts
 * import { parseProfile } from "co-decide/ballots";
 *
 * const text = [
 *   "Timestamp,Rank the projects [Park],Rank the projects [Library],Comments",
 *   "2026/03/01 10:00,2nd choice,1st choice,",
 *   "2026/03/01 10:05,1st choice,,Great idea",
 * ].join("\n");
 * parseProfile(text, { format: "csv", layout: "grid" });
 * // => right: a RankedProfile with candidates ["Park", "Library"] and totalCount 2
 * ```
 *
 * @example A candidate ranked twice
 * ```ts
 * import { parseProfile } from "co-decide/ballots";
 *
 * const text = "# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n1: 1,1\n";
 * parseProfile(text, { format: "soi" });
 * // => left: ParseError { line: 4, column: 6,
 * //    message: "soi line 4, column 6: alternative 1 appears twice in this order" }
 * ```
 *
 * @category formats
 */
export const parseProfile = (
  text: string,
  options: ParseProfileOptions,
): E.Either<DecideError, Profile> =>
  pipe(
    checkText(text),
    E.flatMap((checked) =>
      pipe(
        validate(ParseOptionsSchema, options) as E.Either<DecideError, ParseProfileOptions>,
        E.flatMap((valid) =>
          guarded(() => {
            switch (valid.format) {
              case "blt":
                return E.flatMap(readBlt(checked), (election) =>
                  E.right<DecideError, Profile>(election.profile),
                );
              case "csv":
                return readCsv(checked, valid);
              default:
                return readPreflib(checked, valid.format);
            }
          }),
        ),
      ),
    ),
  );

/**
 * Reads a BLT file into its STV election: the ballots, the seats, the withdrawn candidates and
 * the title.
 *
 * @remarks
 * The BLT layout of Hill, Wichmann and Woodall's ERS counting program (The Computer Journal
 * 30(3), 1987), as also read by OpenSTV and Droop: first line `candidates seats`; an optional line
 * of withdrawn candidates as negative numbers; ballots `weight c1 c2 ... 0`, one per line, with
 * exact decimal or `p/q` weights and `=` joining tied candidates (a dialect); a line `0`; one
 * quoted name per candidate; a quoted title. Anything after the title is ignored. Never throws.
 *
 * @example
 * ```ts
 * import { parseBlt } from "co-decide/ballots";
 *
 * parseBlt('3 1\n-3\n4 1 2 0\n2.5 2=1 0\n0\n"Ann"\n"Bob"\n"Cy"\n"Chair 2026"\n');
 * // => right: { seats: 1, withdrawn: ["Cy"], title: "Chair 2026",
 * //    profile: a RankedProfile with totalCountExact "13/2" }
 * ```
 *
 * @category formats
 */
export const parseBlt = (text: string): E.Either<DecideError, BltElection> =>
  pipe(
    checkText(text),
    E.flatMap((checked) => guarded(() => readBlt(checked))),
  );

/**
 * Writes a profile in a file format, the inverse of {@link parseProfile}.
 *
 * @remarks
 * Reading the text back gives the same profile (same candidates, same ballots and counts), with
 * these limits, each reported as an `InvalidInput` with code `format_mismatch` or
 * `unwritable_name`: `soc`/`soi` hold no ties, `soc`/`toc` only complete orders; `cat` holds
 * approval ballots (written as two categories, approved and not); PrefLib names cannot hold line
 * breaks or surrounding spaces; the CSV `positions` layout holds no ties and CSV names cannot be
 * empty; BLT drops rows whose count is 0 (a weight of 0 ends the ballots). Counts that are not
 * whole are written as `p/q`. Rows are written largest count first. CSV is read back with
 * `countColumn: "count"` (and `candidates` for `positions`, to keep unnamed candidates and their
 * order).
 *
 * @example
 * ```ts
 * import { rankedProfile, writeProfile } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["a", "b", "c"], ["a>b=c", "a>b=c", "c>b"]);
 * E.isRight(profile) && writeProfile(profile.right, { format: "toi" });
 * // => right: "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 3\n
 * //    # NUMBER UNIQUE ORDERS: 2\n# ALTERNATIVE NAME 1: a\n...\n2: 1,{2,3}\n1: 3,2\n"
 * ```
 *
 * @category formats
 */
export const writeProfile = (
  profile: Profile,
  options: WriteProfileOptions,
): E.Either<DecideError, string> =>
  pipe(
    validate(WriteOptionsSchema, options) as E.Either<DecideError, WriteProfileOptions>,
    E.flatMap((valid) =>
      guarded(() => {
        switch (valid.format) {
          case "blt":
            return writeBltFile(profile, valid);
          case "csv":
            return writeCsv(profile, valid);
          default:
            return writePreflib(profile, valid.format, valid);
        }
      }),
    ),
  );

/**
 * Writes an STV election as a BLT file, the inverse of {@link parseBlt}.
 *
 * @remarks
 * Same layout as {@link parseBlt} reads. Names and the title are quoted, with `\"`, `\\` and `\n`
 * escapes. Rows with a count of 0 are left out (a weight of 0 ends the ballots in BLT).
 *
 * @example
 * ```ts
 * import { rankedProfile, writeBlt } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["Ann", "Bob"], ["Ann>Bob", "Bob"]);
 * E.isRight(profile) &&
 *   writeBlt({ profile: profile.right, seats: 1, withdrawn: [], title: "Chair" });
 * // => right: '2 1\n1 1 2 0\n1 2 0\n0\n"Ann"\n"Bob"\n"Chair"\n'
 * ```
 *
 * @category formats
 */
export const writeBlt = (election: {
  readonly profile: RankedProfile;
  readonly seats: number;
  readonly withdrawn?: readonly string[];
  readonly title?: string;
}): E.Either<DecideError, string> =>
  guarded(() =>
    writeBltFile(election.profile, {
      seats: election.seats,
      withdrawn: election.withdrawn ?? [],
      title: election.title ?? "",
    }),
  );
