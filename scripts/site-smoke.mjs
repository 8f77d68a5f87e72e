// Opens the built docs site in headless Chromium (Debian's package, driven by playwright-core;
// nothing is downloaded) and checks it as a visitor would. The site is served from disk on
// 127.0.0.1 (scripts/serve-site.mjs): the playground loads ES modules, which browsers do not load
// from file://, and TypeDoc's pages draw their icons from assets/icons.svg, which Chromium refuses
// across file:// pages (a console error).
// - The playground counts the Debian 2007 leader election pasted as PrefLib .soi with Schulze and
//   shows Sam Hocevar, the official winner; counts an example from its buttons with the keyboard
//   alone; and shows a bad ballot as formatDecideError's message.
// - An API page and a guide load: pages filed under their subpath, the sidebar grouped by subpath,
//   the commitments state diagram drawn as an image, no raw Mermaid.
// - No page logs a console error or throws, and no request leaves the machine.
// Screenshots go to bench/results/site/.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright";
import { serveSite, siteDir } from "./serve-site.mjs";

const root = resolve(import.meta.dirname, "..");
const site = siteDir();
const shots = join(root, "bench", "results", "site");
for (const page of ["index.html", "playground.html", "modules/co-decide_voting.html"]) {
  if (!existsSync(join(site, page))) {
    console.error(`site-smoke: ${page} is missing from the site; run \`npm run docs\` first.`);
    process.exit(1);
  }
}
mkdirSync(shots, { recursive: true });

const { server, url } = await serveSite(site);
const profileDir = mkdtempSync(join(tmpdir(), "co-decide-site-"));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1200, height: 900 },
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

const problems = [];
const outside = [];
// Nothing may be fetched from outside: the site carries every file it needs.
await context.route("**/*", (route) => {
  const address = route.request().url();
  if (/^(file:|data:|blob:|about:)/.test(address) || address.startsWith(url)) {
    return route.continue();
  }
  outside.push(address);
  return route.abort();
});

/** A new tab that records console errors, uncaught exceptions and failed requests. */
const open = async (address) => {
  const tab = await context.newPage();
  tab.on("console", (message) => {
    if (message.type() === "error") problems.push(`${address}: console: ${message.text()}`);
  });
  tab.on("pageerror", (error) => problems.push(`${address}: ${error}`));
  tab.on("requestfailed", (request) =>
    problems.push(`${address}: request failed: ${request.url()}`),
  );
  await tab.goto(address);
  return tab;
};

try {
  // The playground, over HTTP.
  const playground = await open(`${url}playground.html`);
  await playground.waitForSelector("html[data-ready='true']", { timeout: 20_000 });
  const debian = readFileSync(
    join(root, "tests/fixtures/data/preflib/debian/00002-00000005.soi"),
    "utf8",
  );
  await playground.getByLabel("Ballots").fill(debian);
  await playground.getByLabel("Format").selectOption("auto");
  await playground.getByLabel("Method").selectOption("schulze");
  await playground.getByRole("button", { name: "Count" }).click();
  await playground.waitForSelector("#result:not([hidden])");
  assert.equal(await playground.textContent("#winners"), "Sam Hocevar");
  const steps = await playground.locator("#explanation li").count();
  assert.ok(steps > 0, "the explanation has steps");
  await playground.screenshot({ path: join(shots, "playground-debian-2007.png"), fullPage: true });

  // The Markdown and chart sections show exactly when the library has co-decide/render's views.
  const hasViews = await playground.evaluate(async () => {
    const lib = await import("co-decide");
    return { markdown: typeof lib.toMarkdown === "function", svg: typeof lib.toSvg === "function" };
  });
  assert.equal(await playground.isVisible("#markdown"), hasViews.markdown);
  assert.equal(await playground.isVisible("#chart"), hasViews.svg);

  // The keyboard alone: an example button, then Ctrl+Enter in the ballots.
  await playground.getByRole("button", { name: "Schulze's 45 voters" }).focus();
  await playground.keyboard.press("Enter");
  assert.equal(await playground.evaluate(() => document.activeElement?.id), "ballots");
  await playground.keyboard.press("Control+Enter");
  await playground.waitForFunction(() => document.querySelector("#winners")?.textContent === "E");
  assert.equal(await playground.textContent("#ranking"), "E > A > C > B > D");

  // A bad ballot: the error, as formatDecideError writes it, in an alert.
  await playground.getByLabel("Ballots").fill("a>b\n2: a>>b\n");
  await playground.getByLabel("Format").selectOption("shorthand");
  await playground.getByRole("button", { name: "Count" }).click();
  const alert = playground.getByRole("alert");
  await alert.waitFor();
  assert.match(
    await playground.textContent("#error-text"),
    /shorthand line 2, column 4: tier 2 is empty/,
  );
  assert.equal(await playground.isVisible("#result"), false);
  await playground.screenshot({ path: join(shots, "playground-error.png"), fullPage: true });

  // An API page: filed under its subpath, with the sidebar grouped by subpath.
  const api = await open(`${url}functions/co-decide_voting.schulze.html`);
  assert.match(await api.title(), /schulze \| co-decide/);
  assert.match(await api.textContent(".tsd-breadcrumb"), /co-decide\/voting/);
  await api.waitForSelector("#tsd-nav-container a[href$='co-decide_voting.html']", {
    state: "attached",
    timeout: 10_000,
  });
  assert.ok(await api.locator("a", { hasText: "Playground" }).count(), "a link to the playground");
  await api.screenshot({ path: join(shots, "api-schulze.png") });

  // A guide: the state diagram is an image that loaded, and no Mermaid is left raw.
  const guide = await open(`${url}documents/tracking-commitments.html`);
  const diagram = guide.locator("img[src$='commitment-states.svg']");
  await diagram.scrollIntoViewIfNeeded();
  assert.ok(
    await diagram.evaluate((image) => image.complete && image.naturalWidth > 0),
    "the state diagram loaded",
  );
  assert.equal(await guide.locator("code.language-mermaid, pre.mermaid").count(), 0);
  assert.doesNotMatch(await guide.textContent("body"), /stateDiagram-v2/);
  await guide.screenshot({ path: join(shots, "guide-commitment-states.png") });

  assert.deepEqual(outside, [], "requests that left the machine");
  assert.deepEqual(problems, [], "console errors, exceptions or failed requests");
  console.log(
    `Chromium ${context.browser()?.version() ?? ""} site smoke test passed: the playground counted ` +
      "Debian 2007 (Sam Hocevar) and Schulze's example (E); an API page and a guide loaded; " +
      "screenshots in bench/results/site/.",
  );
} finally {
  await context.close();
  server.close();
  rmSync(profileDir, { recursive: true, force: true });
}
