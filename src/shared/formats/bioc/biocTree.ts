import { readXml } from '../common';
import type { ErrorCollector, FormatFile } from '../common';

/**
 * An element of a BioC file as read: its name, attributes in file order, children (texts as
 * they were, whitespace included, so a file is written back with its layout) and the line it
 * opened on. A `span` or `relation` mark names what Loupe read the element as, with the
 * `signature` of what it read, so an unchanged one is written back as it was.
 * @example { name: 'location', attributes: [['offset', '0'], ['length', '7']], children: [] }
 */
export interface BiocElement {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly BiocNode[];
  readonly line?: number;
  /** An element Loupe built (not read): written with its children one a line, indented. */
  readonly built?: true;
  readonly span?: string;
  readonly relation?: string;
  readonly signature?: string;
  /**
   * For a passage's (or sentence's) `<text>` as kept: where its words are in the document's
   * text (`start:end`, UTF-16), kept in place of the words so the text is stored once.
   */
  readonly textAt?: string;
  /**
   * For an element read from BioC JSON: its object's keys in order as a JSON list (a key whose
   * value was a number marked `#`); `value` for an `<infon>` whose text is a JSON value.
   */
  readonly json?: string;
  /** For an element read from BioC JSON: its path there (`documents[0].passages[1]`), for messages. */
  readonly at?: string;
  /**
   * For an `<infon>` or a kept key read from BioC JSON, in an indented file: the lists and
   * objects of its value written on one line, as a JSON list of `[path in the value, text]`,
   * written back so while the value is unchanged.
   */
  readonly source?: string;
  /** An element with no children written with an end tag (`<text></text>`), written back so. */
  readonly pair?: true;
}

/** A child of an element: a text or an element. */
export type BiocNode = string | BiocElement;

/** A BioC file as XML: what came before the root (declaration, DOCTYPE) and after it, and the root. */
export interface ParsedBioc {
  readonly prolog: string;
  readonly epilog: string;
  readonly root: BiocElement;
}

/** BioC nests collection, document, passage, sentence, annotation, location: seven is ample. */
const MAX_DEPTH = 64;

interface Building {
  readonly name: string;
  readonly attributes: (readonly [string, string])[];
  readonly children: BiocNode[];
  readonly line: number;
  pair?: true;
}

/**
 * Parses a BioC XML file into elements with a conforming XML parser. A DOCTYPE (BioC files
 * name `BioC.dtd`) is kept as text and never fetched; an entity it would declare is an error.
 * The first problem goes to `errors` with its line; returns null then.
 * @example parseBiocTree({ path: 'a.xml', content: '<collection><source/></collection>' }, errors)?.root.name === 'collection'
 */
export function parseBiocTree(file: FormatFile, errors: ErrorCollector): ParsedBioc | null {
  const content = file.content;
  const open: Building[] = [];
  let root: Building | undefined;
  let prolog = '';
  let epilog = '';
  const read = readXml(file, errors, ({ parser, stop }) => {
    parser.on('opentagstart', (tag) => {
      // The parser stands past the character that ended the name: the next tag's `<` when
      // the root holds no white space before its first child (`<collection><source/>`).
      if (open.length === 0 && root === undefined)
        prolog = content.slice(
          0,
          Math.max(0, content.lastIndexOf(`<${tag.name}`, parser.position - 1)),
        );
    });
    parser.on('opentag', (tag) => {
      if (open.length >= MAX_DEPTH)
        stop(`elements nested over ${MAX_DEPTH} deep; BioC nests its elements seven deep`);
      const element: Building = {
        name: tag.name,
        attributes: Object.entries(tag.attributes),
        children: [],
        line: parser.line,
      };
      const parent = open.at(-1);
      if (parent) parent.children.push(element);
      else root = element;
      open.push(element);
    });
    const addText = (chunk: string) => {
      const parent = open.at(-1);
      if (!parent) return;
      const last = parent.children.at(-1);
      if (typeof last === 'string') parent.children[parent.children.length - 1] = last + chunk;
      else parent.children.push(chunk);
    };
    parser.on('text', addText);
    parser.on('cdata', addText);
    parser.on('closetag', (tag) => {
      const closed = open.pop();
      if (closed && !tag.isSelfClosing && closed.children.length === 0) closed.pair = true;
      if (open.length === 0) epilog = content.slice(parser.position);
    });
  });
  if (!read || !root) return null;
  return { prolog, epilog, root };
}

/** The element children of `element` named `name`. @example childrenNamed(passage, 'annotation') */
export function childrenNamed(element: BiocElement, name: string): BiocElement[] {
  return element.children.filter((c): c is BiocElement => typeof c !== 'string' && c.name === name);
}

/** The text inside the first child named `name`, or undefined when there is none. @example childText(passage, 'offset') === '0' */
export function childText(element: BiocElement, name: string): string | undefined {
  const child = childrenNamed(element, name)[0];
  return child ? textOf(child) : undefined;
}

/** The text directly inside an element (its text children joined). */
export function textOf(element: BiocElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

/** The value of an attribute, or undefined. */
export function attributeOf(element: BiocElement, name: string): string | undefined {
  return element.attributes.find(([k]) => k === name)?.[1];
}

/** The infons of an element as `[key, value]` in file order. */
export function infonsOf(element: BiocElement): [string, string][] {
  return childrenNamed(element, 'infon').map((i) => [attributeOf(i, 'key') ?? '', textOf(i)]);
}
