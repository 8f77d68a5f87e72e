/**
 * The `co-decide` executable, run as a child process the way a user runs it. `npm test` runs before
 * the build in CI, so `beforeAll` bundles src/cli/bin.ts with esbuild into a temporary folder.
 *
 * The counts are checked against the published results the fixtures' own tests assert: the Glasgow
 * 2007 wards (tests/fixtures/stv/glasgow-2007-stages.txt, Scottish STV, SSI 2007/42), the Debian
 * Project Leader election of 2002 (PrefLib 00002; Bdale Garbee), the Irish 2002 Dublin West
 * constituency (PrefLib 00001; Higgins, Lenihan and Burton elected), a pabulib budget (the city's
 * `selected` projects) and the 1958 EEC Council of Ministers (Shapley-Shubik: France 7/30, Luxembourg
 * a dummy).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import * as E from "fp-ts/lib/Either.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkEvents, toJsonLines } from "../../src/commitments/index.js";
import { parsePabulib } from "../../src/committees/index.js";
import { powerIndex } from "../../src/power/index.js";
import { assessProcess, parseProcess } from "../../src/process/index.js";
import { toMarkdown, toSvg } from "../../src/render/index.js";
import { methodsTable } from "../../src/voting/index.js";
import { SCENARIO } from "../commitments/scenario.js";
import { dataPath, dataText } from "../helpers/data.js";
import { troubled } from "../process/scenarios.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  version: string;
};

let dir = "";
let bin = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "co-decide-cli-"));
  bin = join(dir, "co-decide.mjs");
  await build({
    entryPoints: [join(root, "src/cli/bin.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: bin,
    define: { CO_DECIDE_VERSION: JSON.stringify(version) },
    // Each test starts a process that parses the bundle: smaller is faster.
    minify: true,
    logLevel: "silent",
  });
}, 30_000);

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

const right = <T>(either: E.Either<{ readonly message: string }, T>): T => {
  if (E.isLeft(either)) throw new Error(either.left.message);
  return either.right;
};

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built tool with `args`, feeding `stdin` if given; stderr is a pipe (not a terminal). */
const run = (args: readonly string[], stdin?: string): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });

const json = (result: Run): Record<string, unknown> => {
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};

/** The councillors a Glasgow ward elected, from the stage sheet's `elected` line. */
const glasgowElected = (ward: string): string[] => {
  const sheet = readFileSync(
    new URL("../fixtures/stv/glasgow-2007-stages.txt", import.meta.url),
    "utf8",
  ).split("\n");
  const at = sheet.findIndex((line) => line.startsWith(`ward ${ward} `));
  const elected = sheet.slice(at).find((line) => line.startsWith("elected ")) ?? "";
  return elected
    .slice("elected ".length)
    .split("; ")
    .map((part) => part.split("@")[0] as string);
};

