import { isRecord, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { restyled, sortedJson } from '../common';
import type { JsonStyle } from '../common';
import { ANSWERED_KEY } from './keptFields';

/**
 * How a record was laid out in its file where Loupe would write it otherwise, kept under
 * `$prodigy.layout` so an unedited record is written back byte for byte: its top-level keys
 * in the file's order (`spans` missing when it had none), the JSON spacing of Python's
 * `json.dumps` (`", "`, `": "`) rather than srsly's compact one, `\uXXXX` for every character
 * past ASCII (`ensure_ascii`, both writers' default), and the name Loupe gave a record without
 * `meta.name`, not written into `meta` while the document keeps it.
 * @example { keys: ['text', 'meta', '_input_hash', 'tokens', 'spans', 'answer'], ascii: true, givenName: 'food_data-3' }
 */
export type RecordLayout = {
  readonly keys?: string[];
  readonly spaced?: boolean;
  readonly ascii?: boolean;
  readonly givenName?: string;
  /** By key, the JSON of a member holding objects, its keys in the file's order (a project stores keys sorted). */
  readonly texts?: { [key: string]: string };
};

/**
 * The layout to keep of a record read from a file of `style` (see {@link RecordLayout}), or
 * null when Loupe writes it so anyway. `defaultKeys` are the keys in the order Loupe writes
 * them; the JSON of members named in `untexted` is not kept (their writer rebuilds it).
 * @example layoutOf({ text: 'a', tokens: [] }, { spaced: true, ascii: false }, ['text', 'tokens'], null, ['tokens']) → { spaced: true }
 */
export function layoutOf(
  record: Readonly<Record<string, unknown>>,
  style: JsonStyle,
  defaultKeys: readonly string[],
  givenName: string | null,
  untexted: readonly string[] = [],
): RecordLayout | null {
  const keys = Object.keys(record);
  const texts: { [key: string]: string } = {};
  for (const key of keys) {
    const value = record[key];
    if (untexted.includes(key)) continue;
    if (key !== 'text' && typeof value === 'object' && value !== null)
      setOwn(texts, key, JSON.stringify(value));
  }
  const layout = {
    ...(keys.join(',') === defaultKeys.join(',') ? {} : { keys }),
    ...(style.spaced ? { spaced: true } : {}),
    ...(style.ascii ? { ascii: true } : {}),
    ...(givenName !== null ? { givenName } : {}),
  };
  if (Object.keys(layout).length === 0) return null;
  return Object.keys(texts).length > 0 ? { ...layout, texts } : layout;
}

/** The layout a document keeps (see {@link RecordLayout}), or null. */
export function recordLayoutOf(metadata: DocumentMetadata | undefined): RecordLayout | null {
  const kept = metadata?.[ANSWERED_KEY];
  const layout = isRecord(kept) ? kept.layout : undefined;
  if (!isRecord(layout)) return null;
  const { keys, spaced, ascii, givenName, texts } = layout;
  const filed: { [key: string]: string } = {};
  if (isRecord(texts))
    for (const [key, text] of Object.entries(texts))
      if (typeof text === 'string') setOwn(filed, key, text);
  return {
    ...(Object.keys(filed).length > 0 ? { texts: filed } : {}),
    ...(Array.isArray(keys) ? { keys: keys.filter((k) => typeof k === 'string') } : {}),
    ...(spaced === true ? { spaced } : {}),
    ...(ascii === true ? { ascii } : {}),
    ...(typeof givenName === 'string' ? { givenName } : {}),
  };
}

/**
 * A record's line from its members (`[key, JSON]`, in the order Loupe writes them): those
 * the file had in its order, then the others, spaced and escaped as the file was.
 * @example layoutLine([['text', '"é"'], ['meta', '{}']], { keys: ['meta', 'text'], spaced: true, ascii: true }) === '{"meta": {}, "text": "\\u00e9"}'
 */
export function layoutLine(
  members: readonly (readonly [string, string])[],
  layout: RecordLayout,
): string {
  const order = new Map((layout.keys ?? []).map((key, i) => [key, i]));
  const ranked = members.map(([key, json], i) => ({
    json: asFiled(key, json, layout.texts),
    key,
    rank: order.get(key) ?? order.size + i,
  }));
  ranked.sort((a, b) => a.rank - b.rank);
  const line = `{${ranked.map((m) => `${JSON.stringify(m.key)}:${m.json}`).join(',')}}`;
  return layout.spaced || layout.ascii ? restyled(line, layout) : line;
}

/** A member's JSON as the file had it when it holds the same values, else as Loupe writes it. */
function asFiled(key: string, json: string, texts: RecordLayout['texts']): string {
  const filed = texts && Object.hasOwn(texts, key) ? texts[key] : undefined;
  if (filed === undefined || filed === json) return json;
  return sortedJson(JSON.parse(filed)) === sortedJson(JSON.parse(json)) ? filed : json;
}
