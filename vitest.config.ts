import { defineConfig, type ViteUserConfig } from "vitest/config";

/** `CO_DECIDE_LONG=1 npm test`: the long run, sixteen times the property cases (tests/helpers/runs.ts). */
const longRun = process.env["CO_DECIDE_LONG"] === "1";

const config: ViteUserConfig = defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    // Test files share one module graph per worker instead of loading src/ afresh for each of the
    // hundred files (that loading was more than half of the run). Safe because the library keeps no
    // global state and no test mocks a module; a test that changes fast-check's global settings
    // restores them (tests/setup.ts sets them again before each file).
    isolate: false,
    environment: "node",
    testTimeout: longRun ? 900_000 : 60_000,
    // Failures and the closing summary only: no line per test, no live progress.
    reporters: ["minimal"],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text", "html", "lcov"],
    },
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});

export default config;
