/**
 * Tamper evidence for the ledger: a hash chain over a canonical JSON encoding.
 *
 * Each event may carry `prev`, the SHA-256 (lower-case hex) of the canonical encoding of the event
 * before it, `prev` included, so that every event seals the whole history before it. Editing,
 * deleting, inserting or reordering events breaks a link; {@link verifyLedger} finds the first
 * broken one. The last event is sealed by nothing that follows it: keep the `head` that
 * {@link verifyLedger} returns (publish it, or store it apart from the ledger) and pass it back to
 * detect an edit of the last event or a truncation of the ledger.
 *
 * Canonical encoding (RFC 8785, JSON Canonicalization Scheme): no whitespace; object keys sorted
 * by their UTF-16 code units; strings and numbers written as ECMAScript `JSON.stringify` writes
 * them (shortest round-trip numbers, `-0` as `0`); arrays in order. Only JSON values can be
 * encoded: `undefined`, functions, symbols, bigints, `NaN` and infinities are refused. The bytes
 * hashed are the UTF-8 encoding of that text.
 *
 * SHA-256 is never hand-written: it comes from the platform where the runtime offers it
 * synchronously (OpenSSL through `node:crypto` in Node.js, Deno and Bun), and from the audited,
 * dependency-free `@noble/hashes` elsewhere (browsers). Both give the same digest.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, integrityError, invalidInputAt } from "../core/errors.js";
import { formatPath } from "../core/validation.js";
import { createChainHasher } from "./internal/sha256.js";
import { checkEventList, EVENTS_LIMIT, holeAt, WRITTEN_EVENTS_LIMIT } from "./limits.js";

/** A value that cannot be encoded, and where it is. */
interface Unencodable {
  readonly path: (string | number)[];
  readonly what: string;
}

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Writes a JSON value in its canonical form (RFC 8785).
 *
 * @remarks
 * Follows RFC 8785 (JSON Canonicalization Scheme): sorted keys (UTF-16 code units), no
 * whitespace, ECMAScript number and string serialisation. Refuses non-JSON values with an
 * `InvalidInput` at their path. Never throws.
 *
 * @example Keys are sorted, whitespace dropped
 * ```ts
 * import { canonicalJson } from "co-decide/commitments";
 *
 * canonicalJson({ b: 1, a: [true, null, "x"] }); // => right('{"a":[true,null,"x"],"b":1}')
 * ```
 *
 * @category integrity
 */
export const canonicalJson = (value: unknown): E.Either<DecideError, string> => {
  try {
    const sink = new ByteSink();
    const problem = encodeInto(value, sink, []);
    return problem === undefined
      ? E.right(new TextDecoder().decode(sink.view()))
      : E.left(invalidInputAt(formatPath(problem.path), "not_json", problem.what));
  } catch (cause) {
    return E.left(unreadable(cause));
  }
};

/**
 * The SHA-256 of an event's canonical encoding, as 64 lower-case hex digits: the value the next
 * event carries in `prev`.
 *
 * @remarks
 * SHA-256 (FIPS 180-4) over the UTF-8 bytes of {@link canonicalJson}, from the platform where it
 * has one, otherwise from `@noble/hashes` (see the module comment).
 *
 * @example
 * ```ts
 * import { hashEvent } from "co-decide/commitments";
 *
 * hashEvent({ id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" });
 * // => right("…64 hex digits…")
 * ```
 *
 * @category integrity
 */
export const hashEvent = (event: unknown): E.Either<DecideError, string> => {
  try {
    const sink = new ByteSink();
    const problem = encodeInto(event, sink, []);
    return problem === undefined
      ? E.right(hexDigest(sink.view()))
      : E.left(invalidInputAt(formatPath(problem.path), "not_json", problem.what));
  } catch (cause) {
    return E.left(unreadable(cause));
  }
};

/**
 * What {@link verifyLedger} found when the chain holds.
 *
 * @category integrity
 */
export interface LedgerSeal {
  /** How many events were checked. */
  readonly count: number;
  /** The hash of the last event (`null` for an empty ledger): keep it to seal the ledger. */
  readonly head: string | null;
}

/**
 * Options of {@link verifyLedger}.
 *
 * @category integrity
 */
export interface VerifyLedgerOptions {
  /** The hash of the last event, as kept from an earlier check: detects truncation and an edited last event. */
  readonly head?: string;
  /** The most events accepted (default 1,000,000; at most 20,000,000): {@link EVENTS_LIMIT}. */
  readonly maxEvents?: number;
}

