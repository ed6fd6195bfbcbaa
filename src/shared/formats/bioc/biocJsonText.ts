import { isRecord } from '../../collections';
import {
  arrayKind,
  ARRAY_KINDS,
  ATTRIBUTE_KEYS,
  CHILD_KEYS,
  ENCODER_KEYS,
  NUMBER_MARK,
  type BiocKind,
} from './biocJsonKinds';
import { jsonOrNull, type JsonPathKey } from '../common';
import { rawNumbers, type RawNumbers } from './biocJsonNumbers';
import { attributeOf, childrenNamed, childText, textOf, type BiocElement } from './biocTree';
import type { BiocJsonLayout } from './keptBioc';

/** A JSON value whose objects keep their keys in order (a key `__proto__` included) and whose numbers may keep their source text. */
type Json = null | boolean | number | string | Json[] | JsonObject | RawNumber;

interface JsonObject {
  readonly pairs: readonly (readonly [string, Json])[];
}

/** A number written as its file wrote it (`0.0`, an id past 2^53). */
interface RawNumber {
  readonly raw: string;
}

/**
 * A BioC JSON file's text from its collection elements (each its own keys, then its documents,
 * as written): laid out as the file was (a collection, a list of collections, one document or
 * JSON Lines of documents or collections; its indent, spacing and ASCII escapes), each
 * object's keys in the order it had them, numbers as written; objects Loupe made with the keys
 * the `bioc` package's encoder writes. A collection element with keys (`json`) on JSON Lines
 * is a line of its own; one without is a line per document.
 * @example biocJsonText([collection], { shape: 'document', indent: 2, ascii: false, spaced: false }, '\n') === '{\n  "id": "1", …}\n'
 */
export function biocJsonText(
  parts: readonly BiocElement[],
  layout: BiocJsonLayout,
  epilog: string,
): string {
  const collections = () => parts.map((p) => objectOf(p, 'collection'));
  const documents = (p: BiocElement) =>
    childrenNamed(p, 'document').map((d) => objectOf(d, 'document'));
  const line = { ...layout, indent: 0 };
  const [first] = parts;
  const only = parts.length === 1 && first ? documents(first) : [];
  const text =
    layout.shape === 'collection' && first
      ? serialized(objectOf(first, 'collection'), layout, 0)
      : layout.shape === 'collections'
        ? serialized(collections(), layout, 0)
        : layout.shape === 'document' && only.length === 1 && only[0]
          ? serialized(only[0], layout, 0)
          : parts
              .flatMap((p) =>
                p.json !== undefined && layout.shape === 'lines'
                  ? [serialized(objectOf(p, 'collection'), line, 0)]
                  : documents(p).map((d) => serialized(d, line, 0)),
              )
              .join('\n');
  return (layout.ascii ? text.replace(/[\u0080-\uffff]/g, escaped) : text) + epilog;
}

function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** An element as the JSON object of its kind. */
function objectOf(element: BiocElement, kind: BiocKind): JsonObject {
  const keys = keysOf(element, kind);
  const pairs: (readonly [string, Json])[] = [];
  const named = new Set<string>();
  for (const item of keys) {
    const [entry, raw] = typeof item === 'string' ? [item, undefined] : item;
    const number = entry.startsWith(NUMBER_MARK);
    const key = number ? entry.slice(NUMBER_MARK.length) : entry;
    named.add(key);
    const value = valueOf(element, kind, key, number ? { raw } : null);
    if (value !== undefined) pairs.push([key, value]);
  }
  // A list Loupe added to an object that had none (a new annotation on a passage without "annotations").
  for (const [key, child] of Object.entries(ARRAY_KINDS[kind]))
    if (!named.has(key) && childrenNamed(element, child).length > 0 && kind !== 'collection')
      pairs.push([key, childrenNamed(element, child).map((c) => objectOf(c, child))]);
  return { pairs };
}

/** A key as kept: its name (`#`: its value was a number), with the number's source text when JSON.parse would not give it back. */
type KeptKey = string | readonly [string, string];

