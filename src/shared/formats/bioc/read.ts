import { baseName, bundleOf, ErrorCollector, inFileFolder, isJsonValue, pathStem } from '../common';
import type { FormatBundle, FormatDocument, FormatFile } from '../common';
import type { BiocNode } from './biocTree';
import { parseBiocTree, type ParsedBioc } from './biocTree';
import { parseBiocJsonTree } from './biocJsonTree';
import { KEPT_BIOC, type BiocJsonLayout, type KeptBioc } from './keptBioc';
import { warnUnread } from './warnUnread';
import { readBiocDocument } from './readBiocDocument';
import { JSON_WORDS, XML_WORDS } from './biocWords';

/**
 * Reads BioC XML files (a `<collection>` of `<document>`s, as PubTator, BioCreative and
 * INCEpTION write them): one Loupe document per BioC document, annotations as spans,
 * relations of two annotations as relations, and the rest of the file kept so a BioC export
 * writes it back; each document in its file's folder (`FormatFile.folder`). Throws FormatErrors listing every problem of the batch (file, line, reason).
 * @example readBioc([{ path: 'a.xml', content: '<collection><source/><date/><key/><document><id>1</id><passage><offset>0</offset><text>Aspirin</text></passage></document></collection>' }]).documents[0]?.text === 'Aspirin'
 */
export function readBioc(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  for (const file of files) {
    if (isJsonText(file.content)) {
      const parsed = parseBiocJsonTree(file, errors);
      if (!parsed) continue;
      const { prolog, epilog } = parsed;
      let index = 0;
      for (const { root, json } of parsed.parts) {
        const read = readCollection(file, { prolog, epilog, root }, errors, warnings, json, index);
        documents.push(...read);
        index += root.children.filter(isDocument).length;
      }
      continue;
    }
    const parsed = parseBiocTree(file, errors);
    if (!parsed) continue;
    if (parsed.root.name !== 'collection') {
      errors.add(
        file.path,
        parsed.root.line,
        `its root is <${parsed.root.name}>, not <collection>: it is not a BioC file; import it with another --format`,
      );
      continue;
    }
    documents.push(...readCollection(file, parsed, errors, warnings));
  }
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}

function readCollection(
  file: FormatFile,
  parsed: ParsedBioc,
  errors: ErrorCollector,
  warnings: string[],
  json?: BiocJsonLayout,
  start = 0,
): FormatDocument[] {
  const children = parsed.root.children;
  const first = children.findIndex((c) => typeof c !== 'string' && c.name === 'document');
  if (first < 0) {
    errors.add(
      file.path,
      parsed.root.line,
      json
        ? `${parsed.root.at ? `${parsed.root.at} ` : ''}holds no BioC document: BioC JSON is a collection with "documents" (PubTator 3: "PubTator3"), a list of collections, one document with "passages", or JSON Lines of documents or collections`
        : 'holds no <document>; a BioC collection holds one or more',
    );
    return [];
  }
  const collection = children.slice(0, first);
  const documents: FormatDocument[] = [];
  const stem = baseName(pathStem(file.path));
  const before = errors.count;
  let index = start;
  for (let at = first; at < children.length;) {
    const element = children[at];
    let next = at + 1;
    while (next < children.length && !isDocument(children[next])) next++;
    if (element === undefined || typeof element === 'string') break;
    const after = children.slice(at + 1, next);
    const id = childTextOf(element, 'id');
    const place = `${stem}-${index + 1}`;
    const context = { file: file.path, errors, warnings, words: json ? JSON_WORDS : XML_WORDS };
    const read = readBiocDocument(element, id || place, context);
    if (read) {
      // The kept layout is plain data (strings, numbers, arrays, records) by construction.
      const kept: KeptBioc = {
        file: file.path.split(/[\\/]/).pop() ?? file.path,
        index,
        prolog: parsed.prolog,
        epilog: parsed.epilog,
        collection,
        after,
        document: read.element,
        unit: read.unit,
        ...(json ? { json } : {}),
        ...(endsInCrlf(file.content) ? { crlf: true } : {}),
      };
      if (json) warnUnread(element, `${file.path}: document ${read.doc.name}`, warnings);
      const value: unknown = kept;
      const doc = {
        ...read.doc,
        ...(id ? {} : { namedByPlace: file.path }),
        ...(isJsonValue(value) ? { metadata: { [KEPT_BIOC]: value } } : {}),
      };
      documents.push(inFileFolder(doc, file));
    }
    index++;
    at = next;
  }
  return errors.count > before ? [] : documents;
}

/** Whether a file breaks its lines, each of them, with CRLF (as files written on Windows do). */
function endsInCrlf(content: string): boolean {
  return content.includes('\r\n') && !/(^|[^\r])\n/.test(content);
}

/** Whether a file's text is JSON (BioC JSON) rather than XML: it opens with `{` or `[`. */
function isJsonText(content: string): boolean {
  return /^\uFEFF?\s*[{[]/.test(content);
}

function isDocument(node: BiocNode | undefined): boolean {
  return node !== undefined && typeof node !== 'string' && node.name === 'document';
}

function childTextOf(element: Exclude<BiocNode, string>, name: string): string {
  const child = element.children.find((c) => typeof c !== 'string' && c.name === name);
  return child && typeof child !== 'string'
    ? child.children
        .filter((c) => typeof c === 'string')
        .join('')
        .trim()
    : '';
}
