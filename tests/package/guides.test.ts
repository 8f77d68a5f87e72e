/**
 * Every TypeScript block of the guides is real code. Each block has a mirror in
 * `tests/package/guides/<guide>-<n>.ts` that `tsc` type-checks with the rest of the tests (it
 * imports `src` where the guide imports `co-decide`); this test checks that the mirror is the
 * block, then runs it and compares what it prints with what the guide's comments say.
 *
 * A mirror may hide a prelude (above a `// ---- guide ----` line) and type-level checks (below a
 * `// ---- checks` line) from the comparison.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as E from "fp-ts/lib/Either.js";
import { afterEach, describe, expect, it, vi } from "vitest";

const root = new URL("../../", import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), "utf8");

const GUIDES = [
  "getting-started",
  "errors",
  "recipes",
  "tracking-commitments",
  "choosing-a-committee-rule",
  "committees",
  "apportionment",
  "counting-stv",
  "participatory-budgeting",
  "deciding-together",
  "counting-at-scale",
  "assessing-a-process",
  "showing-results",
] as const;

/** The fenced `ts` blocks of a Markdown text, in order. */
const tsBlocks = (markdown: string): string[] =>
  [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string);

/** Imports as a sorted list (a formatter orders them by path), and the body as it is. */
const normalise = (code: string): { imports: string[]; body: string } => {
  const imports: string[] = [];
  const body = code
    .replace(/^import [\s\S]*?from "[^"]+";\n/gm, (statement) => {
      imports.push(statement.replace(/\s+/g, " ").replace(/\{ /g, "{").replace(/,? \}/g, "}"));
      return "";
    })
    .trim();
  return { imports: imports.sort(), body };
};

/** The part of a mirror the guide shows, with the guide's import paths. */
const shown = (mirror: string): string => {
  const guide = mirror.includes("// ---- guide ----\n")
    ? (mirror.split("// ---- guide ----\n")[1] as string)
    : mirror;
  return (guide.split("// ---- checks")[0] as string)
    .replace(/"\.\.\/\.\.\/\.\.\/src\/index\.js"/g, '"co-decide"')
    .replace(/"\.\.\/\.\.\/\.\.\/src\/(\w+)\/index\.js"/g, '"co-decide/$1"');
};

describe("the guides' code blocks", () => {
  for (const guide of GUIDES) {
    it(`${guide}.md: each ts block is its mirror in tests/package/guides/`, () => {
      const blocks = tsBlocks(read(`docs/${guide}.md`));
      const mirrors = readdirSync(new URL("tests/package/guides/", root))
        .filter((name) => new RegExp(`^${guide}-\\d+\\.ts$`).test(name))
        .sort((a, b) => Number(/(\d+)\.ts$/.exec(a)?.[1]) - Number(/(\d+)\.ts$/.exec(b)?.[1]));
      expect(blocks.length).toBeGreaterThan(0);
      expect(mirrors).toHaveLength(blocks.length);
      blocks.forEach((block, i) => {
        const mirror = read(`tests/package/guides/${mirrors[i]}`);
        expect(normalise(shown(mirror)), `${guide}.md block ${i + 1}`).toEqual(normalise(block));
      });
    });
  }

  it("README lists the new guides", () => {
    const readme = read("README.md");
    for (const guide of ["getting-started", "errors", "recipes"]) {
      expect(readme).toContain(`(docs/${guide}.md)`);
    }
  });
});

/** Runs a mirror and returns what it printed with console.log, one array of arguments per call. */
const run = async (name: string): Promise<unknown[][]> => {
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    await import(`./guides/${name}.ts`);
    expect(error).not.toHaveBeenCalled();
    return [...log.mock.calls];
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
};

