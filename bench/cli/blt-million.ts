/**
 * A million-ballot BLT file counted end to end by `co-decide count` (read as a stream, line by
 * line, into the profile builder) against the whole-string path (`readFileSync` then `readBlt`),
 * each in its own Node process so that its peak memory (max RSS) is its own.
 *
 * Run: `npx tsx bench/cli/blt-million.ts [ballots] [rounds]` (default 1,000,000 and 3). It writes the file and two
 * bundles (esbuild) to a temporary folder, runs each way three times in alternation, and prints
 * the time and the peak memory of each run. Results: bench/results/cli.md.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { createPrng } from "../../src/core/prng.js";

const BALLOTS = Number(process.argv[2] ?? 1_000_000);
const CANDIDATES = 8;
const SEATS = 3;
const ROUNDS = Number(process.argv[3] ?? 3);

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "co-decide-blt-bench-"));

/** Writes BALLOTS ballots: each a random order of 1 to 4 of the 8 candidates (a ward's shape). */
const writeFile = async (file: string): Promise<void> => {
  const random = createPrng("blt-million");
  const out = createWriteStream(file);
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => {
      if (out.write(text)) resolve();
      else out.once("drain", () => resolve());
    });
  await write(`${CANDIDATES} ${SEATS}\n`);
  let lines: string[] = [];
  for (let b = 0; b < BALLOTS; b++) {
    const order = Array.from({ length: CANDIDATES }, (_, c) => c + 1);
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random.nextFloat() * (k + 1));
      [order[k], order[j]] = [order[j] as number, order[k] as number];
    }
    lines.push(`1 ${order.slice(0, 1 + Math.floor(random.nextFloat() * 4)).join(" ")} 0`);
    if (lines.length === 10_000) {
      await write(`${lines.join("\n")}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) await write(`${lines.join("\n")}\n`);
  await write("0\n");
  for (let c = 1; c <= CANDIDATES; c++) await write(`"Candidate ${c}"\n`);
  await new Promise<void>((resolve) => out.end('"A million ballots"\n', () => resolve()));
};

/**
 * The two ways, as scripts that print `{ ms, startRssMB, maxRssMB, winners }` on standard error at
 * exit (`startRssMB`: the resident memory once the code is loaded, before the file is read).
 */
const STREAM = `
import { main } from ${JSON.stringify(join(root, "src/cli/main.ts"))};
const startRssMB = process.memoryUsage().rss / 1048576;
const start = performance.now();
let out = "";
const code = await main(["count", process.argv[2], "--method", "stv", "--option", "rule=scottish", "--format", "json", "--no-progress"], {
  stdout: { write: (t) => { out += t; } }, stderr: process.stderr, stdin: process.stdin,
});
const ms = performance.now() - start;
if (code !== 0) process.exit(code);
console.error(JSON.stringify({ ms, startRssMB, maxRssMB: process.resourceUsage().maxRSS / 1024, winners: JSON.parse(out).winners }));
`;
const WHOLE = `
import { readFileSync } from "node:fs";
import { readBlt } from ${JSON.stringify(join(root, "src/ballots/formats/blt.ts"))};
import { decide } from ${JSON.stringify(join(root, "src/voting/decide.ts"))};
const startRssMB = process.memoryUsage().rss / 1048576;
const start = performance.now();
const election = readBlt(readFileSync(process.argv[2], "utf8"));
if (election._tag === "Left") process.exit(1);
const { profile, seats, withdrawn } = election.right;
const outcome = decide({ method: "stv", profile, seats, options: { rule: "scottish", withdrawn } });
const ms = performance.now() - start;
if (outcome._tag === "Left") process.exit(1);
console.error(JSON.stringify({ ms, startRssMB, maxRssMB: process.resourceUsage().maxRSS / 1024, winners: outcome.right.winners }));
`;

const bundle = async (name: string, source: string): Promise<string> => {
  const entry = join(dir, `${name}.ts`);
  writeFileSync(entry, source);
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "silent",
  });
  return outfile;
};

const main = async (): Promise<void> => {
  const file = join(dir, "million.blt");
  await writeFile(file);
  const stream = await bundle("stream", STREAM);
  const whole = await bundle("whole", WHOLE);
  console.log(
    `${BALLOTS.toLocaleString("en")} ballots, ${(statSync(file).size / 1e6).toFixed(1)} MB, Node ${process.version}`,
  );
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, script] of [
      ["stream (co-decide count)", stream],
      ["whole string (readBlt)", whole],
    ] as const) {
      const child = spawnSync(process.execPath, [script, file], { encoding: "utf8" });
      const report = child.stderr.trim().split("\n").pop() ?? "";
      console.log(`round ${round}  ${name.padEnd(26)} exit ${child.status}  ${report}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
};

await main();
