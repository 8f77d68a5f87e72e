/**
 * Reading a JSON file as a value, with the line and column of a syntax error.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, parseError } from "../core/errors.js";

/** The value of a JSON text, or a `ParseError` at the line and column where it stops being JSON. */
export const parseJson = (text: string): E.Either<DecideError, unknown> => {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    return E.right(JSON.parse(start === 0 ? text : text.slice(start)));
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : "not valid JSON";
    const stated = /at position (\d+)/.exec(message);
    const offset =
      start + (stated === null ? syntaxErrorOffset(text.slice(start)) : Number(stated[1]));
    const { line, column } = lineColumn(text, offset);
    const reason = message
      .replace(/ in JSON at position \d+.*$/, "")
      .replace(/, "[\s\S]*" is not valid JSON$/, "");
    return E.left(parseError("json", line, column, reason));
  }
};

/** The 1-based line and column of an offset (CRLF, LF or CR end a line). */
const lineColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
};

/**
 * Where a text stops being JSON, for the messages in which V8 names no position (`Unexpected token
 * '}', "..." is not valid JSON`): a small scanner of the JSON grammar (RFC 8259).
 */
const syntaxErrorOffset = (text: string): number => {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = (): void => {
    i++; // the opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail();
      if (c === 92) {
        const e = text.charAt(i + 1);
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail();
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e) || e === "") fail();
        i += 2;
        continue;
      }
      i++;
    }
    fail();
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null) fail();
    i += (match as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === "{") {
      i++;
      ws();
      if (text.charAt(i) === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail();
        string();
        ws();
        if (text.charAt(i) !== ":") fail();
        i++;
        value();
        ws();
        if (text.charAt(i) === ",") {
          i++;
          continue;
        }
        if (text.charAt(i) === "}") {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text.charAt(i) === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text.charAt(i) === ",") {
          i++;
          continue;
        }
        if (text.charAt(i) === "]") {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else number();
  };
  try {
    value();
    ws();
    return i;
  } catch (at) {
    return typeof at === "number" ? at : 0;
  }
};
