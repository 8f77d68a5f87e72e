// Bundles the built ESM for the browser, serves it on 127.0.0.1, loads it in headless Chromium
// (Debian's package, driven by playwright-core; nothing is downloaded) and runs the real call.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright";
import { EXPECTED } from "./smoke-call.mjs";

const entry = `
  import * as root from "co-decide";
  import { parseSpecWithProfile, pairwiseTally, preferring } from "co-decide/ballots";
  import { createPrng } from "co-decide/core";
  import { run } from "./scripts/smoke-call.mjs";
  try {
    window.__result = run({ root, parseSpecWithProfile, pairwiseTally, preferring, createPrng });
  } catch (error) {
    window.__error = String(error && error.stack || error);
  }
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: "smoke-entry.js" },
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  logLevel: "error",
  metafile: true,
});
// Bundlers must get fp-ts's ES build (package.json `imports`, condition `module`), which they can
// tree-shake, never its CommonJS build.
const fpTs = Object.keys(bundle.metafile.inputs).filter((file) =>
  file.includes("node_modules/fp-ts/"),
);
assert.ok(
  fpTs.length > 0 && fpTs.every((file) => file.includes("node_modules/fp-ts/es6/")),
  fpTs.join(", "),
);
// The root stays browser-safe: nothing of co-decide/node (worker_threads, fs) may reach the bundle.
const nodeOnly = Object.keys(bundle.metafile.inputs).filter(
  (file) => file.startsWith("node:") || file.includes("dist/node/"),
);
assert.deepEqual(nodeOnly, []);
const script = bundle.outputFiles[0].text;

// The charts of co-decide/render, drawn in the page from results counted there: each SVG is put in
// the page and also drawn onto a canvas (as an image), whose pixels are counted: a chart that is
// blank (only background) fails. Screenshots are kept under bench/results/render/.
const chartsEntry = `
  import { decide } from "co-decide/voting";
  import { allocate, apportion } from "co-decide/committees";
  import { gini, lorenzCurve, powerIndex } from "co-decide/power";
  import { lorenzChart, toSvg } from "co-decide/render";
  import { SPEC } from "./scripts/smoke-call.mjs";
  const right = (e) => { if (e._tag !== "Right") throw new Error(JSON.stringify(e.left)); return e.right; };
  const weights = { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 };
  const projects = [{ id: "park", cost: 60 }, { id: "library", cost: 50 }, { id: "bench", cost: 10 }];
  const speaking = [2, 3, 5, 30];
  try {
    window.__charts = {
      "irv-tennessee": toSvg(right(decide({ ...SPEC, method: "irv" }))),
      "schulze-tennessee": toSvg(right(decide(SPEC))),
      "banzhaf-eec-1958": toSvg(right(powerIndex({ index: "banzhaf", quota: 12, weights })), { seats: weights }),
      "dhondt": toSvg(right(apportion({ method: "dhondt", seats: 8, votes: { A: 100000, B: 80000, C: 30000, D: 20000 } }))),
      "budget": toSvg(right(allocate({ method: "greedy", budget: 100, projects,
        ballots: [{ approve: ["park", "bench"], weight: 3 }, { approve: ["library"], weight: 2 }] })), { projects }),
      "lorenz": lorenzChart({ points: right(lorenzCurve(speaking)), gini: right(gini(speaking)), of: "speaking time" }),
    };
  } catch (error) {
    window.__error = String(error && error.stack || error);
  }
`;
const chartsBundle = await build({
  stdin: { contents: chartsEntry, resolveDir: process.cwd(), sourcefile: "charts-entry.js" },
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  logLevel: "error",
});
const chartsScript = chartsBundle.outputFiles[0].text;
const page = `<!doctype html><meta charset="utf-8"><title>co-decide smoke</title><script type="module" src="/smoke.js"></script>`;

const server = createServer((request, response) => {
  if (request.url === "/charts.js") {
    response.writeHead(200, { "content-type": "text/javascript" });
    response.end(chartsScript);
  } else if (request.url === "/charts") {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(
      `<!doctype html><meta charset="utf-8"><title>co-decide charts</title><body style="margin:0;background:#fff"><script type="module" src="/charts.js"></script>`,
    );
  } else if (request.url === "/smoke.js") {
    response.writeHead(200, { "content-type": "text/javascript" });
    response.end(script);
  } else {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(page);
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();

const profileDir = await mkdtemp(join(tmpdir(), "co-decide-chromium-"));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  const tab = await context.newPage();
  const pageErrors = [];
  tab.on("pageerror", (error) => pageErrors.push(String(error)));
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.waitForFunction(
    () => window.__result !== undefined || window.__error !== undefined,
    null,
    {
      timeout: 20_000,
    },
  );
  const error = await tab.evaluate(() => window.__error);
  assert.equal(error, undefined, `the call failed in Chromium: ${error}`);
  const result = await tab.evaluate(() => window.__result);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(result, EXPECTED);
  console.log(
    `Chromium ${context.browser()?.version() ?? ""} smoke test passed:`,
    JSON.stringify(result),
  );

  // The charts: put each SVG in the page, screenshot it, and count its non-background pixels.
  const charts = await context.newPage();
  const chartErrors = [];
  charts.on("pageerror", (error) => chartErrors.push(String(error)));
  await charts.goto(`http://127.0.0.1:${port}/charts`);
  await charts.waitForFunction(
    () => window.__charts !== undefined || window.__error !== undefined,
    null,
    {
      timeout: 20_000,
    },
  );
  const chartError = await charts.evaluate(() => window.__error);
  assert.equal(chartError, undefined, `the charts failed in Chromium: ${chartError}`);
  const names = await charts.evaluate(() => {
    const list = Object.keys(window.__charts);
    for (const name of list) {
      const holder = document.createElement("div");
      holder.id = `chart-${name}`;
      holder.style.display = "inline-block";
      holder.innerHTML = window.__charts[name];
      document.body.append(holder);
    }
    return list;
  });
  const shots = new URL("../bench/results/render/", import.meta.url);
  await mkdir(shots, { recursive: true });
  const counts = {};
  for (const name of names) {
    // Chromium's own SVG parser must accept it: an inline <svg> element with a title.
    const title = await charts.evaluate(
      (id) => document.querySelector(`#${id} > svg > title`)?.textContent ?? null,
      `chart-${name}`,
    );
    assert.ok(title && title.length > 0, `${name}: no <title> in Chromium's parse`);
    // Drawn as an image (data URL) onto a canvas: the pixels that are not the white background.
    const inked = await charts.evaluate(
      async (svg) => {
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context2d = canvas.getContext("2d");
        context2d.drawImage(image, 0, 0);
        const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) count += 1;
        }
        return { count, total: canvas.width * canvas.height };
      },
      await charts.evaluate((n) => window.__charts[n], name),
    );
    const share = inked.count / inked.total;
    counts[name] = `${(share * 100).toFixed(1)}% inked`;
    assert.ok(
      share > 0.02,
      `${name}: the chart is blank (${inked.count} of ${inked.total} pixels)`,
    );
    const png = await charts.locator(`#chart-${name} > svg`).screenshot();
    await writeFile(new URL(`${name}.png`, shots), png);
  }
  assert.deepEqual(chartErrors, []);
  console.log(`Chromium rendered ${names.length} charts:`, JSON.stringify(counts));
} finally {
  await context.close();
  server.close();
  await rm(profileDir, { recursive: true, force: true });
}
