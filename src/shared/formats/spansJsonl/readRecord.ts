import { isRecord } from '../../collections';
import type { OffsetIndex } from '../../spans';
import { createOffsetIndex, fragmentOf } from '../../spans';
import { fitsAsUtf16, fragmentProblem, textMismatch } from '../common';
import type { FormatSpan } from '../common';
import { answeredSpanFields, isAnsweredAway, keptSpanFields, spanFieldsOf } from './spanFields';
import type { KeptSpanFields } from './spanFields';
import { mendedExtent } from './mendTokens';

type Json = Record<string, unknown>;
interface TokenExtent {
  readonly start: number;
  readonly end: number;
}
/** A record's tokens; `null` for a whitespace token set aside because its offsets point elsewhere. */
type Tokens = readonly (TokenExtent | null)[];

/**
 * Reads a record's `spans` (code points, end exclusive) and checks them against its
 * `tokens` when both are given: `token_start`/`token_end` (inclusive) must name the
 * tokens the span starts and ends on, and each token's text must match the document. A
 * span's `text` must be what its offsets cover, unless its tokens confirm the offsets: then
 * the mismatch is a note (Prodigy and spaCy never read it). A whitespace token (`"\n\t"`) whose
 * offsets cover other text is read where the gap between its neighbours holds its text, when
 * that is unambiguous (`mended` lists them; see `mendedExtent`), else set aside with a note, as
 * no span may start or end on it: some tokenizers fed to Prodigy write such tokens at another
 * sentence's offsets (vidosuba/slovak-NER's exports).
 * A span's other keys (`text`, ner.teach's `score`, `rank`, `source`, …) are kept by span.
 * A span answered `reject` or `ignore` (ner.teach's, in a record answered `accept`) is no
 * span: it is kept whole, in its place, and written back (`answered` counts them).
 * @example readSpans({ text: 'Mike Pompeo', spans: [{ start: 0, end: 11, label: 'PERSON', token_start: 0, token_end: 1 }], tokens }) → spans, []
 */
export function readSpans(
  text: string,
  record: Json,
): {
  spans: FormatSpan[];
  kept: KeptSpanFields[];
  answered: number;
  problems: string[];
  notes: string[];
  mended: number[];
} {
  const index = createOffsetIndex(text);
  const problems: string[] = [];
  const notes: string[] = [];
  const mended: number[] = [];
  const tokens = readTokens(text, index, record.tokens, problems, notes, mended);
  const spans: FormatSpan[] = [];
  const kept: KeptSpanFields[] = [];
  let answered = 0;
  if (record.spans !== undefined && !Array.isArray(record.spans))
    problems.push('spans is not an array');
  const items: unknown[] = Array.isArray(record.spans) ? record.spans : [];
  items.forEach((item, i) => {
    const where = `spans[${i}]`;
    const span = (typeof item === 'object' && item !== null ? item : {}) as Json;
    if (typeof span.label !== 'string' || span.label === '')
      return problems.push(`${where}.label: expected a label name`);
    const problem = fragmentProblem(span.start, span.end, index.codePointLength);
    if (problem) return problems.push(`${where}: ${problem}`);
    const fragment = fragmentOf(Number(span.start), Number(span.end));
    let textProblem: string | null = null;
    if (typeof span.text === 'string') {
      const expected = text.slice(index.toUtf16(fragment.start), index.toUtf16(fragment.end));
      if (span.text !== expected)
        textProblem = `${where}: ${textMismatch(expected, span.text, fitsAsUtf16(text, [fragment], span.text))}`;
    }
    const tokenProblem = tokens ? checkTokenIndices(span, fragment, tokens) : null;
    if (tokenProblem) return problems.push(textProblem ?? `${where}: ${tokenProblem}`);
    if (textProblem) {
      // Prodigy and spaCy read a span's offsets and tokens, never its `text`: where the tokens
      // confirm the offsets, a stale `text` (edited in a later pass) is said, not fatal.
      const confirmed = tokens && span.token_start !== undefined && span.token_end !== undefined;
      if (!confirmed) return problems.push(textProblem);
      notes.push(`${textProblem}; its offsets and tokens agree, so the span is kept as they say`);
    }
    if (isAnsweredAway(span)) {
      // ner.teach's span the annotator rejected (or skipped) in an accepted record: no entity.
      kept.push(answeredSpanFields(span, fragment.start, fragment.end, span.label));
      answered++;
      return;
    }
    spans.push({
      ...(typeof span.id === 'string' && span.id !== '' ? { id: span.id } : {}),
      label: span.label,
      fragments: [fragment],
    });
    kept.push(spanFieldsOf(span, fragment.start, fragment.end, span.label));
  });
  return {
    spans,
    kept: keptSpanFields(kept, answered > 0),
    answered,
    problems,
    notes,
    mended,
  };
}

