import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import tsup from "../../tsup.config.js";

// Each module folder under src/ is a public subpath: it needs an entry in package.json `exports`,
// in tsup and in typedoc (TOOLCHAIN.md). This keeps the four lists from drifting apart.
const root = new URL("../../", import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, root), "utf8"));

const modules = readdirSync(new URL("src/", root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`src/${entry.name}/index.ts`, root)))
  .map((entry) => entry.name)
  .sort();

describe("package layout", () => {
  it("has a module folder for each pillar of DESIGN.md", () => {
    expect(modules).toEqual(
      expect.arrayContaining(["ballots", "commitments", "core", "power", "voting"]),
    );
  });

  it("exports every module folder as a subpath with types first, for import and require", () => {
    const pkg = read("package.json") as { exports: Record<string, unknown> };
    const subpaths = Object.keys(pkg.exports).filter(
      (key) => key !== "." && key !== "./package.json",
    );
    expect(subpaths.sort()).toEqual(modules.map((m) => `./${m}`));
    for (const m of modules) {
      expect(pkg.exports[`./${m}`]).toEqual({
        import: { types: `./dist/${m}/index.d.ts`, default: `./dist/${m}/index.js` },
        require: { types: `./dist/${m}/index.d.cts`, default: `./dist/${m}/index.cjs` },
      });
    }
  });

  it("builds every module folder with tsup", () => {
    const entry = tsup.entry as Record<string, string>;
    expect(Object.keys(entry).sort()).toEqual(
      ["index", ...modules.map((m) => `${m}/index`)].sort(),
    );
  });

  it("documents every module folder with typedoc", () => {
    const typedoc = read("typedoc.json") as { entryPoints: string[] };
    expect(typedoc.entryPoints.sort()).toEqual(
      ["src/index.ts", ...modules.map((m) => `src/${m}/index.ts`)].sort(),
    );
  });

  it("re-exports every module from the root", () => {
    const index = readFileSync(new URL("src/index.ts", root), "utf8");
    for (const m of modules) expect(index).toContain(`from "./${m}/index.js"`);
  });

  it("gives the root every value of every module, the same objects, and nothing more", async () => {
    // The root takes core's values from core's files rather than its index (see src/index.ts), so
    // this is what keeps the two lists in step.
    const rootModule: Record<string, unknown> = await import("../../src/index.js");
    const expected = new Map<string, unknown>();
    for (const m of modules) {
      const subpath: Record<string, unknown> = await import(`../../src/${m}/index.ts`);
      for (const [name, value] of Object.entries(subpath)) expected.set(name, value);
    }
    expect(Object.keys(rootModule).sort()).toEqual([...expected.keys()].sort());
    for (const [name, value] of expected) expect(rootModule[name], name).toBe(value);
  });
});
