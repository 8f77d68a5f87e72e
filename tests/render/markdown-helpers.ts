/**
 * Reading back the Markdown the views write: the tables under a heading, cells unescaped, and a
 * structural check that user text broke nothing.
 */
import { expect } from "vitest";

/**
 * The cells of a table row, trimmed and still escaped: split, as GitHub's table extension does, on
 * every pipe not preceded by a backslash.
 */
export const cells = (line: string): string[] =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

/** Undoes Markdown backslash escapes. */
export const unescaped = (text: string): string => text.replace(/\\(.)/g, "$1");

/** The lines of the section under `### heading` (to the next heading of any level). */
export const sectionOf = (markdown: string, heading: string, level = 3): string[] => {
  const lines = markdown.split("\n");
  const start = lines.indexOf(`${"#".repeat(level)} ${heading}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
};

/** The first table under `### heading`: header and body rows, cells still escaped. */
export const tableOf = (
  markdown: string,
  heading: string,
  level = 3,
): { header: string[]; rows: string[][] } => {
  const lines = sectionOf(markdown, heading, level).filter((line) => line.startsWith("| "));
  const [header, , ...rows] = lines;
  return { header: header === undefined ? [] : cells(header), rows: rows.map(cells) };
};

/** The body rows of the table under a heading, keyed by their first cell (unescaped). */
export const rowsByName = (markdown: string, heading: string, level = 3): Map<string, string[]> =>
  new Map(
    tableOf(markdown, heading, level).rows.map((row) => [unescaped(row[0] ?? ""), row.slice(1)]),
  );

/** The `- **label:** value` lines of a view, by label. */
export const factsOf = (markdown: string): Map<string, string> =>
  new Map(
    [...markdown.matchAll(/^- \*\*([^*]+):\*\* (.*)$/gm)].map(
      (m) => [m[1] as string, m[2] as string] as const,
    ),
  );

/**
 * Checks that a view is well formed whatever text it holds: every table row has as many cells as
 * its header and sits between the header and a blank line; no raw HTML tag or link can open (`<`
 * and `[` appear only escaped); the text ends with one newline.
 */
export const expectWellFormed = (markdown: string): void => {
  expect(markdown.endsWith("\n")).toBe(true);
  expect(markdown.endsWith("\n\n")).toBe(false);
  const lines = markdown.slice(0, -1).split("\n");
  let width: number | undefined;
  for (const [i, line] of lines.entries()) {
    if (line.startsWith("|")) {
      expect(line.endsWith(" |"), `line ${i}: ${line}`).toBe(true);
      const n = cells(line).length;
      if (width === undefined) width = n;
      else expect(n, `line ${i}: ${line}`).toBe(width);
    } else {
      if (width !== undefined) expect(line, `after a table, line ${i}`).toBe("");
      width = undefined;
    }
  }
  expect(markdown).not.toMatch(/(?<!\\)[<[]/);
};
