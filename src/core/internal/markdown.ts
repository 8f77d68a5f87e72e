/**
 * Escaping user text for Markdown, shared by the commitments reports and `co-decide/render`.
 *
 * @internal
 * @module
 */

/**
 * Escapes text for inline Markdown: punctuation that Markdown or HTML would interpret gets a
 * backslash (brackets included, so no link can form; parentheses are left alone), line breaks
 * become spaces. The result is safe inside a paragraph, a heading or a table cell (`|` is
 * escaped), and CommonMark and GitHub render it as the original text.
 *
 * @internal
 */
export const escapeMarkdown = (text: string): string =>
  text.replace(/[\r\n]+/g, " ").replace(/[\\`*_{}[\]<>#+!|~&]/g, (ch) => `\\${ch}`);
