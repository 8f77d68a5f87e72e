/**
 * SHA-256 for the hash chain, from the platform where it offers one synchronously, otherwise from
 * `@noble/hashes`. Never hand-written.
 *
 * - Node.js (20.16 and later), Deno and Bun expose `node:crypto` through
 *   `process.getBuiltinModule`, whose one-shot `crypto.hash` (OpenSSL) hashes a small message about
 *   six times faster than JavaScript on the benchmark machine (`bench/results/commitments.md`).
 *   Reaching it through `getBuiltinModule` rather than an `import` keeps the module free of Node
 *   imports, so bundlers for the browser see nothing to resolve.
 * - Browsers have only the asynchronous `crypto.subtle.digest`, which the synchronous, pure API of
 *   the ledger cannot use, so there the audited `@noble/hashes` is used.
 *
 * Both produce the same digest (SHA-256 is SHA-256; `tests/commitments/sha256.test.ts` checks them
 * against each other and against FIPS 180-4 test vectors).
 *
 * @internal
 * @module
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

/** Hashes one message after another and answers questions about the last digest. @internal */
export interface ChainHasher {
  /** Hashes `bytes` (the view only, not its whole buffer); the digest replaces the previous one. */
  hash(bytes: Uint8Array): void;
  /** True when `text` is the lower-case hex of the last digest. */
  matches(text: string): boolean;
  /** The last digest as 64 lower-case hex digits. */
  hex(): string;
}

/** FIPS 180-4, appendix B.1: the message "abc" and its SHA-256. */
const ABC = /* @__PURE__ */ new Uint8Array([0x61, 0x62, 0x63]);
const ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

/** The one-shot hash function of `node:crypto`, as far as this module uses it. */
type NodeHash = (algorithm: "sha256", data: Uint8Array, encoding: "hex") => string;

/**
 * The platform's synchronous SHA-256 to hex, or `undefined` where there is none. Looked up once
 * (marked pure, so that bundles which never hash leave the lookup out); any surprise in the lookup (a `process` shim without `getBuiltinModule`, a crypto module
 * without `hash`) leaves `undefined` and the JavaScript hasher in charge.
 */
const nodeHash: NodeHash | undefined = /* @__PURE__ */ (() => {
  try {
    const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
      .process;
    if (typeof host?.getBuiltinModule !== "function") return undefined;
    const crypto = host.getBuiltinModule("node:crypto") as { hash?: unknown } | undefined;
    if (typeof crypto?.hash !== "function") return undefined;
    const hash = crypto.hash as NodeHash;
    // Refuse a platform hash that does not give the FIPS 180-4 digest of "abc".
    return hash("sha256", ABC, "hex") === ABC_SHA256 ? hash : undefined;
  } catch {
    return undefined;
  }
})();

/**
 * A new {@link ChainHasher}: the platform's where there is one (unless `platform` is `false`),
 * otherwise `@noble/hashes`.
 *
 * @internal
 */
export const createChainHasher = (platform = true): ChainHasher =>
  platform && nodeHash !== undefined ? new PlatformHasher(nodeHash) : new NobleHasher();

/** Whether {@link createChainHasher} can use the platform's SHA-256 here. @internal */
export const hasPlatformSha256 = (): boolean => nodeHash !== undefined;

/** One-shot hashing through the platform, one hex string per message. */
class PlatformHasher implements ChainHasher {
  private last = "";

  constructor(private readonly hashHex: NodeHash) {}

  hash(bytes: Uint8Array): void {
    this.last = this.hashHex("sha256", bytes, "hex");
  }

  matches(text: string): boolean {
    return text === this.last;
  }

  hex(): string {
    return this.last;
  }
}

/**
 * `@noble/hashes`, reusing one hasher and one output buffer for every message (`_cloneInto` resets
 * a hasher to a saved initial state without allocating), and comparing hex text with the digest
 * byte by byte instead of building a hex string per message.
 */
class NobleHasher implements ChainHasher {
  private readonly initial = sha256.create();
  private readonly work = sha256.create();
  private readonly digest = new Uint8Array(32);

  hash(bytes: Uint8Array): void {
    this.initial._cloneInto(this.work);
    this.work.update(bytes);
    this.work.digestInto(this.digest);
  }

  matches(text: string): boolean {
    if (text.length !== 64) return false;
    const digest = this.digest;
    for (let i = 0; i < 32; i++) {
      const byte = digest[i] as number;
      if (text.charCodeAt(2 * i) !== HEX_CODES[byte >> 4]) return false;
      if (text.charCodeAt(2 * i + 1) !== HEX_CODES[byte & 15]) return false;
    }
    return true;
  }

  hex(): string {
    return bytesToHex(this.digest);
  }
}

const HEX_CODES: readonly number[] = /* @__PURE__ */ Array.from("0123456789abcdef", (ch) =>
  ch.charCodeAt(0),
);
