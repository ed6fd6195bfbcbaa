import { isRecord } from '../../collections';
import { jsonPathLines, parseJson, readJsonLines } from '../common';
import type { ErrorCollector, FormatFile } from '../common';
import type { JsonPathKey } from '../common/jsonScan';
import {
  ARRAY_KINDS,
  arrayKind,
  ATTRIBUTE_KEYS,
  CHILD_KEYS,
  NUMBER_MARK,
  type BiocKind,
} from './biocJsonKinds';
import type { BiocElement, BiocNode } from './biocTree';
import type { BiocJsonLayout } from './keptBioc';

/** A BioC JSON file as a collection of elements, and how its JSON was laid out. */
export interface ParsedBiocJson {
  readonly root: BiocElement;
  readonly json: BiocJsonLayout;
  readonly epilog: string;
}

/**
 * Reads BioC JSON (the `bioc` package's `biocjson`, PubTator 3's `biocjson` export) into the
 * element tree BioC XML is read into: a collection object (`source`, `date`, `key`, `infons`,
 * `documents`), PubTator 3's `{"PubTator3": [document, …]}`, a lone document object, or JSON
 * Lines of documents (the `bioc` package's `iterwriter`). Each object becomes the element of
 * its kind (infons `<infon key>`, `locations` `<location offset length>`, `nodes` `<node refid
 * role>`), keeping its keys' order, which values were numbers, and keys BioC XML has no place
 * for, so it is written back as the same JSON. Problems go to `errors` by line; returns null then.
 * @example parseBiocJsonTree({ path: 'a.json', content: '{"id":"1","passages":[]}' }, errors)?.json.shape === 'document'
 */
