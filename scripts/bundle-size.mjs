// Measures what an app pays, minified and gzipped, for typical imports from the built package,
// against the cost of its two runtime dependencies' entry points, in the same run. Writes
// bench/results/bundle-size.md. With --check it writes nothing and exits 1 when an import is over
// its budget (CI runs it after the build).
//
// esbuild resolves the package as a browser bundler would: through `exports`, with its default
// conditions, `module` among them, so fp-ts comes from its ES build (package.json `imports`).
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const check = process.argv.includes("--check");

/** [label, entry source, budget in kB (min + gzip) or undefined]. */
const cases = [
  [
    "import { decide } from 'co-decide'",
    "import { decide } from 'co-decide'; globalThis.x = decide;",
    // Issue 9's target is 40 kB however many methods the registry holds; with the 40 methods of
    // 0.2 (every method's code, options schema and explanation texts) it is 54.0 kB. Until decide
    // stops carrying every method, this budget is a ratchet at today's figure. Issue 13 added the
    // simple multi-seat rules (SNTV, block, limited, bloc Borda: 55.6 kB), then STV (five rule
    // books, their stage records and tie paths) and CPO-STV; issue 15 the 20 approval committee
    // rules (their engines, options and explanation texts, about 10 kB); then STV's ERS97 rule
    // (its count and rule text, 76.7 kB); then seq-phragmen and equal-shares, which bring the
    // participatory budgeting engines into decide (about 8.5 kB more); then positive-negative
    // voting (with its per-ballot rules, checked by decide at each ballot's path) and greedy
    // Monroe, 85.4 -> 88.0 kB; then, on 7 December, ERS97's 5.6.2 tie records, the builder's
    // append-when-distinct path and Equal Shares' lazily worked-out exact prices (issues 12, 13
    // and 14), 88.5 -> 89.9 kB.
    90.5,
  ],
  [
    "createDecide([schulzeMethod, irvMethod]) from 'co-decide/voting'",
    "import { createDecide, irvMethod, schulzeMethod } from 'co-decide/voting'; globalThis.x = createDecide([schulzeMethod, irvMethod]);",
    // Issue 9 asked for 16 kB, but the boundary with its lightest method costs 18.4 kB (next row):
    // zod about 7 kB (the spec schema and the options schemas), the spec and profile checks, the
    // profile builder, errors and tie-breaks about 8.5 kB; the work-limit checks and the search of
    // every tie path under policy none add the rest. This budget holds today's 25.1 kB. Issue 12's
    // single read of ranking tiers (checked in readRanked, with the full re-read of a spec whose
    // light read finds a bad tier) took it from 26.0 to 26.2 kB (26,602 to 26,794 bytes).
    26.5,
  ],
  [
    "createDecide([pluralityMethod]) from 'co-decide/voting' (the boundary's floor)",
    "import { createDecide, pluralityMethod } from 'co-decide/voting'; globalThis.x = createDecide([pluralityMethod]);",
  ],
  [
    "import { schulze } from 'co-decide'",
    "import { schulze } from 'co-decide'; globalThis.x = schulze;",
    12,
  ],
  ["import { irv } from 'co-decide'", "import { irv } from 'co-decide'; globalThis.x = irv;", 12],
  [
    "import { plurality } from 'co-decide'",
    "import { plurality } from 'co-decide'; globalThis.x = plurality;",
  ],
  ["import { gini } from 'co-decide'", "import { gini } from 'co-decide'; globalThis.x = gini;", 4],
  [
    "import { replay } from 'co-decide/commitments'",
    "import { replay } from 'co-decide/commitments'; globalThis.x = replay;",
    // Issue 9's target. The work limits and hole checks of issue 10 took it to 14.1 kB (14,376
    // bytes); replay now picks an event's schema by its type by hand instead of through zod's
    // discriminated union (whose union machinery it no longer carries), 13.4 kB.
    14,
  ],
  [
    "import { parseSpec } from 'co-decide/ballots'",
    "import { parseSpec } from 'co-decide/ballots'; globalThis.x = parseSpec;",
  ],
  [
    "import { powerIndex } from 'co-decide/power'",
    "import { powerIndex } from 'co-decide/power'; globalThis.x = powerIndex;",
  ],
  [
    "import { toMarkdown } from 'co-decide/render'",
    "import { toMarkdown } from 'co-decide/render'; globalThis.x = toMarkdown;",
    // Every Markdown view, the escaping, the cell limit and core's rationals (for the exact
    // transfers); render imports no method, so a page showing stored results stays small.
    12,
  ],
  [
    "import { toSvg } from 'co-decide/render'",
    "import { toSvg } from 'co-decide/render'; globalThis.x = toSvg;",
    // Every chart, the escaping and the work limit, with no method's code (render imports types only).
    16,
  ],
  [
    "import * as all from 'co-decide' (everything)",
    "import * as all from 'co-decide'; globalThis.x = all;",
  ],
  [
    "baseline: import * as z from 'zod/mini' (object + array + string)",
    "import * as z from 'zod/mini'; globalThis.x = z.object({ a: z.array(z.string()) });",
  ],
  [
    "baseline: import { z } from 'zod' (classic)",
    "import { z } from 'zod'; globalThis.x = z.object({ a: z.array(z.string()) });",
  ],
  [
    "baseline: fp-ts Either + pipe, ES build (fp-ts/es6)",
    "import * as E from 'fp-ts/es6/Either.js'; import { pipe } from 'fp-ts/es6/function.js'; globalThis.x = pipe(E.right(1), E.map((n) => n + 1));",
  ],
  [
    "baseline: fp-ts Either + pipe, CommonJS build (fp-ts/lib)",
    "import * as E from 'fp-ts/lib/Either.js'; import { pipe } from 'fp-ts/lib/function.js'; globalThis.x = pipe(E.right(1), E.map((n) => n + 1));",
  ],
];

