/**
 * The pabulib `.pb` format (pabulib.org): three sections, `META`, `PROJECTS` and `VOTES`, each a
 * header row then `;`-separated rows with CSV quoting (`"..."`, `""` for a quote inside). META
 * holds `key;value` rows (`budget`, `vote_type`, `rule`, ...); PROJECTS needs `project_id` and
 * `cost` (and may have `name`, `category`, `selected`, `votes`, ...); VOTES needs `voter_id` and
 * `vote` (a comma-separated list of project ids) and, for `cumulative` and `scoring` votes,
 * `points` (a parallel list). `ordinal` votes list projects best first.
 *
 * @see Faliszewski, Flis, Peters, Pierczyński, Skowron, Stolicki, Szufa and Talmon, "Participatory
 * Budgeting: Data, Tools, and Analysis", IJCAI 2023, §3 (the pabulib format).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, parseError } from "../../core/errors.js";
import { parseRational } from "../../core/rational.js";
import type { BudgetBallotSpec, BudgetInstance, BudgetProjectSpec } from "./instance.js";

const FORMAT = "pabulib";

/** The most characters {@link parsePabulib} reads (about 200 MB). */
const MAX_TEXT = 200_000_000;

/**
 * Reads a pabulib `.pb` file into a {@link BudgetInstance}, which {@link allocate} counts once a
 * `method` is added.
 *
 * @remarks
 * Errors are `ParseError`s with the line and column (counting from 1) of the first problem: a
 * missing section or column, a cost or budget that is not an exact number, a duplicate project, a
 * vote naming an unknown project or listing one twice, points that do not match the vote. The
 * `selected` column (the official outcome) becomes `selected: true/false` on each project. Linear
 * in the text's length. Never throws.
 *
 * @example
 * ```ts
 * import { allocate, parsePabulib } from "co-decide/committees";
 *
 * const text = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\na;60\nb;50\nVOTES\nvoter_id;vote\n1;a,b\n2;b\n";
 * const instance = parsePabulib(text); // => right({ budget: "100", projects: [...], ballots: [...], meta: {...} })
 * ```
 *
 * @category budgeting
 */
export const parsePabulib = (text: string): E.Either<DecideError, BudgetInstance> => {
  if (typeof text !== "string")
    return E.left(parseError(FORMAT, 1, 1, "expected the text of a .pb file"));
  if (text.length > MAX_TEXT)
    return E.left(parseError(FORMAT, 1, 1, `the text is longer than ${MAX_TEXT} characters`));
  try {
    return readText(text);
  } catch (cause) {
    return E.left(parseError(FORMAT, 1, 1, cause instanceof Error ? cause.message : "unreadable"));
  }
};

type Section = "META" | "PROJECTS" | "VOTES";

interface Row {
  readonly line: number;
  readonly fields: readonly string[];
  readonly columns: readonly number[];
}

class Failure extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    what: string,
  ) {
    super(what);
  }
}

const readText = (text: string): E.Either<DecideError, BudgetInstance> => {
  try {
    return E.right(read(text));
  } catch (error) {
    if (error instanceof Failure)
      return E.left(parseError(FORMAT, error.line, error.column, error.message));
    throw error;
  }
};

