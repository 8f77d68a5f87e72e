/**
 * Hash-chain verification of 1,000,000 events (the issue's target: under 3 s), against a naive
 * baseline in the same run: canonical JSON built as a string (sorted keys, `JSON.stringify` for
 * leaves), encoded with `TextEncoder`, hashed with `@noble/hashes`. A third row hashes the same
 * canonical bytes, encoded beforehand, with `@noble/hashes` alone: the floor of the browser path,
 * where the platform has no synchronous SHA-256 (in Node `verifyLedger` uses `node:crypto`).
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { bench, describe } from "vitest";
import { linkEvents, verifyLedger } from "../../src/commitments/index.js";
import { generateLedger } from "./generate.js";

const linked = linkEvents(generateLedger("co-decide bench", 100_000, 1_000_000), {
  maxEvents: 1_000_000,
});
if (linked._tag === "Left") throw new Error(linked.left.message);
const events = linked.right;
let sink = 0;

const naiveCanonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(naiveCanonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${naiveCanonical(record[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
};

const naiveVerify = (list: readonly unknown[]): number => {
  const encoder = new TextEncoder();
  let previous: string | undefined;
  for (let i = 0; i < list.length; i++) {
    const event = list[i] as { prev?: string };
    if (i > 0 && event.prev !== previous) return i;
    previous = bytesToHex(sha256(encoder.encode(naiveCanonical(event))));
  }
  return -1;
};

const encoder = new TextEncoder();
const encoded = events.map((event) => encoder.encode(naiveCanonical(event)));

const options = { time: 0, iterations: 3, warmupIterations: 1, warmupTime: 0 };

describe("verify the chain of 1,000,000 events", () => {
  bench(
    "verifyLedger (UTF-8 into one reused buffer, platform SHA-256)",
    () => {
      const result = verifyLedger(events);
      if (result._tag === "Left") throw new Error(result.left.message);
      sink += result.right.count;
    },
    options,
  );

  bench(
    "baseline: string canonical JSON + TextEncoder + sha256",
    () => {
      if (naiveVerify(events) !== -1) throw new Error("chain broken");
      sink += 1;
    },
    options,
  );

  bench(
    "@noble/hashes SHA-256 alone over the encoded events (browser floor)",
    () => {
      for (let i = 0; i < encoded.length; i++)
        sink += sha256(encoded[i] as Uint8Array)[0] as number;
    },
    options,
  );
});

export { sink };
