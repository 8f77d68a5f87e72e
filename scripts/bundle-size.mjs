// Measures what an app pays, minified and gzipped, for typical imports from the built package,
// against the cost of its two runtime dependencies' entry points, in the same run. Writes
// bench/results/bundle-size.md.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const cases = [
  [
    "import { decide } from 'co-decide'",
    "import { decide } from 'co-decide'; globalThis.x = decide;",
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
    "import { replay } from 'co-decide/commitments'",
    "import { replay } from 'co-decide/commitments'; globalThis.x = replay;",
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
    "baseline: fp-ts Either + pipe",
    "import * as E from 'fp-ts/lib/Either.js'; import { pipe } from 'fp-ts/lib/function.js'; globalThis.x = pipe(E.right(1), E.map((n) => n + 1));",
  ],
];

const rows = [];
for (const [label, contents] of cases) {
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
    });
    const code = result.outputFiles[0].contents;
    rows.push([label, code.length, gzipSync(code, { level: 9 }).length]);
  } catch {
    rows.push([label, NaN, NaN]);
  }
}

const kb = (n) => (Number.isNaN(n) ? "n/a" : (n / 1024).toFixed(1));
const table = [
  "| import | minified (kB) | min + gzip (kB) |",
  "| --- | ---: | ---: |",
  ...rows.map(([label, min, gz]) => `| ${label} | ${kb(min)} | ${kb(gz)} |`),
].join("\n");
const text = `# Browser bundle size

Measured by \`npm run size\` (scripts/bundle-size.mjs): esbuild bundles each import for the browser
(minified, ES2022), gzip level 9. Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
The baselines are measured in the same run.

${table}
`;
writeFileSync("bench/results/bundle-size.md", text);
console.log(text);
