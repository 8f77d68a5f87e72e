// Runs every example in examples/ in order, as a user would after `npm ci`: each imports the
// built package by its name, so build first (`npm run example` does).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const only = process.argv[2];
const files = readdirSync("examples")
  .filter((file) => /^\d\d-.*\.ts$/.test(file))
  .filter((file) => only === undefined || file.startsWith(only))
  .sort();
if (files.length === 0) {
  console.error("No examples found.");
  process.exit(1);
}
for (const file of files) {
  console.log(`\n=== examples/${file} ===\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", `examples/${file}`], {
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error(`examples/${file} failed (exit ${result.status}).`);
    process.exit(1);
  }
}
console.log(`\nAll ${files.length} examples ran.`);
