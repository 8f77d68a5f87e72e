/**
 * Reading the SVG the charts write, with a maintained XML parser (fast-xml-parser: its validator
 * for well-formedness, its parser for the element tree), plus the two checks it does not make:
 * every character is an XML 1.0 `Char`, and no `<` appears inside an attribute value.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One element: its name, attributes, text content (concatenated) and children. */
export interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly Node[];
}

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// Between a tag's `<` and its `>` there is never another `<` (a `>` in a value is escaped too).
const LT_IN_ATTRIBUTE = /<[^>]*</;

/** Why a string is not a well-formed SVG document, or undefined when it is. */
export const xmlProblem = (svg: string): string | undefined => {
  if (NOT_XML_CHAR.test(svg)) return "a character XML 1.0 does not allow";
  if (LT_IN_ATTRIBUTE.test(svg)) return "a < inside an attribute value";
  const valid = XMLValidator.validate(svg);
  if (valid !== true) return `${valid.err.code}: ${valid.err.msg} (line ${valid.err.line})`;
  return undefined;
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

type Raw = Record<string, unknown>;

const toNode = (raw: Raw): Node | undefined => {
  const name = Object.keys(raw).find((key) => key !== ":@");
  if (name === undefined || name === "#text") return undefined;
  const attrs = (raw[":@"] ?? {}) as Record<string, string>;
  const content = (raw[name] ?? []) as Raw[];
  const children: Node[] = [];
  let text = "";
  for (const child of content) {
    if ("#text" in child) text += String(child["#text"]);
    else {
      const node = toNode(child);
      if (node !== undefined) children.push(node);
    }
  }
  return { name, attrs, text, children };
};

/** Parses an SVG document (after checking it is well-formed) into its root element. */
export const parseSvg = (svg: string): Node => {
  const problem = xmlProblem(svg);
  if (problem !== undefined) throw new Error(`not well-formed: ${problem}`);
  const roots = (parser.parse(svg) as Raw[]).map(toNode).filter((n): n is Node => n !== undefined);
  if (roots.length !== 1 || roots[0] === undefined) throw new Error("not one root element");
  return roots[0];
};

/** Every element of the tree, in document order. */
export const all = (root: Node): Node[] => [root, ...root.children.flatMap(all)];

/** The elements matching a predicate. */
export const find = (root: Node, match: (node: Node) => boolean): Node[] => all(root).filter(match);

/** A numeric attribute. */
export const num = (node: Node | undefined, name: string): number => Number(node?.attrs[name]);

/** The text of an element and all its descendants. */
export const textOf = (node: Node): string => node.text + node.children.map(textOf).join("");