describe("the guides' code runs and prints what its comments say", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("getting-started: a first count, an Either without fp-ts, a profile counted two ways", async () => {
    const first = await run("getting-started-1");
    expect(first[0]).toEqual([["Playground"]]);
    expect(first.length).toBeGreaterThan(2);
    expect(await run("getting-started-2")).toEqual([[["Ann"]]]);
    const third = await run("getting-started-3");
    expect(third.slice(0, 3)).toEqual([[["Bob"]], [["Bob"]], [{ Ann: 0.4, Bob: 0.4, Cy: 0.2 }]]);
    expect(third[3]?.[0]).toEqual(E.right(expect.closeTo(2 / 15, 12)));
  });

  it("errors: paths, formatDecideError, a switch on _tag and an fp-ts chain", async () => {
    expect(await run("errors-1")).toEqual([
      ["InvalidInput"],
      [["ballots[1].ranking[1]", "ballots[2]"]],
      [
        'Invalid input (2 problems):\n- ballots[1].ranking[1]: unknown candidate "Bobby"\n- ballots[2]: unknown candidate "Cy"',
      ],
    ]);
    expect(await run("errors-2")).toEqual([["Check csv line 2, column 12."]]);
    expect(await run("errors-3")).toEqual([["Winner: Ann"]]);
  });

  it("choosing-a-committee-rule: AV and PAV disagree, and the AV board fails JR", async () => {
    expect(await run("choosing-a-committee-rule-1")).toEqual([
      [["Ana", "Ben", "Caro"]],
      [["Ana", "Ben", "Dan"]],
      [false, ["Dan"]],
    ]);
  });

  it("assessing-a-process: the troubled scenario's flags on 2026-03-31", async () => {
    expect(await run("assessing-a-process-1")).toEqual([
      ["level-overclaimed", "serious"],
      ["power-concentrated", "serious"],
      ["voice-unequal", "warning"],
      ["unrepresentative", "warning"],
      ["preferences-ignored", "warning"],
      ["commitments-overdue", "serious"],
      ["low-follow-through", "serious"],
      ["no-feedback", "serious"],
      ["too-early", "info"],
      ["decided-before-involvement", "warning"],
    ]);
  });

  it("recipes: a form's CSV counted two ways", async () => {
    expect(await run("recipes-1")).toEqual([
      [["Skate park", "Garden", "Playground"]],
      [["Garden"]],
      [["Garden"]],
    ]);
  });

  it("recipes: the page function writes the winner, or the error, into its element", async () => {
    const { showWinner } = await import("./guides/recipes-2.js");
    const output = { textContent: "" } as HTMLElement;
    showWinner(output, ["Ann>Bob", "Bob>Ann", "Cy>Bob", "Ann"]);
    expect(output.textContent).toBe("Elected: Ann");
    showWinner(output, ["Ann>Dee"]);
    expect(output.textContent).toBe(
      'Invalid input (1 problem):\n- ballots[0]: unknown candidate "Dee"',
    );
  });

  it("recipes: a ledger stored as JSON Lines, as the usage block does it", async () => {
    const { load, record } = await import("./guides/recipes-3.js");
    const dir = mkdtempSync(join(tmpdir(), "co-decide-recipe-"));
    try {
      const file = join(dir, "ledger.jsonl");
      const made = record(file, (events) =>
        events.commit({
          id: "c1",
          title: "Reopen the youth centre",
          owner: "Housing",
          party: "authority",
          madeAt: "2025-01-10",
          dueAt: "2025-06-30",
        }),
      );
      expect(E.isRight(made)).toBe(true);
      expect(E.isRight(record(file, (events) => events.deliver("c1", { at: "2025-06-20" })))).toBe(
        true,
      );
      const text = readFileSync(file, "utf8");
      expect(text.trim().split("\n")).toHaveLength(2);
      // A refused event leaves the file as it was.
      const refused = record(file, (events) => events.deliver("c1", { at: "2025-06-21" }));
      expect(refused).toMatchObject(E.left({ _tag: "InvalidTransition", eventId: "e3" }));
      expect(readFileSync(file, "utf8")).toBe(text);
      const state = load(file);
      expect(E.isRight(state) && state.right.commitments["c1"]?.status).toBe("delivered");
      expect(E.isRight(state) && state.right.lastSeq).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("showing-results: the Markdown printed is the block the guide shows", async () => {
    const printed = await run("showing-results-1");
    const shownBlock = /```text\n([\s\S]*?)```/.exec(read("docs/showing-results.md"))?.[1];
    // Biome pads the guide's tables; the cells, their alignment and every other line are the same.
    const cellsOnly = (md: unknown): string =>
      String(md)
        .replace(/ *\| */g, "|")
        .replace(/-{3,}/g, "---")
        .trimEnd();
    expect(printed).toHaveLength(1);
    expect(cellsOnly(printed[0]?.[0])).toBe(cellsOnly(shownBlock));
  });

  it("tracking-commitments: the builder and a metrics example", async () => {
    await run("tracking-commitments-1");
    expect(await run("tracking-commitments-2")).toEqual([
      [2, 1, 0.5],
      [["Fix the lift at Elm Court: 92 days"]],
      [1],
      [["Council housing team"]],
    ]);
    await run("tracking-commitments-3");
  });
});
