/**
 * The playground's count, apart from the page: ballots as text in, the outcome (or the error,
 * written by `formatDecideError`) out. It takes the library as an argument, so the site runs it
 * on the built package (`import * as lib from "co-decide"`) and the tests on `src`.
 *
 * Formats: the playground's shorthand (one ranked ballot per line, `a>b=c`, with an optional
 * count, `12: a>b>c`), CSV, BLT, PrefLib (`soc`, `soi`, `toc`, `toi`) and a JSON election spec
 * (DESIGN.md 3.2). Never throws.
 */
import type * as Library from "../../src/index.js";
import type { AnyMethodDefinition, CsvLayout, DecideError, Outcome } from "../../src/index.js";

/** What the playground needs of the library (the root export `co-decide`). */
export type Lib = Pick<
  typeof Library,
  | "decide"
  | "formatDecideError"
  | "listMethods"
  | "parseBlt"
  | "parseError"
  | "parseProfile"
  | "parseShorthand"
  | "unsupported"
>;

/** The ballot formats the playground reads. */
export type BallotFormat = "shorthand" | "csv" | "blt" | "soc" | "soi" | "toc" | "toi" | "json";

/** The choices of the format menu, `auto` first. */
export const FORMATS: readonly (readonly [BallotFormat | "auto", string])[] = [
  ["auto", "Detect"],
  ["shorthand", "Shorthand (a>b=c, one ballot a line)"],
  ["csv", "CSV"],
  ["blt", "BLT"],
  ["soc", "PrefLib .soc"],
  ["soi", "PrefLib .soi"],
  ["toc", "PrefLib .toc"],
  ["toi", "PrefLib .toi"],
  ["json", "JSON election spec"],
];

/** A request from the page. */
export interface CountRequest {
  readonly text: string;
  readonly format: BallotFormat | "auto";
  /** A registry id. */
  readonly method: string;
  /** Seats, for multi-seat methods (a BLT file's own seats are used when this is absent). */
  readonly seats?: number | undefined;
  /** The method's options as JSON text (empty for none). */
  readonly options?: string | undefined;
  /** The layout of CSV ballots (default `candidate-ranks`: a column per candidate, holding ranks). */
  readonly csvLayout?: CsvLayout | undefined;
}

/** The choices of the CSV layout menu (the reader's layouts, `co-decide/ballots`). */
export const CSV_LAYOUTS: readonly (readonly [CsvLayout, string])[] = [
  ["candidate-ranks", "A column per candidate, holding ranks"],
  ["positions", "A column per position, holding names"],
  ["candidate-approvals", "A column per candidate, holding approvals"],
  ["candidate-scores", "A column per candidate, holding scores"],
  ["grid", "A form's ranking grid (Google Forms)"],
  ["ranked-list", "One cell of names, best first (Microsoft Forms)"],
];

/** What the page shows: the outcome, or the error as `formatDecideError` writes it. */
export type CountResult =
  | { readonly ok: true; readonly format: BallotFormat; readonly outcome: Outcome }
  | {
      readonly ok: false;
      readonly format: BallotFormat | undefined;
      readonly error: DecideError;
      readonly message: string;
    };

/**
 * Guesses the format of pasted ballots: JSON if it starts with `{`, PrefLib if with `#`, BLT if
 * the first line is two whole numbers, CSV if the first line has a comma, else shorthand.
 */
export const detectFormat = (text: string): BallotFormat => {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) return "json";
  if (trimmed.startsWith("#")) {
    const type = /#\s*DATA TYPE:\s*(soc|soi|toc|toi)/i.exec(trimmed)?.[1];
    return (type?.toLowerCase() as BallotFormat | undefined) ?? "soi";
  }
  const first = trimmed.split(/\r?\n/, 1)[0] ?? "";
  if (/^\d+\s+\d+\s*$/.test(first)) return "blt";
  if (first.includes(",")) return "csv";
  return "shorthand";
};