export function parseBiocJsonTree(file: FormatFile, errors: ErrorCollector): ParsedBiocJson | null {
  const before = errors.count;
  const content = file.content;
  const trimmed = content.trimEnd();
  const epilog = content.slice(trimmed.length);
  // JSON Lines: so named, or not one JSON text while its first line is one.
  const firstLine = content.split('\n').find((l) => l.trim() !== '') ?? '';
  const lines =
    /\.jsonl$|\.json1$/i.test(file.path) || (!parsesWhole(content) && parsesWhole(firstLine));
  const values = lines
    ? readJsonLines(file.path, content, errors).map(({ line, value }) => ({
        value,
        lineOf: () => line,
      }))
    : [{ value: parseJson(file.path, content, errors), lineOf: pathLines(content) }];
  if (errors.count > before) return null;
  const ascii = !/[\u0080-\uffff]/.test(content);
  const spaced = /^\s*[{[]\s*"(?:[^"\\]|\\.)*"\s*: /.test(content);
  const indent = lines ? 0 : (/^\s*\{\r?\n([ \t]*)"/.exec(content)?.[1]?.length ?? 0);
  const build = new Builder(file.path, errors);
  const single = values[0];
  if (!lines && single && isRecord(single.value) && !Array.isArray(single.value.passages)) {
    const root = build.object('collection', single.value, [], single.lineOf);
    if (errors.count > before || !root) return null;
    return { root, json: { shape: 'collection', indent, ascii, spaced }, epilog };
  }
  const documents: BiocNode[] = [];
  for (const { value, lineOf } of values) {
    const element = build.object('document', value, [], lineOf);
    if (element) documents.push(element);
  }
  if (errors.count > before) return null;
  const root: BiocElement = { name: 'collection', attributes: [], children: documents, line: 1 };
  return { root, json: { shape: lines ? 'lines' : 'document', indent, ascii, spaced }, epilog };
}

function parsesWhole(content: string): boolean {
  try {
    JSON.parse(content.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

/** The line each object of a JSON text starts on, found in one scan for all asked at once. */
function pathLines(content: string): (path: readonly JsonPathKey[]) => number {
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return () => 1;
  }
  const paths: JsonPathKey[][] = [];
  collectPaths(
    value,
    isRecord(value) && !Array.isArray(value.passages) ? 'collection' : 'document',
    [],
    paths,
  );
  const found = jsonPathLines(content, paths);
  const lines = new Map(paths.map((p, i) => [JSON.stringify(p), found[i] ?? 1]));
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const line = lines.get(JSON.stringify(path.slice(0, depth)));
      if (line !== undefined) return line;
    }
    return 1;
  };
}

/** The paths of the objects BioC nests (collection → document → passage → sentence → annotation → location). */
function collectPaths(
  value: unknown,
  kind: BiocKind,
  path: JsonPathKey[],
  into: JsonPathKey[][],
): void {
  into.push(path);
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(ARRAY_KINDS[kind])) {
    const list = value[key];
    if (list !== undefined) into.push([...path, key]);
    if (Array.isArray(list))
      list.forEach((item, i) => collectPaths(item, child, [...path, key, i], into));
  }
}

/** Builds elements of one file, adding problems to `errors` by line. */
class Builder {
  constructor(
    private readonly file: string,
    private readonly errors: ErrorCollector,
  ) {}

  object(
    kind: BiocKind,
    value: unknown,
    path: readonly JsonPathKey[],
    lineOf: (path: readonly JsonPathKey[]) => number,
  ): BiocElement | null {
    const line = lineOf(path);
    if (!isRecord(value)) {
      this.errors.add(
        this.file,
        line,
        `${where(path)} is ${describe(value)}, not a BioC ${kind} object; BioC JSON holds ${EXPECTED[kind]}`,
      );
      return null;
    }
    const attributes: [string, string][] = [];
    const children: BiocNode[] = [];
    const keys: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      const number = typeof item === 'number' && Number.isFinite(item);
      // The encoder writes a passage whose text is in its sentences with "text": "" (BioC XML: no <text>).
      const inSentences =
        kind === 'passage' && key === 'text' && item === '' && hasItems(value.sentences);
      const scalar = (typeof item === 'string' && !inSentences) || number;
      keys.push(number ? `${NUMBER_MARK}${key}` : key);
      if (scalar && ATTRIBUTE_KEYS[kind].includes(key)) attributes.push([key, String(item)]);
      else if (scalar && CHILD_KEYS[kind].includes(key))
        children.push({ name: key, attributes: [], children: [String(item)] });
      else if (key === 'infons' && isRecord(item)) children.push(...infons(item));
      else if (arrayKind(kind, key) !== undefined) {
        const childKind = arrayKind(kind, key);
        if (!Array.isArray(item) || childKind === undefined) {
          this.errors.add(
            this.file,
            lineOf([...path, key]),
            `${where([...path, key])} is ${describe(item)}; BioC JSON gives "${key}" as a list (write [] for none)`,
          );
          continue;
        }
        item.forEach((child, i) => {
          const element = this.object(childKind, child, [...path, key, i], lineOf);
          if (element) children.push(element);
        });
      } else children.push(kept(key, item));
    }
    return { name: kind, attributes, children, line, json: JSON.stringify(keys) };
  }
}

/** Infons as `<infon key>` elements; a value that is not a string (PubTator 3 writes true, lists and objects) kept as its JSON. */
function infons(value: Record<string, unknown>): BiocElement[] {
  return Object.entries(value).map(([key, item]) => ({
    name: 'infon',
    attributes: [['key', key]],
    children: [typeof item === 'string' ? item : JSON.stringify(item)],
    ...(typeof item === 'string' ? {} : { json: 'value' }),
  }));
}

/** A key BioC has no element for, kept as its JSON. */
function kept(key: string, value: unknown): BiocElement {
  return { name: 'json', attributes: [['key', key]], children: [JSON.stringify(value) ?? 'null'] };
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function where(path: readonly JsonPathKey[]): string {
  return path.length === 0 ? 'the file' : JSON.stringify(path.join('.'));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const EXPECTED: Readonly<Record<BiocKind, string>> = {
  collection:
    'a collection ("source", "date", "key", "infons", "documents"), one document or JSON Lines of documents',
  document: 'documents as objects with "id", "infons", "passages", "annotations", "relations"',
  passage: 'passages as objects with "offset", "infons", "text", "sentences", "annotations"',
  sentence: 'sentences as objects with "offset", "infons", "text", "annotations"',
  annotation: 'annotations as objects with "id", "infons", "text", "locations"',
  relation: 'relations as objects with "id", "infons", "nodes"',
  location: 'locations as objects with "offset" and "length"',
  node: 'nodes as objects with "refid" and "role"',
};