function readTokens(
  text: string,
  index: OffsetIndex,
  value: unknown,
  problems: string[],
  notes: string[],
  mended: number[],
): Tokens | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push('tokens is not an array');
    return undefined;
  }
  const tokens: (TokenExtent | null)[] = [];
  const setAside: number[] = [];
  const list = value as unknown[];
  for (const [i, item] of list.entries()) {
    const token = (typeof item === 'object' && item !== null ? item : {}) as Json;
    const problem = fragmentProblem(token.start, token.end, index.codePointLength);
    if (problem) {
      problems.push(`tokens[${i}]: ${problem}`);
      return undefined;
    }
    const extent = fragmentOf(Number(token.start), Number(token.end));
    const expected = text.slice(index.toUtf16(extent.start), index.toUtf16(extent.end));
    if (typeof token.text === 'string' && token.text !== expected && token.text.trim() === '') {
      const from = i === 0 ? 0 : tokens[i - 1]?.end;
      const to =
        i === list.length - 1 ? index.codePointLength : heldStart(text, index, list[i + 1]);
      const mend =
        from === undefined || to === null ? null : mendedExtent(text, index, token.text, from, to);
      if (mend) {
        mended.push(i);
        tokens.push(mend);
        continue;
      }
      setAside.push(i);
      tokens.push(null);
      continue;
    }
    if (typeof token.text === 'string' && token.text !== expected) {
      problems.push(
        `tokens[${i}]: ${textMismatch(expected, token.text, fitsAsUtf16(text, [extent], token.text))}`,
      );
      return undefined;
    }
    tokens.push(extent);
  }
  if (setAside.length > 0) {
    const some = setAside.slice(0, 3).join(', ') + (setAside.length > 3 ? ', …' : '');
    notes.push(
      `tokens ${some}: ${setAside.length} whitespace token${setAside.length > 1 ? 's' : ''} whose offsets cover other text; set aside (no span starts or ends on them, and an export writes its own tokens)`,
    );
  }
  return tokens;
}

/** A token's start (code points) when its offsets hold its text, else null. */
function heldStart(text: string, index: OffsetIndex, item: unknown): number | null {
  const token = isRecord(item) ? item : {};
  if (
    fragmentProblem(token.start, token.end, index.codePointLength) ||
    typeof token.text !== 'string'
  )
    return null;
  const { start, end } = fragmentOf(Number(token.start), Number(token.end));
  return text.slice(index.toUtf16(start), index.toUtf16(end)) === token.text ? start : null;
}

function checkTokenIndices(span: Json, fragment: TokenExtent, tokens: Tokens): string | null {
  const { token_start: first, token_end: last } = span;
  if (first === undefined && last === undefined) return null;
  const start = tokenAt('token_start', first, tokens);
  if (typeof start === 'string') return start;
  const end = tokenAt('token_end', last, tokens);
  if (typeof end === 'string') return end;
  const [startToken, endToken] = [start.token, end.token];
  if (start.index > end.index) return `token_start ${first} is after token_end ${last}`;
  if (startToken.start !== fragment.start) {
    return `token_start ${first} starts at ${startToken.start}, but the span starts at ${fragment.start}`;
  }
  if (endToken.end !== fragment.end) {
    return `token_end ${last} ends at ${endToken.end}, but the span ends at ${fragment.end} (token_end is inclusive)`;
  }
  return null;
}

/** The token a span's `token_start`/`token_end` names, or why `value` names none. */
function tokenAt(
  name: string,
  value: unknown,
  tokens: Tokens,
): { index: number; token: TokenExtent } | string {
  const token =
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? tokens[value] : undefined;
  if (typeof value !== 'number' || token === undefined)
    return `${name} ${JSON.stringify(value)} is not a token index (0..${tokens.length - 1})`;
  if (token === null)
    return `${name} ${value} names a whitespace token whose offsets cover other text`;
  return { index: value, token };
}