/** The registry's methods for the menu: single-winner first, then multi-seat, each in order. */
export const methodChoices = (lib: Lib): readonly AnyMethodDefinition[] => {
  const methods = lib.listMethods();
  return [...methods.filter((m) => m.multiSeat !== true), ...methods.filter((m) => m.multiSeat)];
};

type Read = { readonly spec: Record<string, unknown> } | { readonly error: DecideError };

/** Playground shorthand: `[count:] ranking` per line; `#` starts a comment line. */
const readShorthand = (lib: Lib, text: string): Read => {
  const candidates: string[] = [];
  const seen = new Set<string>();
  const ballots: { ranking: string[][]; count: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const counted = /^(\s*)(\d+)\s*:\s*/.exec(line);
    const count = counted ? Number(counted[2]) : 1;
    const start = counted ? counted[0].length : 0;
    if (!Number.isSafeInteger(count) || count < 1) {
      return {
        error: lib.parseError(
          "shorthand",
          i + 1,
          1 + (counted?.[1]?.length ?? 0),
          "the count must be a whole number of at least 1",
        ),
      };
    }
    const parsed = lib.parseShorthand(line.slice(start));
    if ("error" in parsed) {
      return { error: lib.parseError("shorthand", i + 1, start + 1, parsed.error) };
    }
    for (const tier of parsed.tiers) {
      for (const name of tier) {
        if (!seen.has(name)) {
          seen.add(name);
          candidates.push(name);
        }
      }
    }
    ballots.push({ ranking: parsed.tiers.map((tier) => [...tier]), count });
  }
  return { spec: { candidates, ballots } };
};

/** JSON text; a syntax error becomes a `ParseError` with the line and column the engine gives. */
const readJson = (lib: Lib, text: string, what = "JSON"): Read => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return { error: lib.parseError(what, 1, 1, "expected an object {...}") };
    }
    return { spec: { ...(value as Record<string, unknown>) } };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const at = /line (\d+) column (\d+)/.exec(message);
    if (at) return { error: lib.parseError(what, Number(at[1]), Number(at[2]), message) };
    const position = /position (\d+)/.exec(message);
    if (position) {
      const before = text.slice(0, Number(position[1])).split("\n");
      const column = (before[before.length - 1] ?? "").length + 1;
      return { error: lib.parseError(what, before.length, column, message) };
    }
    return { error: lib.parseError(what, 1, 1, message) };
  }
};

const read = (lib: Lib, request: CountRequest, format: BallotFormat): Read => {
  const { text } = request;
  switch (format) {
    case "shorthand":
      return readShorthand(lib, text);
    case "json":
      return readJson(lib, text);
    case "blt": {
      const election = lib.parseBlt(text);
      if (election._tag === "Left") return { error: election.left };
      const { profile, seats, withdrawn } = election.right;
      return {
        spec: {
          profile,
          seats,
          // Passed on to the method, whose options schema refuses it if it has no such option.
          ...(withdrawn.length > 0 ? { options: { withdrawn } } : {}),
        },
      };
    }
    case "csv": {
      const layout = request.csvLayout ?? "candidate-ranks";
      const profile = lib.parseProfile(text, { format, layout });
      if (profile._tag === "Left") return { error: profile.left };
      return { spec: { profile: profile.right } };
    }
    default: {
      const profile = lib.parseProfile(text, { format });
      if (profile._tag === "Left") return { error: profile.left };
      return { spec: { profile: profile.right } };
    }
  }
};

const failed = (lib: Lib, format: BallotFormat | undefined, error: DecideError): CountResult => ({
  ok: false,
  format,
  error,
  message: lib.formatDecideError(error),
});

/**
 * Reads the ballots, runs the method through `decide`, and returns the outcome or the error.
 * The method (and seats and options, when given) chosen on the page replace a JSON spec's own.
 */