describe.concurrent("co-decide count", () => {
  it("counts a Glasgow 2007 ward's BLT file by Scottish STV and elects the published councillors", async () => {
    const ward = "Anderston-City-2007";
    const outcome = json(
      await run([
        "count",
        dataPath(`stv/glasgow-2007/${ward}.blt`),
        "--method",
        "stv",
        "--option",
        "rule=scottish",
        "--format",
        "json",
      ]),
    );
    expect(outcome["method"]).toBe("stv");
    expect(outcome["quota"]).toBe("1381.00000");
    expect((outcome["winners"] as string[]).map((w) => w.replace(/\s+/g, " ").trim())).toEqual(
      glasgowElected(ward),
    );
  });

  it("prints the winners and the explanation as text", async () => {
    const ward = "Calton-2007";
    const result = await run([
      "count",
      dataPath(`stv/glasgow-2007/${ward}.blt`),
      "-m",
      "stv",
      "--option",
      "rule=scottish",
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const winners = /^Winners: (.*)$/m.exec(result.stdout)?.[1]?.split(", ") ?? [];
    expect(winners.map((w) => w.replace(/\s+/g, " ").trim())).toEqual(glasgowElected(ward));
    expect(result.stdout).toContain("Explanation:\n  1. Scottish STV (SSI 2007/42");
    expect(result.stdout).toMatch(/Stage 1: first preferences counted; quota 1300\.00000/);
  });

  it("elects Bdale Garbee, the official winner, from the Debian 2002 PrefLib file by Schulze", async () => {
    const outcome = json(
      await run([
        "count",
        dataPath("preflib/debian/00002-00000001.soi"),
        "--method",
        "schulze",
        "--tie-break",
        "none",
        "--format",
        "json",
      ]),
    );
    expect(outcome["winners"]).toEqual(["Bdale Garbee"]);
    expect(outcome["tieBreaks"]).toEqual([]);
  });

  it("elects the declared TDs of Dublin West 2002 (PrefLib 00001) by STV with --seats 3", async () => {
    const outcome = json(
      await run([
        "count",
        dataPath("preflib/irish/00001-00000002.soi"),
        "--method",
        "stv",
        "--seats",
        "3",
        "--format",
        "json",
      ]),
    );
    const surnames = (outcome["winners"] as string[]).map(
      (w) => ["Higgins", "Lenihan", "Burton"].find((s) => w.includes(s)) ?? w,
    );
    expect(surnames.sort()).toEqual(["Burton", "Higgins", "Lenihan"]);
  });

  it("funds the projects Warszawa-Anin 2019 selected (pabulib, greedy) from the .pb file", async () => {
    const file = "pabulib/Poland_Warszawa_2019_Anin.pb";
    const instance = parsePabulib(dataText(file));
    if (E.isLeft(instance)) throw new Error(instance.left.message);
    expect(instance.right.meta["rule"]).toBe("greedy");
    const official = instance.right.projects.filter((p) => p.selected === true).map((p) => p.id);
    const allocation = json(
      await run(["count", dataPath(file), "--method", "greedy", "--format", "json"]),
    );
    expect([...(allocation["winners"] as string[])].sort()).toEqual(official.sort());
  });

  it("reads standard input as '-', and a JSON spec with the method on the command line", async () => {
    const blt = dataText("stv/glasgow-2007/Anderston-City-2007.blt");
    const fromStdin = json(
      await run(
        [
          "count",
          "-",
          "--input-format",
          "blt",
          "-m",
          "stv",
          "--option",
          "rule=scottish",
          "--format",
          "json",
        ],
        blt,
      ),
    );
    expect(fromStdin["winners"]).toHaveLength(4);
    const spec = JSON.stringify({
      candidates: ["a", "b", "c"],
      ballots: ["a>b>c", "b>a>c", "c>b>a"],
    });
    const irv = json(
      await run(["count", "-", "--input-format", "json", "-m", "irv", "--format", "json"], spec),
    );
    expect(irv["winners"]).toEqual(["b"]);
  });

  it("reads a CSV of ranks from standard input, and reports a bad cell with line:column", async () => {
    const csv = "Ann,Bob,Cy\n1,2,3\n2,1,3\n1,3,2\n";
    const outcome = json(
      await run(["count", "-", "--input-format", "csv", "-m", "irv", "--format", "json"], csv),
    );
    expect(outcome["winners"]).toEqual(["Ann"]);
    const bad = await run(["count", "-", "--input-format", "csv", "-m", "irv"], "Ann,Bob\n1,x\n");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^-: csv line 2, column 3: /);
  });

  it("breaks ties by the policy given: order, and none (every co-winner)", async () => {
    const spec = JSON.stringify({
      method: "plurality",
      candidates: ["a", "b"],
      ballots: ["a>b", "b>a"],
    });
    const ordered = json(
      await run(
        ["count", "-", "--input-format", "json", "--tie-break", "order:b,a", "--format", "json"],
        spec,
      ),
    );
    expect(ordered["winners"]).toEqual(["b"]);
    expect((ordered["tieBreaks"] as unknown[]).length).toBe(1);
    const none = json(
      await run(
        ["count", "-", "--input-format", "json", "--tie-break", "none", "--format", "json"],
        spec,
      ),
    );
    expect(none["winners"]).toEqual(["a", "b"]);
  });
});

describe.concurrent("co-decide errors and exit codes", () => {
  it("exits 1 with line:column for a broken BLT file, from a file and from standard input", async () => {
    const file = join(dir, "broken.blt");
    writeFileSync(file, '2 1\n1 1 2 1 0\n0\n"a"\n"b"\n"t"\n');
    const result = await run(["count", file, "--method", "stv"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `${file}: blt line 2, column 7: candidate 1 appears twice on this ballot\n`,
    );
    const cut = await run(["count", "-", "--input-format", "blt", "-m", "stv"], "2 1\n1 1 0\n");
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain("-: blt line 3, column 1: the file ends inside the ballots");
  });

  it("exits 1 with line:column for a broken PrefLib file and for broken JSON", async () => {
    const file = join(dir, "broken.soi");
    writeFileSync(
      file,
      "# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n1: 1,1\n",
    );
    const result = await run(["count", file, "--method", "schulze"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("line 4, column 6: alternative 1 appears twice in this order");
    const spec = await run(
      ["count", "-", "--input-format", "json"],
      '{\n  "method": "irv",\n  "candidates": [}\n',
    );
    expect(spec.code).toBe(1);
    expect(spec.stderr).toMatch(/^-: json line 3, column 18: /);
  });

  it("exits 1 with the path of an invalid spec, and of a bad method option", async () => {
    const spec = JSON.stringify({ method: "irv", candidates: ["a", "b"], ballots: ["a>z"] });
    const result = await run(["count", "-", "--input-format", "json"], spec);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^-: Invalid input \(1 problem\):\n- ballots\[0\]/);
    const option = await run([
      "count",
      dataPath("preflib/debian/00002-00000001.soi"),
      "-m",
      "schulze",
      "--option",
      "strength=loud",
    ]);
    expect(option.code).toBe(1);
    expect(option.stderr).toContain("options.strength");
  });

  it("exits 1 for a file that does not exist", async () => {
    const result = await run(["count", join(dir, "missing.blt"), "-m", "stv"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no such file");
  });

  it.each([
    ["no command", [], "Usage: co-decide COMMAND"],
    ["an unknown command", ["tally"], 'unknown command "tally"'],
    ["an unknown option", ["count", "x.blt", "--colour"], "Unknown option '--colour'"],
    ["a missing file argument", ["count", "--method", "irv"], "missing the FILE argument"],
    ["a missing method", ["count", "x.soi"], "missing --method"],
    ["an unknown extension", ["count", "x.txt", "-m", "irv"], "give --input-format"],
    ["standard input without a format", ["count", "-", "-m", "irv"], "needs --input-format"],
    ["a bad --seats", ["count", "x.blt", "-m", "stv", "--seats", "two"], "--seats"],
    ["a bad --tie-break", ["count", "x.blt", "-m", "stv", "--tie-break", "coin"], "--tie-break"],
    ["--format svg of the methods list", ["methods", "--format", "svg"], "has no chart"],
    ["an unknown ledger action", ["ledger", "seal", "x.jsonl"], 'unknown action "seal"'],
  ] as const)("exits 2 for %s", async (_, args, words) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(words);
  });
});

describe.concurrent("co-decide help, version and progress", () => {
  it("prints its version, its help and every command's help", async () => {
    expect(await run(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    const commands = ["count", "methods", "power", "ledger"];
    const helps = await Promise.all(commands.map((command) => run([command, "--help"])));
    commands.forEach((command, i) => {
      expect(help.stdout).toContain(`  ${command} `);
      expect(helps[i]?.code).toBe(0);
      expect(helps[i]?.stdout.startsWith(`Usage: co-decide ${command}`)).toBe(true);
    });
  });

  it("draws no progress on standard error when it is not a terminal", async () => {
    const result = await run(["count", dataPath("stv/glasgow-2007/Govan-2007.blt"), "-m", "stv"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });
});

describe.concurrent("co-decide methods, power and ledger", () => {
  it("lists the registry with ballots and properties, and the budgeting methods", async () => {
    const text = await run(["methods"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ {2}schulze +ranked .*Schulze/m);
    expect(text.stdout).toContain("Participatory budgeting (.pb files and budget specs): greedy");
    const listed = json(await run(["methods", "--format", "json"]));
    const schulze = (listed["methods"] as { id: string; satisfies: string[] }[]).find(
      (m) => m.id === "schulze",
    );
    expect(schulze?.satisfies).toContain("condorcet-winner");
    expect(listed["budget"]).toContain("equal-shares");
  });

  it("computes the Shapley-Shubik index of the 1958 EEC Council of Ministers", async () => {
    const game = JSON.stringify({
      index: "shapley-shubik",
      quota: 12,
      weights: { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 },
    });
    const result = json(await run(["power", "-", "--format", "json"], game));
    expect(result["exact"]).toMatchObject({ France: "7/30", Belgium: "3/20", Luxembourg: "0" });
    expect(result["dummies"]).toEqual(["Luxembourg"]);
    const bad = await run(
      ["power", "-"],
      JSON.stringify({ index: "banzhaf", quota: "x", weights: {} }),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("quota");
  });

  it("prints the render module's Markdown and SVG views of a result (--format md|svg)", async () => {
    const spec = {
      index: "shapley-shubik",
      quota: 12,
      weights: { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 },
    };
    const direct = right(powerIndex(spec));
    const md = await run(["power", "-", "--format", "md"], JSON.stringify(spec));
    expect(md).toEqual({ code: 0, stdout: toMarkdown(direct), stderr: "" });
    const svg = await run(["power", "-", "--format", "svg"], JSON.stringify(spec));
    expect(svg).toEqual({ code: 0, stdout: `${toSvg(direct)}\n`, stderr: "" });
    const methods = await run(["methods", "--format", "md"]);
    expect(methods.stdout.startsWith(methodsTable())).toBe(true);
  });

  it("verifies a ledger's hash chain, and names the event where an edited one breaks", async () => {
    const linked = right(linkEvents(SCENARIO));
    const file = join(dir, "ledger.jsonl");
    writeFileSync(file, right(toJsonLines(linked)));
    const ok = await run(["ledger", "verify", file]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`The hash chain holds: ${SCENARIO.length} events checked.`);
    const edited = linked.map((e, i) => (i === 1 ? { ...e, at: "2025-01-02" } : e));
    const tampered = join(dir, "tampered.jsonl");
    writeFileSync(tampered, right(toJsonLines(edited)));
    const broken = await run(["ledger", "verify", tampered]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(tampered);
    expect(broken.stderr).toMatch(/event/);
  });

  it("prints a ledger's report and metrics as of a date", async () => {
    const file = join(dir, "ledger.jsonl");
    writeFileSync(file, right(toJsonLines(right(linkEvents(SCENARIO)))));
    const report = await run(["ledger", "report", file, "--as-of", "2025-07-01"]);
    expect(report.code).toBe(0);
    expect(report.stdout.split("\n").slice(0, 3)).toEqual([
      "# You said, we did",
      "",
      "_As of 2025-07-01: 8 commitments, 5 due, 2 delivered (40%), 1 on time, 2 overdue, 2 broken; 1 of 3 deliveries independently verified._",
    ]);
    const metrics = json(
      await run(["ledger", "metrics", file, "--as-of", "2025-07-01", "--format", "json"]),
    );
    expect(metrics["overall"]).toMatchObject({ total: 8, due: 5, delivered: 2 });
    const bad = await run(["ledger", "metrics", file, "--as-of", "2025-13-40"]);
    expect(bad.code).toBe(1);
  });
});

describe("co-decide assess", () => {
  it("prints a process's flags and indicators, the same as assessProcess gives (tests/process)", async () => {
    const file = join(dir, "process.json");
    writeFileSync(file, JSON.stringify(troubled()));
    const text = await run(["assess", file, "--as-of", "2025-06-30"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("as of 2025-06-30");
    expect(text.stdout).toContain("[serious] level-overclaimed (d1)");
    expect(text.stdout).toContain("Follow-through:");
    const assessment = json(
      await run(["assess", file, "--as-of", "2025-06-30", "--format", "json"]),
    );
    const direct = E.flatMap(parseProcess(troubled()), (p) =>
      assessProcess(p, { asOf: "2025-06-30" }),
    );
    expect(assessment).toEqual(JSON.parse(JSON.stringify(right(direct))));
  });

  it("refuses a stage that ends before it starts with exit 1 and the path", async () => {
    const process = troubled() as { stages: Record<string, unknown>[] };
    const [first, ...others] = process.stages;
    const file = join(dir, "broken-process.json");
    writeFileSync(
      file,
      JSON.stringify({ ...process, stages: [{ ...first, endsAt: "1900-01-01" }, ...others] }),
    );
    const bad = await run(["assess", file, "--as-of", "2025-06-30"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("stages[0]");
    expect((await run(["assess"])).code).toBe(2);
  });
});
