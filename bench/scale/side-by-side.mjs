/**
 * The side-by-side scale table (issue 12): each cell is measured in a fresh Node process (so that
 * its peak memory is its own), `--reps` times, and the medians are printed as a Markdown table
 * with each time's ratio to the bare typed-array loop of the same size, method and ballot form,
 * measured in the same run.
 *
 * Run: `node bench/scale/side-by-side.mjs [options]`, options (comma-separated lists):
 *   --paths decide,builder,votes,bare   what counts (see bench/scale/cell.ts)
 *   --methods schulze,ranked-pairs,irv,borda,plurality
 *   --forms flat                        the spec's ballot form: shorthand, flat, nested, count
 *   --sizes 100000,1000000              ballots
 *   --reps 3                            processes per cell (medians are reported)
 *   --root .                            the checkout whose bench/scale/cell.ts and src/ are bundled
 *                                       (another checkout's, to measure an older version)
 *   --limits                            raise limits.ballots and limits.cells in the spec (for
 *                                       versions whose defaults refuse 1,000,000 ballots)
 *   --json FILE                         also write every measurement as JSON
 *
 * The bare pairwise loop is the same for every method but plurality (whose baseline is the bare
 * first-choice loop), so it is measured once per size and form.
 *
 * The cell script is bundled once with esbuild (a dev dependency) into a temporary file and run
 * with plain `node --expose-gc`, so no TypeScript loader sits in the timed process.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const list = (name, fallback) => option(name, fallback).split(",").filter(Boolean);

const paths = list("paths", "decide,builder,votes,bare");
const methods = list("methods", "schulze,ranked-pairs,irv,borda,plurality");
const forms = list("forms", "flat");
const sizes = list("sizes", "100000,1000000").map(Number);
const reps = Number(option("reps", "3"));
const root = resolve(option("root", "."));
const raiseLimits = args.includes("--limits");
const jsonOut = option("json", undefined);

const dir = mkdtempSync(join(tmpdir(), "co-decide-scale-"));
const bundle = join(dir, "cell.mjs");
await build({
  entryPoints: [join(root, "bench/scale/cell.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: bundle,
  logLevel: "warning",
  // The cell's own imports of node_modules resolve from this checkout when --root has none.
  nodePaths: [resolve("node_modules")],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Runs one cell `reps` times; the medians, or the error of the first failed run. */
const measure = (path, method, form, voters) => {
  const runs = [];
  for (let r = 0; r < reps; r++) {
    const child = spawnSync(
      process.execPath,
      ["--expose-gc", bundle, path, method, form, String(voters)],
      {
        encoding: "utf8",
        timeout: 300_000,
        maxBuffer: 1 << 20,
        env: { ...process.env, SCALE_LIMITS: raiseLimits ? "1" : "0" },
      },
    );
    const line = child.stdout.trim().split("\n").at(-1) ?? "";
    if (child.status !== 0 || !line.startsWith("{")) {
      const why = (child.stderr || child.error?.message || `exit ${child.status}`).trim();
      return {
        path,
        method,
        form,
        voters,
        error: why.split("\n").find((l) => /Error/.test(l)) ?? why.slice(0, 200),
      };
    }
    runs.push(JSON.parse(line));
  }
  return {
    path,
    method,
    form,
    voters,
    seconds: median(runs.map((run) => run.seconds)),
    cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
    peakMB: median(runs.map((run) => run.peakMB)),
    extraMB: median(runs.map((run) => run.extraMB)),
    winners: runs[0].winners,
    runs: runs.map((run) => [run.seconds, run.cpuSeconds]),
  };
};

const results = [];
const bareOf = (r) =>
  results.find(
    (b) =>
      b.path === "bare" &&
      b.voters === r.voters &&
      b.form === r.form &&
      (b.method === "plurality") === (r.method === "plurality") &&
      b.seconds !== undefined,
  );
const started = Date.now();
for (const voters of sizes) {
  for (const form of forms) {
    for (const method of methods) {
      for (const path of paths) {
        // The bare pairwise loop is the same for every method but plurality: measured once.
        if (
          path === "bare" &&
          method !== "plurality" &&
          bareOf({ voters, form, method }) !== undefined
        ) {
          continue;
        }
        const result = measure(path, method, form, voters);
        results.push(result);
        process.stderr.write(`${JSON.stringify(result)}\n`);
      }
    }
  }
}
rmSync(dir, { recursive: true, force: true });

const rows = results.map((r) => {
  if (r.error !== undefined) {
    return `| ${r.voters.toLocaleString("en")} | ${r.form} | ${r.method} | ${r.path} | failed: ${r.error.replaceAll("|", "/")} | | | | | |`;
  }
  const bare = bareOf(r);
  const ratio = (key) => (bare === undefined ? "" : `${(r[key] / bare[key]).toFixed(1)}x`);
  return `| ${r.voters.toLocaleString("en")} | ${r.form} | ${r.method} | ${r.path} | ${r.seconds.toFixed(3)} | ${ratio("seconds")} | ${r.cpuSeconds.toFixed(3)} | ${ratio("cpuSeconds")} | ${r.peakMB} | ${r.extraMB} |`;
});
console.log(
  [
    `<!-- ${new Date().toISOString()}, node ${process.version}, ${reps} processes per cell, ${Math.round((Date.now() - started) / 1000)} s -->`,
    "| ballots | form | method | path | wall s | × bare | CPU s | × bare (CPU) | peak RSS (MB) | count's own (MB) |",
    "| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n"),
);
if (jsonOut !== undefined) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
