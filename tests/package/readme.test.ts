import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), "utf8");

describe("README", () => {
  it("shows the same 60-second example that examples/00-readme.ts runs in CI", () => {
    const block = /```ts\n([\s\S]*?)```/.exec(read("README.md"))?.[1];
    const example = read("examples/00-readme.ts").replace(/^\/\*\*[\s\S]*?\*\/\n/, "");
    expect(block).toBeDefined();
    expect(example).toBe(block);
  });

  it("gives the two set-up commands, and CI calls the same test command", () => {
    const readme = read("README.md");
    expect(readme).toContain("npm ci && npm run example");
    expect(readme).toContain("npm test");
    expect(read(".ci/run")).toContain("npm test");
  });
});