/** The keys an element read from JSON had, else the encoder's. */
function keysOf(element: BiocElement, kind: BiocKind): readonly KeptKey[] {
  if (element.json !== undefined) {
    const keys = jsonOrNull(element.json);
    if (Array.isArray(keys) && keys.every(isKeptKey)) return keys;
  }
  return ENCODER_KEYS[kind];
}

function isKeptKey(value: unknown): value is KeptKey {
  if (typeof value === 'string') return true;
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string'
  );
}

function valueOf(
  element: BiocElement,
  kind: BiocKind,
  key: string,
  number: { readonly raw: string | undefined } | null,
): Json | undefined {
  const kept = element.children.find(
    (c): c is BiocElement =>
      typeof c !== 'string' && c.name === 'json' && attributeOf(c, 'key') === key,
  );
  if (kept) return parsed(textOf(kept), kept.source);
  if (key === 'infons')
    return {
      pairs: childrenNamed(element, 'infon').map((infon) => {
        const text = textOf(infon);
        const value: Json = infon.json === 'value' ? parsed(text, infon.source) : text;
        return [attributeOf(infon, 'key') ?? '', value];
      }),
    };
  const child = arrayKind(kind, key);
  if (child) return childrenNamed(element, child).map((c) => objectOf(c, child));
  const text = ATTRIBUTE_KEYS[kind].includes(key)
    ? attributeOf(element, key)
    : CHILD_KEYS[kind].includes(key)
      ? childText(element, key)
      : undefined;
  if (text === undefined) return undefined;
  // A number as its file wrote it while its value is unchanged (`0.0` read as 0).
  if (number?.raw !== undefined && Number(number.raw) === Number(text)) return { raw: number.raw };
  return number && /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text.trim()) ? Number(text) : text;
}

/**
 * JSON text kept from a file as a value, its numbers as written and the lists and objects it
 * wrote on one line (`lines`: by their path in it, see BiocElement's `source`) as written;
 * text that does not parse, as itself.
 */
function parsed(text: string, lines?: string): Json {
  const raws = new Map(rawNumbers(text));
  const kept = lines === undefined ? null : jsonOrNull(lines);
  if (Array.isArray(kept))
    for (const pair of kept)
      if (isKeptKey(pair) && typeof pair !== 'string') raws.set(pair[0], pair[1]);
  try {
    return toJson(JSON.parse(text), [], raws);
  } catch {
    return text;
  }
}

function toJson(value: unknown, path: readonly JsonPathKey[], raws: RawNumbers): Json {
  const raw = raws.size > 0 && value !== null ? raws.get(JSON.stringify(path)) : undefined;
  if (raw !== undefined && typeof value === 'object') return { raw };
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    const raw = raws.size > 0 ? raws.get(JSON.stringify(path)) : undefined;
    return raw !== undefined ? { raw } : Number.isFinite(value) ? value : null;
  }
  if (Array.isArray(value)) return value.map((v, i) => toJson(v, [...path, i], raws));
  if (isRecord(value))
    return {
      pairs: Object.entries(value).map(([k, v]): [string, Json] => [
        k,
        toJson(v, [...path, k], raws),
      ]),
    };
  return null;
}

/** JSON text: indented as Python's json (Python 2's with a space after each `,`) and JSON.stringify indent, or on one line (spaced as Python writes it, or not). */
function serialized(value: Json, layout: BiocJsonLayout, depth: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if ('raw' in value) return value.raw;
  const colon = layout.indent > 0 || layout.spaced ? ': ' : ':';
  const list = Array.isArray(value);
  const items = list
    ? value.map((v) => serialized(v, layout, depth + 1))
    : value.pairs.map(
        ([k, v]) => `${JSON.stringify(k)}${colon}${serialized(v, layout, depth + 1)}`,
      );
  const [open, close] = list ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return open + close;
  if (layout.indent === 0) return open + items.join(layout.spaced ? ', ' : ',') + close;
  const pad = `\n${' '.repeat(layout.indent * (depth + 1))}`;
  const comma = layout.commaSpace ? ', ' : ',';
  return `${open}${pad}${items.join(`${comma}${pad}`)}\n${' '.repeat(layout.indent * depth)}${close}`;
}