/**
 * Checks the hash chain of a ledger and reports the first event at which it breaks.
 *
 * @remarks
 * The first event must carry no `prev`; every later event must carry `prev` equal to the SHA-256
 * of the canonical encoding (RFC 8785) of the event before it. An edit of event k (any field,
 * `prev` included) is reported at k + 1 (or at k when its own `prev` was edited); a deletion at k,
 * an insertion at k or k + 1, a swap at k or k + 1; an edit of the last event, or a truncation,
 * only when `head` is given. O(total size): one SHA-256 per event (timings in
 * `bench/results/commitments.md`). More events than the limit (default 1,000,000;
 * `options.maxEvents` up to 20,000,000) are refused before any is read, as `Unsupported` (reason
 * `work_limit`); a hole of a sparse array is an `InvalidInput` at its index (code `hole`). Never
 * throws.
 *
 * @param events - the ledger, any JSON events (the chain is checked whatever they say).
 * @returns the {@link LedgerSeal}, or an `IntegrityError` (`reason` one of `unexpected_prev`,
 *   `missing_prev`, `prev_mismatch`, `head_mismatch`) naming the event, or an `InvalidInput`.
 *
 * @example A tampered ledger
 * ```ts
 * import { linkEvents, verifyLedger } from "co-decide/commitments";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const linked = linkEvents([
 *   { id: "e1", seq: 1, at: "2025-01-10", type: "committed", commitment: { id: "c1",
 *     title: "Bus shelter", owner: "Transport", party: "authority", madeAt: "2025-01-10" } },
 *   { id: "e2", seq: 2, at: "2025-03-01", type: "delivered", commitmentId: "c1" },
 *   { id: "e3", seq: 3, at: "2025-03-02", type: "noted", commitmentId: "c1", note: "ok" },
 * ]);
 * const edited = E.map((events: any[]) => events.map((e, i) => (i === 1 ? { ...e, at: "2025-02-01" } : e)))(linked);
 * E.flatMap(verifyLedger)(edited);
 * // => left: { _tag: "IntegrityError", index: 2, eventId: "e3", reason: "prev_mismatch", ... }
 * ```
 *
 * @category integrity
 */
export const verifyLedger = (
  events: unknown,
  options?: VerifyLedgerOptions,
): E.Either<DecideError, LedgerSeal> => {
  try {
    const checked = checkEventList(events, options);
    if (E.isLeft(checked)) return checked;
    const list = checked.right;
    const head: unknown = options?.head;
    if (head !== undefined && typeof head !== "string") {
      return E.left(invalidInputAt("options.head", "invalid_type", "expected the head as text"));
    }
    const sink = new ByteSink();
    const hasher = createChainHasher();
    const path: (string | number)[] = ["events", 0];
    let hasPrevious = false;
    for (let i = 0; i < list.length; i++) {
      const event: unknown = list[i];
      if (!(i in list)) return E.left(holeAt(`events[${i}]`));
      if (typeof event !== "object" || event === null || Array.isArray(event)) {
        return E.left(invalidInputAt(`events[${i}]`, "invalid_type", "expected an event object"));
      }
      const record = event as Record<string, unknown>;
      const id = typeof record["id"] === "string" ? record["id"] : "";
      const prev = Object.hasOwn(record, "prev") ? record["prev"] : undefined;
      if (!hasPrevious) {
        if (prev !== undefined) {
          return E.left(
            integrityError(
              id,
              i,
              "unexpected_prev",
              "the first event carries a prev: the events before it were removed",
              `events[${i}].prev`,
            ),
          );
        }
      } else if (prev === undefined) {
        return E.left(
          integrityError(
            id,
            i,
            "missing_prev",
            "it carries no prev, so the chain is cut here",
            `events[${i}].prev`,
          ),
        );
      } else if (typeof prev !== "string" || !hasher.matches(prev)) {
        return E.left(
          integrityError(
            id,
            i,
            "prev_mismatch",
            `its prev does not match the hash of events[${i - 1}]: that event was edited, or an event was inserted, deleted or moved here`,
            `events[${i}].prev`,
          ),
        );
      }
      sink.reset();
      path[1] = i;
      const problem = encodeInto(event, sink, path);
      if (problem !== undefined) {
        return E.left(invalidInputAt(formatPath(problem.path), "not_json", problem.what));
      }
      hasher.hash(sink.view());
      hasPrevious = true;
    }
    const previous = hasPrevious ? hasher.hex() : null;
    if (head !== undefined && head !== previous) {
      const last = list.length - 1;
      const lastEvent: unknown = list[last];
      const id =
        typeof lastEvent === "object" &&
        lastEvent !== null &&
        typeof (lastEvent as Record<string, unknown>)["id"] === "string"
          ? ((lastEvent as Record<string, unknown>)["id"] as string)
          : "";
      return E.left(
        integrityError(
          id,
          Math.max(last, 0),
          "head_mismatch",
          "the last event does not match the head kept earlier: it was edited, or the ledger was cut short or extended",
        ),
      );
    }
    return E.right({ count: list.length, head: previous });
  } catch (cause) {
    return E.left(unreadable(cause));
  }
};

