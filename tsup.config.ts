import type { Options } from "tsup";

/** One entry per public subpath; keep in step with package.json `exports` and typedoc.json. */
const entry: Record<string, string> = {
  index: "src/index.ts",
  "core/index": "src/core/index.ts",
  "ballots/index": "src/ballots/index.ts",
  "voting/index": "src/voting/index.ts",
  "power/index": "src/power/index.ts",
  "commitments/index": "src/commitments/index.ts",
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
};

export default config;