/** The same imports from 0.1.0 (before tree-shaking and the fp-ts ES build), measured the same way. */
const BEFORE = {
  "import { decide } from 'co-decide'": ["134.1", "42.2"],
  "createDecide([schulzeMethod, irvMethod]) from 'co-decide/voting'": ["n/a", "n/a"],
  "createDecide([pluralityMethod]) from 'co-decide/voting' (the boundary's floor)": ["n/a", "n/a"],
  "import { schulze } from 'co-decide'": ["121.7", "37.7"],
  "import { irv } from 'co-decide'": ["121.7", "37.7"],
  "import { plurality } from 'co-decide'": ["121.7", "37.7"],
  "import { gini } from 'co-decide'": ["53.7", "15.1"],
  "import { replay } from 'co-decide/commitments'": ["67.0", "19.4"],
  "import { parseSpec } from 'co-decide/ballots'": ["65.4", "19.8"],
  "import { powerIndex } from 'co-decide/power'": ["75.1", "23.4"],
  "import * as all from 'co-decide' (everything)": ["249.6", "81.7"],
};

const kb = (n) => (Number.isNaN(n) ? "n/a" : (n / 1024).toFixed(1));
const rows = [];
const problems = [];
for (const [label, contents, budget] of cases) {
  try {
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), sourcefile: "entry.js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    const code = result.outputFiles[0].contents;
    const gz = gzipSync(code, { level: 9 }).length;
    rows.push([label, code.length, gz, budget]);
    if (budget !== undefined && gz > budget * 1024) {
      problems.push(`${label}: ${kb(gz)} kB min + gzip, over its budget of ${budget} kB`);
    }
    const fpTs = Object.keys(result.metafile.inputs).filter((file) => file.includes("/fp-ts/lib/"));
    if (!label.startsWith("baseline") && fpTs.length > 0) {
      problems.push(`${label}: bundles fp-ts's CommonJS build (${fpTs[0]}), not its ES build`);
    }
  } catch (error) {
    rows.push([label, NaN, NaN, budget]);
    problems.push(`${label}: did not bundle (${String(error.message ?? error).split("\n")[0]})`);
  }
}

if (check) {
  for (const [label, , gz, budget] of rows) {
    if (budget !== undefined) console.log(`${kb(gz).padStart(6)} kB / ${budget} kB  ${label}`);
  }
  if (problems.length > 0) {
    console.error(`\nBundle size check failed:\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log("\nBundle size check passed: every import is within its budget.");
} else {
  const table = [
    "| import | minified (kB) | min + gzip (kB) | budget (kB) | before: minified | before: min + gzip |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(([label, min, gz, budget]) => {
      const [beforeMin, beforeGz] = BEFORE[label] ?? ["", ""];
      return `| ${label} | ${kb(min)} | ${kb(gz)} | ${budget ?? ""} | ${beforeMin} | ${beforeGz} |`;
    }),
  ].join("\n");
  const text = `# Browser bundle size

Measured by \`npm run size\` (scripts/bundle-size.mjs): esbuild bundles each import for the browser
(minified, ES2022), gzip level 9, 1 kB = 1024 bytes. Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
The baselines are measured in the same run. esbuild resolves the package as a browser bundler does,
with the \`module\` condition, so fp-ts comes from its ES build (\`fp-ts/es6\`, tree-shaken).

\`npm run size:check\` (run by CI after the build) fails when an import passes its budget. "Before"
is 0.1.0, measured the same way: then every top-level schema and the registry were kept by every
bundle and fp-ts came from its CommonJS build, so one method cost as much as all of them.

A boundary (\`decide\`, \`createDecide\`) carries, whatever methods it runs, zod (about 7 kB: the
spec schema and the methods' options schemas) and the spec and profile checks, the profile builder,
errors and tie-breaks (about 8.5 kB): \`createDecide([pluralityMethod])\` is its floor. Issue 9's
targets are therefore not all met: 16 kB for two methods (budget 26.5 kB, today's figure) and 40 kB for
\`decide\` however many methods it holds (budget 90.5 kB: it carries all 70 methods, the 41 single-winner
ones and the 29 multi-seat ones of \`co-decide/committees\`, STV and the budgeting engines among them).
Those budgets are ratchets that stop a regression, not the targets. \`replay\` meets its target of
14 kB (its budget). A method called directly on a profile (\`schulze(profile)\`) carries none of that.

${table}
`;
  writeFileSync("bench/results/bundle-size.md", text);
  console.log(text);
  if (problems.length > 0) console.error(`Over budget or not bundled:\n- ${problems.join("\n- ")}`);
}
