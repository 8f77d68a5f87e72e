import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createChainHasher, hasPlatformSha256 } from "../../src/commitments/internal/sha256.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// FIPS 180-4 / NIST CSHS example values (SHA-256, appendix B).
const VECTORS: readonly (readonly [string, string])[] = [
  ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
  ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  [
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  ],
];

describe("the chain's SHA-256", () => {
  it("uses the platform's SHA-256 in Node.js", () => {
    // Node >= 20.16 (the package needs >= 20.19) has process.getBuiltinModule and crypto.hash.
    expect(hasPlatformSha256()).toBe(true);
  });

  for (const platform of [true, false]) {
    const name = platform ? "platform" : "@noble/hashes";
    it(`gives the FIPS 180-4 digests (${name})`, () => {
      const hasher = createChainHasher(platform);
      for (const [message, digest] of VECTORS) {
        hasher.hash(utf8(message));
        expect(hasher.hex()).toBe(digest);
        expect(hasher.matches(digest)).toBe(true);
        expect(hasher.matches(digest.toUpperCase())).toBe(false);
        expect(hasher.matches(digest.slice(0, 63))).toBe(false);
      }
    });

    it(`hashes only the view it is given, not the whole buffer (${name})`, () => {
      const hasher = createChainHasher(platform);
      const buffer = utf8("xxabcyy");
      hasher.hash(buffer.subarray(2, 5));
      expect(hasher.hex()).toBe(VECTORS[1]?.[1]);
    });
  }

  it("gives the same digest from the platform and from @noble/hashes, message after message", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }), (messages) => {
        const platform = createChainHasher(true);
        const noble = createChainHasher(false);
        for (const message of messages) {
          platform.hash(message);
          noble.hash(message);
          const expected = bytesToHex(sha256(message));
          expect(platform.hex()).toBe(expected);
          expect(noble.hex()).toBe(expected);
          expect(platform.matches(expected)).toBe(true);
          expect(noble.matches(expected)).toBe(true);
        }
      }),
    );
  });
});
