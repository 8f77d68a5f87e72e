import type { Options } from "tsup";

type Plugin = NonNullable<Options["plugins"]>[number];

/**
 * The source imports fp-ts's CommonJS build (`fp-ts/lib/*.js`), which Node, TypeScript and vitest
 * load as it is. In the built JavaScript those imports become `#fp-ts/*.js`, which package.json
 * `imports` maps to `fp-ts/es6/*.js` under the `module` condition that bundlers set (so they
 * tree-shake fp-ts) and to `fp-ts/lib/*.js` for Node (which cannot load `fp-ts/es6`: its modules
 * import each other without file extensions). The declaration files keep `fp-ts/lib`.
 */
const fpTsImports: Plugin = {
  name: "fp-ts-imports",
  renderChunk(code) {
    return { code: code.replace(/(["'])fp-ts\/lib\/([\w./-]+?\.js)\1/g, "$1#fp-ts/$2$1") };
  },
};

/** One entry per public subpath; keep in step with package.json `exports` and typedoc.json. */
const entry: Record<string, string> = {
  index: "src/index.ts",
  "core/index": "src/core/index.ts",
  "ballots/index": "src/ballots/index.ts",
  "voting/index": "src/voting/index.ts",
  "power/index": "src/power/index.ts",
  "commitments/index": "src/commitments/index.ts",
  "committees/index": "src/committees/index.ts",
  "deliberation/index": "src/deliberation/index.ts",
  "render/index": "src/render/index.ts",
  // Node only (not re-exported by the root): counting in worker_threads, and the worker script it
  // starts, which must sit next to it in dist/node/ (see src/node/index.ts).
  "node/index": "src/node/index.ts",
  "node/worker": "src/node/worker.ts",
};

const config: Options = {
  tsconfig: "tsconfig.build.json",
  entry,
  format: ["esm", "cjs"],
  // tsup sets baseUrl itself, which TypeScript 6 flags as deprecated (TOOLCHAIN.md, gotcha 2).
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // Maps point stack traces at src/ files and lines; without sourcesContent they do not carry the
  // source a second time (it was 64% of the tarball).
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  clean: true,
  treeshake: true,
  splitting: true,
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
  // platform "neutral" knows no Node built-ins; only co-decide/node imports them.
  external: [/^node:/],
  plugins: [fpTsImports],
};

export default config;
