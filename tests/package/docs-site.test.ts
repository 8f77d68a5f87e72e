/**
 * The docs site's set-up, checked without building it (scripts/site-smoke.mjs checks the built
 * site in Chromium): pages filed under their subpath, the sidebar by subpath and category, no
 * Mermaid left for TypeDoc to print as code, and the site built and checked by `npm run docs` and CI.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), "utf8");

const modules = readdirSync(new URL("src/", root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`src/${entry.name}/index.ts`, root)))
  .map((entry) => entry.name);

describe("the docs site", () => {
  it("names each module by its import path, so that its pages are filed under it", () => {
    expect(read("src/index.ts")).toMatch(/^ \* @module co-decide$/m);
    for (const m of modules) {
      expect({ m, tag: /^ \* @module (.+)$/m.exec(read(`src/${m}/index.ts`))?.[1] }).toEqual({
        m,
        tag: `co-decide/${m}`,
      });
    }
  });

  it("groups the sidebar by subpath and category, and checks every export has a category", () => {
    const typedoc = JSON.parse(read("typedoc.json")) as Record<string, unknown>;
    expect(typedoc["plugin"]).toEqual(["./scripts/typedoc-site.mjs"]);
    expect(typedoc["navigation"]).toMatchObject({
      includeCategories: true,
      includeFolders: true,
      excludeReferences: true,
    });
    expect(typedoc["categorizeByGroup"]).toBe(false);
    expect(typedoc["treatWarningsAsErrors"]).toBe(true);
    const plugin = read("scripts/typedoc-site.mjs");
    expect(plugin).toContain("no @category on");
    expect(plugin).toContain("EVENT_BOOTSTRAP_END");
  });

  it("has no Mermaid block in the guides (TypeDoc would print it as code)", () => {
    for (const file of readdirSync(new URL("docs/", root)).filter((f) => f.endsWith(".md"))) {
      expect({ file, mermaid: read(`docs/${file}`).includes("```mermaid") }).toEqual({
        file,
        mermaid: false,
      });
    }
  });

  it("is built by npm run docs and checked in Chromium by CI after the docs step", () => {
    const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts["docs"]).toContain("typedoc && node scripts/build-site.mjs");
    expect(scripts["smoke:site"]).toBe("node scripts/site-smoke.mjs");
    const ci = read(".ci/run");
    expect(ci.indexOf("npm run smoke:site")).toBeGreaterThan(ci.indexOf("npm run docs"));
    expect(ci.indexOf("apt-get install -y -qq chromium")).toBeLessThan(
      ci.indexOf("npm run smoke:site"),
    );
  });

  it("keeps the playground's two slots for co-decide/render's views", () => {
    const page = read("docs/playground/playground.html");
    expect(page).toContain('<section id="markdown"');
    expect(page).toContain('<section id="chart"');
    expect(page).toContain("<!-- import map: written here by scripts/build-site.mjs -->");
    // Nothing from outside: no remote script, stylesheet or font.
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
