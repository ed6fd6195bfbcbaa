import { isRecord } from '../../collections';
import { formatPath, jsonPathLines, parseJson, readJsonLines } from '../common';
import type { ErrorCollector, FormatFile, JsonPathKey } from '../common';
import {
  ARRAY_KINDS,
  arrayKind,
  ATTRIBUTE_KEYS,
  CHILD_KEYS,
  NUMBER_MARK,
  type BiocKind,
} from './biocJsonKinds';
import { jsonWithRaw, rawNumbers, type RawNumbers } from './biocJsonNumbers';
import { inlineJsonValues, type InlineValues } from './inlineJsonValues';
import type { BiocElement, BiocNode } from './biocTree';
import type { BiocJsonLayout } from './keptBioc';

/** One collection of a BioC JSON file (a lone document or a line of one: in a collection of its own), and how its file laid it out. */
export interface BiocJsonPart {
  readonly root: BiocElement;
  readonly json: BiocJsonLayout;
}

/** A BioC JSON file as collections of elements, with what came before (a byte-order mark) and after its JSON. */
export interface ParsedBiocJson {
  readonly parts: readonly BiocJsonPart[];
  readonly prolog: string;
  readonly epilog: string;
}

/** A JSON value read, the lines of its objects and the source texts of its numbers. */
interface Source {
  readonly value: unknown;
  readonly lineOf: (path: readonly JsonPathKey[]) => number;
  readonly raws: RawNumbers;
  /** Lists and objects written on one line in an indented file. */
  readonly inline: InlineValues;
}

/**
 * Reads BioC JSON (the `bioc` package's `biocjson`, PubTator 3's `biocjson` export, the PMC
 * BioC API's answer) into the element tree BioC XML is read into: a collection object
 * (`source`, `date`, `key`, `infons`, `documents`), a list of collections (the PMC BioC API),
 * PubTator 3's `{"PubTator3": [document, …]}`, a lone document object, or JSON Lines of
 * documents or collections (the `bioc` package's `iterwriter`). Each object becomes the
 * element of its kind (infons `<infon key>`, `locations` `<location offset length>`, `nodes`
 * `<node refid role>`), keeping its keys' order, which values were numbers (as written), and
 * keys BioC XML has no place for, so it is written back as the same JSON. Problems go to
 * `errors` by line and path; returns null then.
 * @example parseBiocJsonTree({ path: 'a.json', content: '{"id":"1","passages":[]}' }, errors)?.parts[0]?.json.shape === 'document'
 */
