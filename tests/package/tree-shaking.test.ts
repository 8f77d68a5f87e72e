import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });

/**
 * Bundles every source file imported for its side effects only, as if no `sideEffects: false`
 * let the bundler skip whole files (tsup merges modules into shared chunks, where only statement
 * by statement tree-shaking helps). What is left is code a bundler must keep in every page that
 * loads the chunk, whether or not it uses it.
 */
const residue = async (): Promise<{ readonly code: string; readonly files: string[] }> => {
  // A worker script's whole job is to run when loaded (it listens for its job): it is an entry of
  // its own (dist/node/worker.js), which no page imports. So is the command-line tool (src/cli):
  // a program, the package's `bin`, with no subpath export, so no page can import it.
  const files = sourceFiles(join(root, "src")).filter(
    (file) =>
      relative(root, file) !== join("src", "node", "worker.ts") &&
      !relative(root, file).startsWith(join("src", "cli")),
  );
  const result = await build({
    stdin: {
      contents: files.map((file) => `import ${JSON.stringify(file)};`).join("\n"),
      resolveDir: root,
      sourcefile: "entry.ts",
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    logLevel: "silent",
    metafile: true,
    plugins: [
      {
        name: "side-effects-only",
        setup(plugin) {
          plugin.onResolve({ filter: /^\// }, (args) => ({ path: args.path, sideEffects: true }));
          plugin.onResolve({ filter: /^\./ }, (args) => ({
            path: resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts")),
            sideEffects: true,
          }));
          // Dependencies are measured by the size budget (scripts/bundle-size.mjs), not here.
          plugin.onResolve({ filter: /^[^./]/ }, (args) => ({
            path: args.path,
            external: true,
            sideEffects: false,
          }));
        },
      },
    ],
  });
  const output = Object.values(result.metafile.outputs)[0];
  return {
    code: result.outputFiles[0]?.text ?? "",
    files: Object.entries(output?.inputs ?? {})
      .filter(([file, { bytesInOutput }]) => bytesInOutput > 0 && file !== "entry.ts")
      .map(([file]) => relative(root, file)),
  };
};

describe("tree-shaking", () => {
  it("leaves no code behind when a module is loaded but nothing of it is used", async () => {
    const { code, files } = await residue();
    // esbuild keeps a few constants written as expressions (`1 << 22`); they reach nothing.
    const leftover = code
      .replace(/^import[^;]*;/gm, "")
      .replace(/var [\w$]+=[\w$]+(?:\s*(?:<<|\*\*|\+)\s*[\w$]+)*(?:[,;]|$)/gm, "")
      .trim();
    // Wrap top-level calls as `/* @__PURE__ */ pure(() => ...)` (src/core/internal/pure.ts).
    expect({ leftover, files: leftover === "" ? [] : files }).toEqual({ leftover: "", files: [] });
  });
});
