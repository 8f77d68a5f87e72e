// The worker check shared by the ESM and CJS smoke tests: `countInWorkers` from the built
// `co-decide/node` must find its worker script in dist/node/ and count a rank-rows file with it.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Writes a small rank-rows file, counts it in two workers and checks the Schulze winner. */
export const checkWorkers = async ({ countInWorkers, encodeRankRows }) => {
  const dir = mkdtempSync(join(tmpdir(), "co-decide-smoke-"));
  try {
    // 1,000 voters a > b > c, 500 voters b > c > a, 500 voters c > a > b: a beats b 1,500 to 500.
    const rows = new Uint8Array(2_000 * 3);
    for (let r = 0; r < 2_000; r++)
      rows.set(r < 1_000 ? [1, 2, 3] : r < 1_500 ? [3, 1, 2] : [2, 3, 1], r * 3);
    const file = join(dir, "smoke.cdrr");
    writeFileSync(file, encodeRankRows(rows, ["a", "b", "c"]));
    const result = await countInWorkers({ files: [file] }, { workers: 2, method: "schulze" });
    assert.equal(result._tag, "Right", JSON.stringify(result.left));
    assert.deepEqual(result.right.outcome.winners, ["a"]);
    assert.equal(result.right.rows, 2_000);
    return result.right.outcome.winners;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
