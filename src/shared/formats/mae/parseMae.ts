import { readXml } from '../common';
import type { ErrorCollector, FormatFile } from '../common';

/** One tag of a MAE file's `TAGS` element: its name, attributes in file order and line. */
export interface MaeTag {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly line: number;
}

/**
 * A MAE annotation file as XML: the root element's name (the task), what comes before it
 * (declaration, comments) and after it, the text of `TEXT` and the tags of `TAGS`.
 * @example { root: 'NounVerbTask', prolog: '<?xml version="1.0" encoding="UTF-8" ?>\n', epilog: '', text: 'The cat', tags: [...] }
 */
export interface ParsedMae {
  readonly root: string;
  readonly prolog: string;
  readonly epilog: string;
  readonly text: string;
  /** The source between `<TEXT>` and `</TEXT>`, as it was (CDATA sections, text around them). */
  readonly textXml: string;
  readonly tags: readonly MaeTag[];
  /**
   * The source between `</TAGS>` and the root's end tag when it holds elements, as it was:
   * MedTator, which writes MAE files, puts a `META` element there (`<META/>`, or labels).
   */
  readonly afterTags?: string;
}

/** Misplaced elements and texts reported per file: a damaged file may hold 100 000. */
const MAX_STRAYS = 20;

/** Elements nested deeper than MAE's three levels (MedTator's META a few more) are not MAE's. */
const MAX_DEPTH = 64;

/**
 * Parses a MAE file with a conforming XML parser (line breaks and attribute values
 * normalised as XML says, as MAE's own parser reads them). Each problem goes to `errors`
 * by line; returns null when the file is not well-formed or not shaped as MAE writes it
 * (a root holding `TEXT` and `TAGS`).
 * @example parseMae({ path: 'a.xml', content: '<T><TEXT><![CDATA[cat]]></TEXT><TAGS/></T>' }, errors)?.text === 'cat'
 */
export function parseMae(file: FormatFile, errors: ErrorCollector): ParsedMae | null {
  const content = file.content;
  const open: string[] = [];
  let root = '';
  let prolog = '';
  let epilog: string | undefined;
  let text: string | undefined;
  let inText = false;
  let textFrom = 0;
  let textXml = '';
  let sawTags = false;
  let tagsEnd: number | undefined;
  let afterTags: string | undefined;
  const tags: MaeTag[] = [];
  let strays = 0;
  const stray = () => ++strays <= MAX_STRAYS;
  // Elements beside TEXT and TAGS after TAGS (MedTator's META): kept as they are.
  const beside = () => open.length >= 2 && open[1] !== 'TEXT' && open[1] !== 'TAGS';
  const read = readXml(file, errors, ({ parser, stop }) => {
    const fail = (reason: string) => errors.add(file.path, parser.line, reason);
    parser.on('opentagstart', (tag) => {
      if (open.length === 0) {
        root = tag.name;
        prolog = content.slice(0, Math.max(0, parser.position - tag.name.length - 2));
      }
    });
    parser.on('opentag', (tag) => {
      const depth = open.length;
      if (depth >= MAX_DEPTH)
        stop(`elements nested over ${MAX_DEPTH} deep; a MAE file nests its tags three deep`);
      open.push(tag.name);
      if (depth === 1 && tag.name === 'TEXT') {
        if (text !== undefined) fail('a second TEXT element; a MAE file has one');
        text = '';
        inText = true;
        textFrom = parser.position;
      } else if (depth === 1 && tag.name === 'TAGS') sawTags = true;
      else if (depth === 2 && open[1] === 'TAGS')
        tags.push({
          name: tag.name,
          attributes: Object.entries(tag.attributes),
          line: parser.line,
        });
      else if (depth >= 1 && (depth === 1 ? tagsEnd === undefined : !beside()) && stray())
        fail(
          `element ${tag.name} inside ${open[depth - 1] ?? ''}; a MAE file holds TEXT and TAGS, and tags inside TAGS only`,
        );
    });
    const addText = (chunk: string) => {
      if (inText && text !== undefined) text += chunk;
    };
    parser.on('cdata', addText);
    parser.on('text', (chunk) => {
      if (inText) addText(chunk);
      else if (open.length > 0 && chunk.trim() !== '' && !beside() && stray())
        fail(
          `text ${JSON.stringify(chunk.trim().slice(0, 40))} inside ${open.at(-1) ?? ''}; MAE keeps the text in TEXT only`,
        );
    });
    parser.on('closetag', (tag) => {
      open.pop();
      if (tag.name === 'TEXT' && open.length === 1) {
        inText = false;
        textXml = content.slice(textFrom, content.lastIndexOf('</', parser.position));
      }
      if (tag.name === 'TAGS' && open.length === 1) tagsEnd = parser.position;
      if (open.length === 0) {
        epilog = content.slice(parser.position);
        const between = content.slice(tagsEnd ?? 0, content.lastIndexOf('</', parser.position));
        if (tagsEnd !== undefined && between.trim() !== '') afterTags = between;
      }
    });
  });
  if (!read) return null;
  if (text === undefined || !sawTags) {
    errors.add(
      file.path,
      undefined,
      `is not a MAE annotation file: its root ${root ? `<${root}>` : ''} holds no ${text === undefined ? 'TEXT' : 'TAGS'} element (MAE writes <Task><TEXT><![CDATA[…]]></TEXT><TAGS>…</TAGS></Task>)`,
    );
    return null;
  }
  return {
    root,
    prolog,
    epilog: epilog ?? '',
    text,
    textXml,
    tags,
    ...(afterTags === undefined ? {} : { afterTags }),
  };
}
