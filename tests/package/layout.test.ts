import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

/**
 * Subpaths that use Node APIs (DESIGN.md 4, "Browser-safe"): each is a module folder with its own
 * subpath, build entry and docs like any other, but the root does NOT re-export it, so that a
 * browser bundle of `co-decide` never pulls `node:*` modules. `node` holds `countInWorkers`; the
 * CLI (`cli`) will join this list.
 */
const NODE_ONLY: readonly string[] = ["node", "cli"];

/**
 * Extra build entries beside the modules' indexes: the worker script `co-decide/node` starts, and
 * the `co-decide` executable (`src/cli` has no index: it is a program, not a subpath).
 */
const EXTRA_ENTRIES: readonly string[] = ["node/worker", "cli/bin"];

const browserModules = modules.filter((m) => !NODE_ONLY.includes(m));

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
      ["index", ...modules.map((m) => `${m}/index`), ...EXTRA_ENTRIES].sort(),
    );
  });

  it("documents every module folder with typedoc", () => {
    const typedoc = read("typedoc.json") as { entryPoints: string[] };
    expect(typedoc.entryPoints.sort()).toEqual(
      ["src/index.ts", ...modules.map((m) => `src/${m}/index.ts`)].sort(),
    );
  });

  it("re-exports every module from the root, except the Node-only ones", () => {
    const index = readFileSync(new URL("src/index.ts", root), "utf8");
    for (const m of browserModules) expect(index).toContain(`from "./${m}/index.js"`);
    for (const m of NODE_ONLY) expect(index).not.toContain(`./${m}/`);
  });

  it("gives the root every value of every module, the same objects, and nothing more", async () => {
    // The root takes core's values from core's files rather than its index (see src/index.ts), so
    // this is what keeps the two lists in step.
    const rootModule: Record<string, unknown> = await import("../../src/index.js");
    const expected = new Map<string, unknown>();
    for (const m of browserModules) {
      const subpath: Record<string, unknown> = await import(`../../src/${m}/index.ts`);
      for (const [name, value] of Object.entries(subpath)) expected.set(name, value);
    }
    expect(Object.keys(rootModule).sort()).toEqual([...expected.keys()].sort());
    for (const [name, value] of expected) expect(rootModule[name], name).toBe(value);
  });
});

describe("package as published", () => {
  const pkg = read("package.json") as {
    license: string;
    repository: unknown;
    homepage: string;
    bugs: unknown;
    files: string[];
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };

  it("has an MIT LICENSE file and says where the project lives", () => {
    expect(pkg.license).toBe("MIT");
    const license = readFileSync(new URL("LICENSE", root), "utf8");
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the co-decide contributors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
    expect(pkg.repository).toEqual({
      type: "git",
      url: "git+https://github.com/co-decide/co-decide.git",
    });
    expect(pkg.homepage).toBe("https://github.com/co-decide/co-decide#readme");
    expect(pkg.bugs).toEqual({ url: "https://github.com/co-decide/co-decide/issues" });
  });

  it("takes runtime dependencies by caret range and pins development tools exactly", () => {
    const exact = /^\d+\.\d+\.\d+$/;
    expect(Object.keys(pkg.dependencies).length).toBeGreaterThan(0);
    for (const [name, range] of Object.entries(pkg.dependencies)) {
      expect(range, name).toMatch(/^\^\d+\.\d+\.\d+$/);
    }
    for (const [name, version] of Object.entries(pkg.devDependencies)) {
      expect(version, name).toMatch(exact);
    }
  });

  it("writes source maps without a second copy of the source", () => {
    const options: { sourcesContent?: boolean } = {};
    expect(tsup.sourcemap).toBe(true);
    (tsup.esbuildOptions as (o: typeof options, context: { format: string }) => void)(options, {
      format: "esm",
    });
    expect(options.sourcesContent).toBe(false);
  });

  it("packs dist, the README and the LICENSE, and no tests, fixtures or sources", () => {
    const output = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: fileURLToPath(root),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const [packed] = JSON.parse(output) as [{ files: { path: string }[] }];
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json"]));
    const outside = paths.filter(
      (path) =>
        !path.startsWith("dist/") && !["LICENSE", "README.md", "package.json"].includes(path),
    );
    expect(outside).toEqual([]);
  });
});
