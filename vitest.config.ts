import { defineConfig, type ViteUserConfig } from "vitest/config";

/** `CO_DECIDE_LONG=1 npm test`: the long run, sixteen times the property cases (tests/helpers/runs.ts). */
const longRun = process.env["CO_DECIDE_LONG"] === "1";

const config: ViteUserConfig = defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
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
