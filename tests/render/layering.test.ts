/**
 * DESIGN.md 2: `render` reads outcome types only. Its files may import types from any module, but
 * code only from `render` itself and `core`, so that a page showing a stored result loads no
 * counting code.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src/", import.meta.url));

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });

describe("co-decide/render", () => {
  it("imports code only from render and core (types from anywhere)", () => {
    const outside: string[] = [];
    for (const file of files(join(src, "render"))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/^(import|export) (type )?[^;]*?from "([^"]+)";/gm)) {
        if (match[2] !== undefined) continue;
        const target = match[3] as string;
        const module = target.startsWith(".")
          ? relative(src, resolve(dirname(file), target)).split(/[\\/]/)[0]
          : target;
        if (module !== "render" && module !== "core")
          outside.push(`${relative(src, file)}: ${target}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