export const count = (lib: Lib, request: CountRequest): CountResult => {
  let format: BallotFormat | undefined;
  try {
    format = request.format === "auto" ? detectFormat(request.text) : request.format;
    const ballots = read(lib, request, format);
    if ("error" in ballots) return failed(lib, format, ballots.error);
    const method = lib.listMethods().find((m) => m.id === request.method);
    const spec: Record<string, unknown> = { ...ballots.spec, method: request.method };
    if (method !== undefined && method.multiSeat !== true) delete spec["seats"];
    if (request.seats !== undefined) spec["seats"] = request.seats;
    if (request.options !== undefined && request.options.trim() !== "") {
      const options = readJson(lib, request.options, "options JSON");
      if ("error" in options) return failed(lib, format, options.error);
      spec["options"] = options.spec;
    }
    const outcome = lib.decide(spec);
    return outcome._tag === "Left"
      ? failed(lib, format, outcome.left)
      : { ok: true, format, outcome: outcome.right };
  } catch (cause) {
    return failed(
      lib,
      format,
      lib.unsupported(
        "internal_error",
        `The playground stopped on an internal error (${cause instanceof Error ? cause.message : "unknown cause"}).`,
      ),
    );
  }
};

/** The views of `co-decide/render`, when the loaded library has them. */
export interface Views {
  readonly markdown?: string;
  readonly svg?: string;
}

/**
 * The Markdown table and SVG chart of an outcome, from `toMarkdown` and `toSvg` if the loaded
 * module exports them (`co-decide/render`, wired by the lead on merge); absent views are left out
 * and the page hides their sections.
 */
export const renderViews = (lib: object, outcome: Outcome): Views => {
  const exports = lib as Record<string, unknown>;
  const view = (name: "toMarkdown" | "toSvg"): string | undefined => {
    const render = exports[name];
    if (typeof render !== "function") return undefined;
    try {
      const value: unknown = render(outcome);
      return typeof value === "string" ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const markdown = view("toMarkdown");
  const svg = view("toSvg");
  return {
    ...(markdown === undefined ? {} : { markdown }),
    ...(svg === undefined ? {} : { svg }),
  };
};

const SCHULZE_45 = `# Schulze (2011), example 1: 45 voters, 5 candidates
5: A>C>B>E>D
5: A>D>E>C>B
8: B>E>D>A>C
3: C>A>B>E>D
7: C>A>E>B>D
2: C>B>A>D>E
7: D>C>E>B>A
8: E>B>A>D>C
`;

const TENNESSEE = `# Where should Tennessee's capital be? (the classic textbook example)
42: Memphis>Nashville>Chattanooga>Knoxville
26: Nashville>Chattanooga>Knoxville>Memphis
15: Chattanooga>Knoxville>Nashville>Memphis
17: Knoxville>Chattanooga>Nashville>Memphis
`;

const BLT = `4 2
4 1 2 0
3 2 1 0
2 3 4 0
1 4 0
0
"Ann"
"Bob"
"Cy"
"Dee"
"A small committee"
`;

const JSON_SPEC = `{
  "candidates": ["park", "library", "pool"],
  "ballots": [
    { "approve": ["park", "library"] },
    { "approve": ["pool"], "count": 2 },
    { "approve": ["park"] },
    { "approve": ["library", "park"] }
  ]
}
`;

/** The examples behind the page's buttons. */
export const EXAMPLES: Readonly<
  Record<
    string,
    {
      readonly text: string;
      readonly format: BallotFormat;
      readonly method: string;
      readonly seats?: number;
    }
  >
> = {
  schulze: { text: SCHULZE_45, format: "shorthand", method: "schulze" },
  tennessee: { text: TENNESSEE, format: "shorthand", method: "borda" },
  blt: { text: BLT, format: "blt", method: "stv", seats: 2 },
  json: { text: JSON_SPEC, format: "json", method: "approval" },
};