export function parseBiocJsonTree(file: FormatFile, errors: ErrorCollector): ParsedBiocJson | null {
  const before = errors.count;
  const prolog = file.content.startsWith('\uFEFF') ? '\uFEFF' : '';
  const content = file.content.slice(prolog.length);
  const trimmed = content.trimEnd();
  const epilog = content.slice(trimmed.length);
  // JSON Lines: so named, or not one JSON text while its first line is one.
  const firstLine = content.split('\n').find((l) => l.trim() !== '') ?? '';
  const lines =
    /\.jsonl$|\.json1$/i.test(file.path) || (!parsesWhole(content) && parsesWhole(firstLine));
  const texts = lines ? content.split('\n') : [];
  const sources: Source[] = lines
    ? readJsonLines(file.path, content, errors).map(({ line, value }) => ({
        value,
        lineOf: () => line,
        raws: rawNumbers(texts[line - 1] ?? ''),
        inline: new Map(),
      }))
    : [wholeSource(file.path, content, errors)];
  if (errors.count > before) return null;
  const indent = lines ? 0 : (/^\s*[{[]\r?\n([ \t]*)["{[]/.exec(content)?.[1]?.length ?? 0);
  // A line break is never inside a JSON string: every `,` before one is the file's layout.
  const commaSpace = indent > 0 && /, \r?\n/.test(content) && !/,\r?\n/.test(content);
  const base = {
    indent,
    ascii: !/[\u0080-\uffff]/.test(content),
    spaced: /^\s*[{[]\s*(?:\{\s*)?"(?:[^"\\]|\\.)*"\s*: /.test(content),
    ...(commaSpace ? { commaSpace: true as const } : {}),
  };
  const build = new Builder(file.path, errors);
  const parts: BiocJsonPart[] = [];
  const [single] = sources;
  if (!lines && single && Array.isArray(single.value)) {
    single.value.forEach((item, part) => {
      const root = build.object('collection', item, [part], single);
      if (root) parts.push({ root, json: layout('collections', base, root, part) });
    });
  } else
    sources.forEach((source, part) => {
      const kind = isCollection(source.value) ? 'collection' : 'document';
      const element = build.object(kind, source.value, [], source);
      if (!element) return;
      const shape = lines ? 'lines' : kind === 'collection' ? 'collection' : 'document';
      const root: BiocElement =
        kind === 'collection'
          ? element
          : { name: 'collection', attributes: [], children: [element], line: element.line };
      parts.push({
        root,
        json: layout(shape, base, kind === 'collection' ? root : null, lines ? part : undefined),
      });
    });
  if (errors.count > before) return null;
  return { parts, prolog, epilog };
}

function layout(
  shape: BiocJsonLayout['shape'],
  base: Pick<BiocJsonLayout, 'indent' | 'ascii' | 'spaced' | 'commaSpace'>,
  collection: BiocElement | null,
  part: number | undefined,
): BiocJsonLayout {
  return {
    shape,
    ...base,
    ...(collection?.json === undefined ? {} : { root: collection.json }),
    ...(part === undefined ? {} : { part }),
  };
}

/** A collection rather than a document: an object without `passages`. */
function isCollection(value: unknown): boolean {
  return isRecord(value) && !Array.isArray(value.passages);
}

function wholeSource(path: string, content: string, errors: ErrorCollector): Source {
  const value = parseJson(path, content, errors);
  const indented = /^\s*[{[]\r?\n/.test(content);
  return {
    value,
    lineOf: pathLines(content, value),
    raws: rawNumbers(content),
    inline: indented ? inlineJsonValues(content) : new Map(),
  };
}

function parsesWhole(content: string): boolean {
  try {
    JSON.parse(content);
    return true;
  } catch {
    return false;
  }
}

/** The line each object of a JSON text starts on, found in one scan for all asked at once. */
function pathLines(content: string, value: unknown): (path: readonly JsonPathKey[]) => number {
  const paths: JsonPathKey[][] = [];
  if (Array.isArray(value))
    value.forEach((item, i) => collectPaths(item, 'collection', [i], paths));
  else collectPaths(value, isCollection(value) ? 'collection' : 'document', [], paths);
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

/** Keys whose number is a place in the text: a whole number from 0. */
const OFFSET_KEYS: Readonly<Partial<Record<BiocKind, readonly string[]>>> = {
  passage: ['offset'],
  sentence: ['offset'],
  location: ['offset', 'length'],
};

/** Builds elements of one file, adding problems to `errors` by line and path. */
class Builder {
  constructor(
    private readonly file: string,
    private readonly errors: ErrorCollector,
  ) {}

  object(
    kind: BiocKind,
    value: unknown,
    path: readonly JsonPathKey[],
    source: Source,
  ): BiocElement | null {
    const line = source.lineOf(path);
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
    const keys: (string | [string, string])[] = [];
    for (const [key, item] of Object.entries(value)) {
      const at = [...path, key];
      const number = typeof item === 'number' && Number.isFinite(item);
      const raw = number ? source.raws.get(JSON.stringify(at)) : undefined;
      if (OFFSET_KEYS[kind]?.includes(key) && !isPlace(item)) {
        this.errors.add(
          this.file,
          line,
          `${where(at)} is ${raw ?? JSON.stringify(item)}; BioC JSON gives "${key}" as a whole number from 0 (characters into the document): fix it`,
        );
        continue;
      }
      // The encoder writes a passage whose text is in its sentences with "text": "" (BioC XML: no <text>).
      const inSentences =
        kind === 'passage' && key === 'text' && item === '' && hasItems(value.sentences);
      const scalar = (typeof item === 'string' && !inSentences) || number;
      keys.push(number ? (raw ? [`${NUMBER_MARK}${key}`, raw] : `${NUMBER_MARK}${key}`) : key);
      if (scalar && ATTRIBUTE_KEYS[kind].includes(key)) attributes.push([key, String(item)]);
      else if (scalar && CHILD_KEYS[kind].includes(key))
        children.push({ name: key, attributes: [], children: [String(item)] });
      else if (key === 'infons' && isRecord(item)) children.push(...infons(item, at, source));
      else if (arrayKind(kind, key) !== undefined) {
        const childKind = arrayKind(kind, key);
        if (!Array.isArray(item) || childKind === undefined) {
          this.errors.add(
            this.file,
            source.lineOf(at),
            `${where(at)} is ${describe(item)}; BioC JSON gives "${key}" as a list (write [] for none)`,
          );
          continue;
        }
        item.forEach((child, i) => {
          const element = this.object(childKind, child, [...at, i], source);
          if (element) children.push(element);
        });
      } else children.push(kept(key, item, at, source));
    }
    const json = JSON.stringify(keys);
    return { name: kind, attributes, children, line, json, at: formatPath(path) };
  }
}

/** An offset or length: a safe whole number from 0, or one written as a string. */
function isPlace(value: unknown): boolean {
  if (typeof value === 'string') return /^\s*\d{1,15}\s*$/.test(value);
  return Number.isSafeInteger(value) && Number(value) >= 0;
}

/** Infons as `<infon key>` elements; a value that is not a string (PubTator 3 writes true, lists and objects) kept as its JSON. */
function infons(
  value: Record<string, unknown>,
  path: readonly JsonPathKey[],
  source: Source,
): BiocElement[] {
  return Object.entries(value).map(([key, item]): BiocElement => {
    const infon = { name: 'infon', attributes: [['key', key]] as const };
    if (typeof item === 'string') return { ...infon, children: [item] };
    return { ...infon, ...keptValue(item, [...path, key], source), json: 'value' };
  });
}

/** A key BioC has no element for, kept as its JSON text. */
function kept(
  key: string,
  value: unknown,
  path: readonly JsonPathKey[],
  source: Source,
): BiocElement {
  return { name: 'json', attributes: [['key', key]], ...keptValue(value, path, source) };
}

/**
 * A value kept as its JSON text (numbers as written), with the lists and objects in it the
 * file wrote on one line (by their path in it: `[]` the value itself).
 */
function keptValue(
  value: unknown,
  path: readonly JsonPathKey[],
  source: Source,
): { children: string[]; source?: string } {
  const children = [jsonWithRaw(value, path, source.raws)];
  const lines: [string, string][] = [];
  if (source.inline.size > 0) inlineWithin(value, path, [], source.inline, lines);
  return lines.length === 0 ? { children } : { children, source: JSON.stringify(lines) };
}

function inlineWithin(
  value: unknown,
  path: readonly JsonPathKey[],
  relative: readonly JsonPathKey[],
  inline: InlineValues,
  into: [string, string][],
): void {
  if (!Array.isArray(value) && !isRecord(value)) return;
  const line = inline.get(JSON.stringify(path));
  if (line !== undefined) {
    into.push([JSON.stringify(relative), line]);
    return;
  }
  const entries: [JsonPathKey, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  for (const [key, item] of entries)
    inlineWithin(item, [...path, key], [...relative, key], inline, into);
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function where(path: readonly JsonPathKey[]): string {
  return path.length === 0 ? 'the file' : formatPath(path);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const EXPECTED: Readonly<Record<BiocKind, string>> = {
  collection:
    'a collection ("source", "date", "key", "infons", "documents"), a list of collections, one document or JSON Lines of documents or collections',
  document: 'documents as objects with "id", "infons", "passages", "annotations", "relations"',
  passage: 'passages as objects with "offset", "infons", "text", "sentences", "annotations"',
  sentence: 'sentences as objects with "offset", "infons", "text", "annotations"',
  annotation: 'annotations as objects with "id", "infons", "text", "locations"',
  relation: 'relations as objects with "id", "infons", "nodes"',
  location: 'locations as objects with "offset" and "length"',
  node: 'nodes as objects with "refid" and "role"',
};