/**
 * Fills in `prev` on every event but the first, so that the ledger verifies.
 *
 * @remarks
 * Returns new event objects (the input is not changed); an existing `prev` is replaced and the
 * first event's `prev`, if any, removed. Uses the encoding and hash of {@link verifyLedger}; at most
 * 250,000 events by default (`options.maxEvents` up to 20,000,000; {@link WRITTEN_EVENTS_LIMIT}),
 * refused before any is read as `Unsupported` (reason `work_limit`). O(total size). An entry that is not an object is an
 * `InvalidInput` at its index (`events[1]`; code `hole` for a hole of a sparse array). Never
 * throws.
 *
 * @example
 * ```ts
 * import { linkEvents, verifyLedger } from "co-decide/commitments";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * E.flatMap(verifyLedger)(linkEvents(events)); // => right({ count: events.length, head: "…" })
 * ```
 *
 * @category integrity
 */
export const linkEvents = <T extends object>(
  events: readonly T[],
  options?: { readonly maxEvents?: number },
): E.Either<DecideError, (T & { readonly prev?: string })[]> => {
  try {
    const list = checkEventList(events, options, WRITTEN_EVENTS_LIMIT);
    if (E.isLeft(list)) return list;
    const out: (T & { readonly prev?: string })[] = [];
    let previous: string | null = null;
    const sink = new ByteSink();
    const hasher = createChainHasher();
    for (let i = 0; i < events.length; i++) {
      if (!(i in events)) return E.left(holeAt(`events[${i}]`));
      const event: unknown = events[i];
      if (typeof event !== "object" || event === null || Array.isArray(event)) {
        return E.left(invalidInputAt(`events[${i}]`, "invalid_type", "expected an event object"));
      }
      const { prev: _dropped, ...rest } = event as T & { prev?: unknown };
      const linked = (previous === null ? rest : { ...rest, prev: previous }) as T & {
        readonly prev?: string;
      };
      sink.reset();
      const problem = encodeInto(linked, sink, ["events", i]);
      if (problem !== undefined) {
        return E.left(invalidInputAt(formatPath(problem.path), "not_json", problem.what));
      }
      hasher.hash(sink.view());
      previous = hasher.hex();
      out.push(linked);
    }
    return E.right(out);
  } catch (cause) {
    return E.left(unreadable(cause));
  }
};

/**
 * Links one new event to a ledger: returns it with `prev` set to the hash of the ledger's last
 * event (or without `prev` for the first event).
 *
 * @remarks
 * Assumes `events` is already linked (see {@link linkEvents}); hashes only the last event, so an
 * append is O(size of one event). `events` that are not an array, an `event` that is not an object,
 * or a last entry that is a hole are `InvalidInput` (at `events`, `event`, `events[i]`). Never
 * throws.
 *
 * @example
 * ```ts
 * import { linkNext } from "co-decide/commitments";
 *
 * linkNext(ledger, { id: "e9", seq: 9, at: "2025-07-01", type: "delivered", commitmentId: "c1" });
 * // => right({ ..., prev: "…hash of ledger[ledger.length - 1]…" })
 * ```
 *
 * @category integrity
 */
