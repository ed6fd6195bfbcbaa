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
import { attributeOf, childrenNamed, childText, textOf, type BiocElement } from './biocTree';
import type { BiocJsonLayout } from './keptBioc';

/** A JSON value whose objects keep their keys in order (a key `__proto__` included). */
type Json = null | boolean | number | string | Json[] | JsonObject;

interface JsonObject {
  readonly pairs: readonly (readonly [string, Json])[];
}

/**
 * A BioC JSON file's text from its collection element (its own keys, then its documents, as
 * written): laid out as the file was (a collection, one document or JSON Lines of documents;
 * its indent, spacing and ASCII escapes), each object's keys in the order it had them, numbers
 * as numbers; objects Loupe made with the keys the `bioc` package's encoder writes.
 * @example biocJsonText(collection, { shape: 'document', indent: 2, ascii: false, spaced: false }, '\n') === '{\n  "id": "1", …}\n'
 */
export function biocJsonText(
  collection: BiocElement,
  layout: BiocJsonLayout,
  epilog: string,
): string {
  const documents = childrenNamed(collection, 'document').map((d) => objectOf(d, 'document'));
  const [only] = documents;
  const text =
    layout.shape === 'collection'
      ? serialized(objectOf(collection, 'collection'), layout, 0)
      : layout.shape === 'document' && only && documents.length === 1
        ? serialized(only, layout, 0)
        : documents.map((d) => serialized(d, { ...layout, indent: 0 }, 0)).join('\n');
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
  for (const entry of keys) {
    const number = entry.startsWith(NUMBER_MARK);
    const key = number ? entry.slice(NUMBER_MARK.length) : entry;
    named.add(key);
    const value = valueOf(element, kind, key, number);
    if (value !== undefined) pairs.push([key, value]);
  }
  // A list Loupe added to an object that had none (a new annotation on a passage without "annotations").
  for (const [key, child] of Object.entries(ARRAY_KINDS[kind]))
    if (!named.has(key) && childrenNamed(element, child).length > 0 && kind !== 'collection')
      pairs.push([key, childrenNamed(element, child).map((c) => objectOf(c, child))]);
  return { pairs };
}

/** The keys an element read from JSON had, else the encoder's. */
function keysOf(element: BiocElement, kind: BiocKind): readonly string[] {
  if (element.json !== undefined) {
    const keys = parsed(element.json);
    if (Array.isArray(keys) && keys.every((k) => typeof k === 'string')) return keys;
  }
  return ENCODER_KEYS[kind];
}

function valueOf(
  element: BiocElement,
  kind: BiocKind,
  key: string,
  number: boolean,
): Json | undefined {
  const kept = element.children.find(
    (c): c is BiocElement =>
      typeof c !== 'string' && c.name === 'json' && attributeOf(c, 'key') === key,
  );
  if (kept) return parsed(textOf(kept));
  if (key === 'infons')
    return {
      pairs: childrenNamed(element, 'infon').map((infon) => {
        const text = textOf(infon);
        return [attributeOf(infon, 'key') ?? '', infon.json === 'value' ? parsed(text) : text];
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
  return number && /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text.trim()) ? Number(text) : text;
}

/** JSON text kept from a file as a value (text that does not parse, as itself). */
function parsed(text: string): Json {
  try {
    return toJson(JSON.parse(text));
  } catch {
    return text;
  }
}

function toJson(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(toJson);
  if (isRecord(value))
    return { pairs: Object.entries(value).map(([k, v]): [string, Json] => [k, toJson(v)]) };
  return null;
}

/** JSON text: indented as Python's json and JSON.stringify indent, or on one line (spaced as Python writes it, or not). */
function serialized(value: Json, layout: BiocJsonLayout, depth: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
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
  return `${open}${pad}${items.join(`,${pad}`)}\n${' '.repeat(layout.indent * depth)}${close}`;
}
