import { readXml } from '../common';
import type { ErrorCollector, FormatFile } from '../common';

/** The XMI namespace's URI: its `xmi:id` attribute names every feature structure. */
export const XMI_URI = 'http://www.omg.org/XMI';
/** UIMA's CAS namespace: `cas:Sofa`, `cas:View`, `cas:NULL`. */
export const CAS_URI = 'http:///uima/cas.ecore';

/**
 * One feature structure of an XMI file (a child of the root element): its UIMA type name
 * (`de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity`), its attributes in file order,
 * its line, and its source as written, from `<` to the end of its end tag.
 */
export interface XmiElement {
  readonly type: string;
  /** The element's name as written (`type4:NamedEntity`). */
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly line: number;
  readonly source: string;
}

/** An XMI file as Loupe reads it: what comes before the feature structures, each of them, and what follows. */
export interface ParsedXmi {
  /** The source up to the end of the root's start tag (declaration, namespaces). */
  readonly head: string;
  /** Namespace URIs by prefix, from the root's `xmlns:` attributes. */
  readonly namespaces: ReadonlyMap<string, string>;
  readonly elements: readonly XmiElement[];
  /** The source from the last feature structure's end to the end of the file (the root's end tag). */
  readonly tail: string;
  /** What stood between feature structures (line breaks, indents), before each: `gaps[i]` precedes `elements[i]`. */
  readonly gaps: readonly string[];
}

/** Feature structures nest one level under the root (an array feature a few more); deeper is not XMI. */
const MAX_DEPTH = 32;

/**
 * The UIMA type name an element's namespace URI and local name stand for, as UIMA's XMI
 * serializer writes them: `http:///de/tudarmstadt/ner/type.ecore` + `NamedEntity` is
 * `de.tudarmstadt.ner.type.NamedEntity`.
 * @example typeName('http:///webanno/custom.ecore', 'Span') === 'webanno.custom.Span'
 */
export function typeName(uri: string, local: string): string {
  const path = uri.replace(/^http:\/\/\//, '').replace(/\.ecore$/, '');
  return path === '' ? local : `${path.replaceAll('/', '.')}.${local}`;
}

/**
 * Parses a UIMA CAS XMI file with a conforming XML parser: its root `xmi:XMI`, and each child
 * as one feature structure with its type and source. Each problem goes to `errors` by line;
 * null when the file is not well-formed XML or not an XMI document.
 * @example parseXmi({ path: 'a.xmi', content: '<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" …>…</xmi:XMI>' }, errors)?.elements.length
 */
export function parseXmi(file: FormatFile, errors: ErrorCollector): ParsedXmi | null {
  const content = file.content;
  let depth = 0;
  let head = '';
  let tail = '';
  let last = 0;
  let root = '';
  const namespaces = new Map<string, string>();
  const elements: XmiElement[] = [];
  const gaps: string[] = [];
  let open: { name: string; start: number; line: number; attributes: [string, string][] } | null =
    null;
  const read = readXml(file, errors, ({ parser, stop }) => {
    parser.on('opentag', (tag) => {
      depth++;
      if (depth > MAX_DEPTH) stop(`elements nested over ${MAX_DEPTH} deep; not UIMA XMI`);
      const attributes = Object.entries(tag.attributes).map(([k, v]): [string, string] => [
        k,
        typeof v === 'string' ? v : v.value,
      ]);
      if (depth === 1) {
        root = tag.name;
        for (const [k, v] of attributes) if (k.startsWith('xmlns:')) namespaces.set(k.slice(6), v);
        head = content.slice(0, parser.position);
        last = parser.position;
      } else if (depth === 2) {
        const start = content.lastIndexOf(`<${tag.name}`, parser.position);
        open = { name: tag.name, start, line: parser.line, attributes };
      }
    });
    parser.on('closetag', () => {
      if (depth === 2 && open) {
        const { name, start, line, attributes } = open;
        const colon = name.indexOf(':');
        const uri = colon < 0 ? '' : (namespaces.get(name.slice(0, colon)) ?? '');
        const type = typeName(uri, name.slice(colon + 1));
        gaps.push(content.slice(last, start));
        elements.push({
          type,
          name,
          attributes,
          line,
          source: content.slice(start, parser.position),
        });
        last = parser.position;
        open = null;
      }
      if (depth === 1) tail = content.slice(last);
      depth--;
    });
  });
  if (!read) return null;
  if (namespaces.get(root.slice(0, root.indexOf(':'))) !== XMI_URI || !root.endsWith(':XMI')) {
    errors.add(
      file.path,
      1,
      `is not UIMA CAS XMI: its root is ${root ? `<${root}>` : 'missing'}, where XMI has <xmi:XMI xmlns:xmi="${XMI_URI}">; export the document from INCEpTION as "UIMA CAS XMI", or choose its own format`,
    );
    return null;
  }
  return { head, namespaces, elements, tail, gaps };
}