export const linkNext = <T extends object>(
  events: readonly unknown[],
  event: T,
): E.Either<DecideError, T & { readonly prev?: string }> => {
  try {
    if (!Array.isArray(events)) {
      return E.left(invalidInputAt("events", "invalid_type", "expected an array of events"));
    }
    if (typeof event !== "object" || event === null || Array.isArray(event)) {
      return E.left(invalidInputAt("event", "invalid_type", "expected an event object"));
    }
    const { prev: _dropped, ...rest } = event as T & { prev?: unknown };
    if (events.length === 0) return E.right(rest as T);
    const last = events.length - 1;
    if (!(last in events)) return E.left(holeAt(`events[${last}]`));
    return E.map((prev: string) => ({ ...rest, prev }) as T & { readonly prev?: string })(
      hashEvent(events[last]),
    );
  } catch (cause) {
    return E.left(unreadable(cause));
  }
};

const hexDigest = (bytes: Uint8Array): string => {
  const hasher = createChainHasher();
  hasher.hash(bytes);
  return hasher.hex();
};

const unreadable = (cause: unknown): DecideError =>
  invalidInputAt(
    "",
    "unreadable",
    `the input could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
  );

/**
 * A growable byte buffer the canonical encoding is written into, as UTF-8, so that no
 * intermediate strings are joined and no text is encoded twice.
 */
class ByteSink {
  bytes: Uint8Array = new Uint8Array(1024);
  length = 0;

  reset(): void {
    this.length = 0;
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  byte(code: number): void {
    this.ensure(1);
    this.bytes[this.length++] = code;
  }

  /** Writes text known to be ASCII (numbers, literals). */
  ascii(text: string): void {
    this.ensure(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length++] = text.charCodeAt(i);
  }

  /** Writes a whole number from 0 to 2^31 - 1 in decimal, as `JSON.stringify` would, without a string. */
  digits(value: number): void {
    let width = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) width += 1;
    this.ensure(width);
    let rest = value;
    for (let i = this.length + width - 1; i >= this.length; i--) {
      this.bytes[i] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.length += width;
  }

  /** Writes a JSON string literal, as `JSON.stringify` would, in UTF-8. */
  string(text: string): void {
    this.ensure(text.length + 2);
    const start = this.length;
    this.bytes[this.length++] = 0x22;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x5c) {
        this.length = start;
        this.text(JSON.stringify(text));
        return;
      }
      this.bytes[this.length++] = code;
    }
    this.bytes[this.length++] = 0x22;
  }

  /** Writes any text in UTF-8. */
  private text(text: string): void {
    this.ensure(text.length * 3);
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * Sorts keys in place by UTF-16 code units (RFC 8785 3.2.3; JavaScript's `<` on strings compares
 * code units). An event has a handful of keys, often nearly in order; for so few, insertion sort
 * is about twice as fast as `Array.prototype.sort`, which takes over for larger objects.
 */
const sortKeys = (keys: string[]): void => {
  if (keys.length > 16) {
    keys.sort();
    return;
  }
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j -= 1;
    }
    keys[j + 1] = key;
  }
};

/**
 * Appends the canonical encoding of `value` to `sink`; returns the first unencodable value.
 * `path` is a stack (pushed and popped in place) so that no path is built unless needed.
 */
const encodeInto = (
  value: unknown,
  sink: ByteSink,
  path: (string | number)[],
): Unencodable | undefined => {
  switch (typeof value) {
    case "string":
      sink.string(value);
      return undefined;
    case "number":
      if (!Number.isFinite(value))
        return { path: [...path], what: `${String(value)} is not a JSON number` };
      if (Number.isInteger(value) && value >= 0 && value < 2 ** 31) sink.digits(value);
      else sink.ascii(JSON.stringify(value));
      return undefined;
    case "boolean":
      sink.ascii(value ? "true" : "false");
      return undefined;
    case "object": {
      if (value === null) {
        sink.ascii("null");
        return undefined;
      }
      if (Array.isArray(value)) {
        sink.byte(0x5b);
        for (let i = 0; i < value.length; i++) {
          if (i > 0) sink.byte(0x2c);
          path.push(i);
          const problem = encodeInto(value[i], sink, path);
          if (problem !== undefined) return problem;
          path.pop();
        }
        sink.byte(0x5d);
        return undefined;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      sortKeys(keys);
      sink.byte(0x7b);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        if (i > 0) sink.byte(0x2c);
        sink.string(key);
        sink.byte(0x3a);
        path.push(key);
        const problem = encodeInto(record[key], sink, path);
        if (problem !== undefined) return problem;
        path.pop();
      }
      sink.byte(0x7d);
      return undefined;
    }
    default:
      return { path: [...path], what: `${typeof value} is not a JSON value` };
  }
};