const read = (text: string): BudgetInstance => {
  const sections = new Map<Section, { header: Row; rows: Row[]; line: number }>();
  let current: { header: Row | undefined; rows: Row[]; line: number; name: Section } | undefined;
  const lines = text.split("\n");
  const close = (): void => {
    if (current === undefined) return;
    if (current.header === undefined)
      throw new Failure(current.line, 1, `the ${current.name} section has no header row`);
    sections.set(current.name, { header: current.header, rows: current.rows, line: current.line });
  };
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i] as string;
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    const line = i + 1;
    const bare = raw.trim();
    if (bare === "META" || bare === "PROJECTS" || bare === "VOTES") {
      close();
      if (sections.has(bare)) throw new Failure(line, 1, `a second ${bare} section`);
      current = { header: undefined, rows: [], line, name: bare };
      continue;
    }
    if (bare === "") continue;
    if (current === undefined)
      throw new Failure(line, 1, "expected META, PROJECTS or VOTES before any data");
    const row = splitRow(raw, line);
    if (current.header === undefined) current.header = row;
    else current.rows.push(row);
  }
  close();
  const section = (name: Section) => {
    const found = sections.get(name);
    if (found === undefined) throw new Failure(lines.length, 1, `the file has no ${name} section`);
    return found;
  };
  const metaSection = section("META");
  const meta: Record<string, string> = {};
  for (const row of metaSection.rows) {
    const key = row.fields[0] ?? "";
    Object.defineProperty(meta, key, {
      value: row.fields[1] ?? "",
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const budgetText = Object.hasOwn(meta, "budget") ? (meta["budget"] as string) : undefined;
  if (budgetText === undefined) throw new Failure(metaSection.line, 1, "META has no budget");
  const budget = parseRational(budgetText.trim());
  if (budget === undefined || budget.num < 0n) {
    const row = metaSection.rows.find((r) => r.fields[0] === "budget");
    throw new Failure(
      row?.line ?? metaSection.line,
      row?.columns[1] ?? 1,
      `the budget "${budgetText}" is not an exact non-negative number`,
    );
  }
  const voteType = Object.hasOwn(meta, "vote_type")
    ? (meta["vote_type"] as string).trim()
    : "approval";
  if (!["approval", "cumulative", "scoring", "ordinal"].includes(voteType)) {
    const row = metaSection.rows.find((r) => r.fields[0] === "vote_type");
    throw new Failure(
      row?.line ?? metaSection.line,
      row?.columns[1] ?? 1,
      `unknown vote_type "${voteType}" (expected approval, cumulative, scoring or ordinal)`,
    );
  }

  const projectSection = section("PROJECTS");
  const ph = columnsOf(projectSection.header, ["project_id", "cost"]);
  const projects: BudgetProjectSpec[] = [];
  const known = new Set<string>();
  for (const row of projectSection.rows) {
    const id = field(row, ph, "project_id");
    if (known.has(id))
      throw new Failure(row.line, column(row, ph, "project_id"), `project "${id}" is listed twice`);
    known.add(id);
    const cost = field(row, ph, "cost").trim();
    const parsed = parseRational(cost);
    if (parsed === undefined || parsed.num < 0n) {
      throw new Failure(
        row.line,
        column(row, ph, "cost"),
        `the cost "${cost}" is not an exact non-negative number`,
      );
    }
    const project: { -readonly [K in keyof BudgetProjectSpec]: BudgetProjectSpec[K] } = {
      id,
      cost,
    };
    if (ph.has("name")) project.name = field(row, ph, "name");
    if (ph.has("category") && field(row, ph, "category") !== "")
      project.category = field(row, ph, "category");
    if (ph.has("selected")) {
      const s = field(row, ph, "selected").trim();
      if (s !== "") project.selected = s !== "0";
    }
    projects.push(project);
  }

  const voteSection = section("VOTES");
  const vh = columnsOf(voteSection.header, ["vote"]);
  const scored = voteType === "cumulative" || voteType === "scoring";
  if (scored && !vh.has("points")) {
    throw new Failure(voteSection.header.line, 1, `${voteType} votes need a points column`);
  }
  const ballots: BudgetBallotSpec[] = [];
  for (const row of voteSection.rows) {
    const vote = field(row, vh, "vote").trim();
    const ids = vote === "" ? [] : vote.split(",").map((s) => s.trim());
    const seen = new Set<string>();
    for (const id of ids) {
      if (!known.has(id))
        throw new Failure(
          row.line,
          column(row, vh, "vote"),
          `the vote names an unknown project "${id}"`,
        );
      if (seen.has(id))
        throw new Failure(
          row.line,
          column(row, vh, "vote"),
          `the vote lists project "${id}" twice`,
        );
      seen.add(id);
    }
    if (!scored) {
      ballots.push(voteType === "ordinal" ? { ranking: ids } : { approve: ids });
      continue;
    }
    const pointsText = field(row, vh, "points").trim();
    const points = pointsText === "" ? [] : pointsText.split(",").map((s) => s.trim());
    if (points.length !== ids.length) {
      throw new Failure(
        row.line,
        column(row, vh, "points"),
        `${points.length} points for ${ids.length} projects`,
      );
    }
    const record: Record<string, string> = {};
    ids.forEach((id, k) => {
      const value = points[k] as string;
      const parsed = parseRational(value);
      if (parsed === undefined || parsed.num < 0n) {
        throw new Failure(
          row.line,
          column(row, vh, "points"),
          `"${value}" is not a non-negative number of points`,
        );
      }
      Object.defineProperty(record, id, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    });
    ballots.push(voteType === "cumulative" ? { points: record } : { scores: record });
  }
  return { budget: budgetText.trim(), projects, ballots, meta };
};

const columnsOf = (header: Row, required: readonly string[]): Map<string, number> => {
  const map = new Map<string, number>();
  header.fields.forEach((name, k) => {
    map.set(name.trim(), k);
  });
  for (const name of required) {
    if (!map.has(name)) throw new Failure(header.line, 1, `the header has no ${name} column`);
  }
  return map;
};

const field = (row: Row, columns: Map<string, number>, name: string): string => {
  const k = columns.get(name) as number;
  const value = row.fields[k];
  if (value === undefined)
    throw new Failure(row.line, (row.columns.at(-1) ?? 1) + 1, `the row has no ${name} field`);
  return value;
};

const column = (row: Row, columns: Map<string, number>, name: string): number =>
  row.columns[columns.get(name) as number] ?? 1;

/** Splits a `;`-separated row with CSV quoting; columns count from 1. */
const splitRow = (raw: string, line: number): Row => {
  const fields: string[] = [];
  const columns: number[] = [];
  let i = 0;
  for (;;) {
    columns.push(i + 1);
    if (raw[i] === '"') {
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= raw.length) throw new Failure(line, i + 1, "a quoted field is not closed");
        if (raw[j] === '"') {
          if (raw[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += raw[j];
        j++;
      }
      fields.push(value);
      j++;
      if (j < raw.length && raw[j] !== ";")
        throw new Failure(line, j + 1, "expected ; after a quoted field");
      if (j >= raw.length) break;
      i = j + 1;
    } else {
      const end = raw.indexOf(";", i);
      if (end === -1) {
        fields.push(raw.slice(i));
        break;
      }
      fields.push(raw.slice(i, end));
      i = end + 1;
    }
  }
  return { line, fields, columns };
};
