import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { codePoints, createOffsetIndex } from '../../spans';
import type { OffsetIndex } from '../../spans';
import { cutTokens, spacyEnglishTokens } from '../../text';
import type { SpacyTokens } from '../../text';
import { ANSWERED_KEY } from './keptFields';
import { keptList } from './keptJson';
import { mendedExtent, onlySpace, textPrint } from './mendTokens';

/**
 * What counts records whose own tokens were cut where a span edge fell inside one: Prodigy
 * refuses a span that does not start and end on token edges, so the token is cut there, and
 * the record's tokens are written as Loupe writes its own (text, start, end, id, ws).
 */
export const FILE_TOKENS_CUT =
  'tokens of the file cut at a span edge inside a token (written with new ids, their other keys left out)';

/**
 * Span edges and the edges of the kept relations' ends, so the tokens are cut there too.
 * @example withEnds(Int32Array.of(0, 4), []) → Int32Array [0, 4]
 */
export function withEnds(edges: Int32Array, kept: readonly Record<string, unknown>[]): Int32Array {
  if (kept.length === 0) return edges;
  const ends = relationEnds(kept);
  const all = new Int32Array(edges.length + ends.length);
  all.set(edges);
  all.set(ends, edges.length);
  return all;
}

/** A record's own tokens as Loupe's token arrays, and the JSON of their objects as the file had them. */
export interface FileTokens {
  readonly tokens: SpacyTokens;
  /** The token objects' JSON without the list's brackets (`{"text":…},{…}`), written back as it is. */
  readonly members: string;
}

/**
 * The tokens a record came with (kept under `$prodigy.tokens` as the file's JSON text, whose
 * key order a stored layer keeps), when they still fit the
 * document's text: each token's `text` is the text at its offsets (code points), the tokens
 * in order, and only whitespace between them and around them. A whitespace token whose offsets
 * do not hold its text sits where the gap between its neighbours does, when that is unambiguous
 * (`mendedExtent`): its JSON keeps the file's offsets while the text is the one the record came
 * with (`$prodigy.tokensText`), else it gets the mended ones. Null when none were kept or
 * they no longer fit (Loupe then writes its own). `ws` says one space follows where the file
 * gave it, else the text does.
 * @example fileTokensOf('a b', { $prodigy: { tokens: '[{"text":"a","start":0,"end":1,"id":0},{"text":"b","start":2,"end":3,"id":1}]' } })?.tokens.count === 2
 */
export function fileTokensOf(
  text: string,
  metadata: DocumentMetadata | undefined,
): FileTokens | null {
  const kept = metadata?.[ANSWERED_KEY];
  const list = keptList(isRecord(kept) ? kept.tokens : undefined);
  if (list === null || list.length === 0) return null;
  const index = createOffsetIndex(text);
  const n = list.length;
  const start16 = new Int32Array(n);
  const end16 = new Int32Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const spaceAfter = new Uint8Array(n);
  const isSpace = new Uint8Array(n);
  const mended: number[] = [];
  let before = 0; // UTF-16 end of the token before
  for (let i = 0; i < n; i++) {
    const token: unknown = list[i];
    if (!isRecord(token) || typeof token.text !== 'string') return null;
    let extent = heldExtent(text, index, token);
    if (extent === null) {
      const to = i === n - 1 ? index.codePointLength : heldExtent(text, index, list[i + 1])?.start;
      const mend =
        to === undefined
          ? null
          : mendedExtent(text, index, token.text, i > 0 ? (end[i - 1] ?? 0) : 0, to);
      if (mend === null) return null;
      mended.push(i);
      extent = mend;
    }
    const { start: s, end: e } = extent;
    const s16 = index.toUtf16(codePoints(s));
    const e16 = index.toUtf16(codePoints(e));
    if (s16 < before || !onlySpace(text, before, s16)) return null;
    start16[i] = s16;
    end16[i] = e16;
    start[i] = s;
    end[i] = e;
    spaceAfter[i] = (typeof token.ws === 'boolean' ? token.ws : text[e16] === ' ') ? 1 : 0;
    isSpace[i] = token.text.trim() === '' ? 1 : 0;
    before = e16;
  }
  if (!onlySpace(text, before, text.length)) return null;
  const tokens = { count: n, start16, end16, start, end, spaceAfter, isSpace };
  const asFiled = mended.length === 0 || (isRecord(kept) && kept.tokensText === textPrint(text));
  const written = asFiled ? list : mendedList(list, mended, start, end);
  return { tokens, members: JSON.stringify(written).slice(1, -1) };
}

/** The token's offsets (code points) when they hold its text, else null. */
function heldExtent(
  text: string,
  index: OffsetIndex,
  token: unknown,
): { start: number; end: number } | null {
  if (!isRecord(token) || typeof token.text !== 'string') return null;
  const { start: s, end: e } = token;
  if (!isOffset(s) || !isOffset(e) || e < s || e > index.codePointLength) return null;
  const covered = text.slice(index.toUtf16(codePoints(s)), index.toUtf16(codePoints(e)));
  return covered === token.text ? { start: s, end: e } : null;
}

/** The tokens with the mended ones' offsets in place of the file's (their keys in the file's order). */
function mendedList(
  list: readonly unknown[],
  mended: readonly number[],
  start: Int32Array,
  end: Int32Array,
): unknown[] {
  const out = [...list];
  for (const i of mended) {
    const token = list[i];
    if (isRecord(token)) out[i] = { ...token, start: start[i] ?? 0, end: end[i] ?? 0 };
  }
  return out;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * The offsets where kept relations' ends (`head_span`, `child_span`) start and end: tokens
 * are cut there too.
 * @example relationEnds([{ head_span: { start: 4, end: 9 }, child_span: { start: 16, end: 19 } }]) → [4, 9, 16, 19]
 */
export function relationEnds(kept: readonly unknown[]): number[] {
  const ends: number[] = [];
  for (const relation of kept)
    if (isRecord(relation))
      for (const end of [relation.head_span, relation.child_span])
        if (isRecord(end) && typeof end.start === 'number' && typeof end.end === 'number')
          ends.push(end.start, end.end);
  return ends;
}

/** The keys, in order, of a token object Loupe writes. */
const WRITTEN_KEYS = 'text,start,end,id,ws';

/**
 * Whether a record's tokens are the very objects Loupe writes for its text and these span
 * edges (spaCy's English tokens cut at them): such need not be kept, so a file Loupe wrote
 * reads back the same.
 * @example sameAsLoupe('a b', [{ text: 'a', start: 0, end: 1, id: 0, ws: true }, { text: 'b', start: 2, end: 3, id: 1, ws: false }], []) === true
 */
export function sameAsLoupe(text: string, list: readonly unknown[], edges: number[]): boolean {
  const tokens = cutTokens(text, spacyEnglishTokens(text), edges);
  if (tokens.count !== list.length) return false;
  for (let i = 0; i < list.length; i++) {
    const token: unknown = list[i];
    if (!isRecord(token) || Object.keys(token).join(',') !== WRITTEN_KEYS) return false;
    const s16 = tokens.start16[i] ?? 0;
    const e16 = tokens.end16[i] ?? 0;
    if (
      token.id !== i ||
      token.start !== tokens.start[i] ||
      token.end !== tokens.end[i] ||
      token.ws !== (tokens.spaceAfter[i] === 1) ||
      token.text !== text.slice(s16, e16)
    )
      return false;
  }
  return true;
}
