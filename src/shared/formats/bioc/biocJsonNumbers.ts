import { isRecord } from '../../collections';
import { scanJson, type JsonPathKey } from '../common';

/** By path (as `JSON.stringify(path)`), the source text of each number JSON.parse would write otherwise. */
export type RawNumbers = ReadonlyMap<string, string>;

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** A number (first, or after `:`, `[` or `,`) with a fraction, an exponent or 16 digits and more: one JSON.parse may rewrite. */
const REWRITTEN = /(?:^|[:[,])\s*-?\d+(?:[.eE]|\d{15})/;

/**
 * The numbers of a JSON text whose source text JSON.parse would not give back (`0.0`, `1e3`,
 * an id of 20 digits past 2^53), by path, so they are written back as they were.
 * @example rawNumbers('{"offset": 0.0}').get('["offset"]') === '0.0'
 */
export function rawNumbers(src: string): RawNumbers {
  const raws = new Map<string, string>();
  if (!REWRITTEN.test(src)) return raws;
  scanJson(src, (path, offset) => {
    const c = src[offset] ?? '';
    if (c !== '-' && (c < '0' || c > '9')) return false;
    NUMBER.lastIndex = offset;
    const text = NUMBER.exec(src)?.[0];
    if (text !== undefined && String(Number(text)) !== text) raws.set(JSON.stringify(path), text);
    return false;
  });
  return raws;
}

/**
 * A value as JSON text on one line, each number whose source text `raws` keeps (by path
 * under `at`) written so.
 * @example jsonWithRaw([1], ['n'], new Map([['["n",0]', '1.0']])) === '[1.0]'
 */
export function jsonWithRaw(value: unknown, at: readonly JsonPathKey[], raws: RawNumbers): string {
  if (raws.size === 0) return JSON.stringify(value) ?? 'null';
  if (typeof value === 'number') return raws.get(JSON.stringify(at)) ?? JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((v, i) => jsonWithRaw(v, [...at, i], raws)).join(',')}]`;
  if (isRecord(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${jsonWithRaw(v, [...at, k], raws)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
