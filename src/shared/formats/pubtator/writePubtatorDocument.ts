import { getOwn } from '../../collections';
import { codePoints, createOffsetIndex, type OffsetIndex } from '../../spans';
import type { FormatDocument, FormatSpan, Tally } from '../common';
import { defaultTail } from './readPubtatorDocument';
import { keptPubtatorOf, PUBTATOR_DB, type KeptPubtator } from './keptPubtator';
import { mentionText } from './mentionText';

/** What a discontinuous span becomes in PubTator, which has one offset pair per mention line. */
export const PER_FRAGMENT = 'discontinuous span written as one mention per fragment';

/** A document's lines as a PubTator file holds them (without line ends), and how many spans they write. */
export interface PubtatorLines {
  readonly lines: readonly string[];
  readonly spans: number;
  readonly kept: KeptPubtator | null;
}

/**
 * One document as PubTator lines: the title is the text's first line, the abstract the rest
 * with each line-break character a space (so offsets hold); a mention line per span fragment
 * (tabs and line breaks in the mention as spaces) with its concept ID (`-1` for none); then the
 * relation lines a PubTator import kept. What the import kept (PMID, line order, the columns
 * after the type, UTF-16 offsets) is written back as it was. Each value written with spaces
 * for its tabs or line breaks is noted in `tally` (written otherwise).
 * @example pubtatorLines(doc, tally).lines[0] === '227508|t|Naloxone reverses the antihypertensive effect of clonidine.'
 */
export function pubtatorLines(doc: FormatDocument, tally: Tally): PubtatorLines {
  const kept = keptPubtatorOf(doc.metadata);
  const pmid = kept?.pmid ?? doc.name.replace(/[|\t\r\n]/g, '_');
  const { text } = doc;
  const cut = text.search(/[\r\n]/);
  const title = cut < 0 ? text : text.slice(0, cut);
  const lines = [`${pmid}|t|${title}`];
  if (!(cut < 0 && kept?.noAbstract))
    lines.push(`${pmid}|a|${cut < 0 ? '' : oneLine(text.slice(cut + 1), 'the abstract', tally)}`);
  const index = createOffsetIndex(text);
  const utf16 = kept?.utf16 === true;
  let spans = 0;
  for (const span of orderedSpans(doc.spans, kept?.order ?? [])) {
    const key = conceptOf(span, tally);
    const keptTail = span.id === undefined || !kept ? undefined : getOwn(kept.tails, span.id);
    const tail = keptTail?.key === key ? keptTail.tail : defaultTail(key);
    if (span.fragments.length > 1) tally.add(PER_FRAGMENT);
    for (const { start, end } of span.fragments) {
      const from = utf16 ? index.toUtf16(codePoints(start)) : start;
      const to = utf16 ? index.toUtf16(codePoints(end)) : end;
      const plain = mentionText(text, index, from, to, utf16);
      const spaced =
        span.id === undefined || !kept?.mentions ? undefined : getOwn(kept.mentions, span.id);
      const mention = spaced !== undefined && spaced.trim() === plain.trim() ? spaced : plain;
      // A file read from PubTator holds its mentions so already: only the others are noted.
      if (kept === null) noteSpacedMention(text, index, start, end, tally);
      lines.push(
        `${pmid}\t${from}\t${to}\t${mention}\t${oneLine(span.label, 'a label', tally)}${tail}`,
      );
    }
    spans += 1;
  }
  lines.push(...(kept?.relations ?? []));
  return { lines, spans, kept };
}

/** Counts a mention whose text holds a tab or line break, written as a space in its column. */
function noteSpacedMention(
  text: string,
  index: OffsetIndex,
  start: number,
  end: number,
  tally: Tally,
): void {
  const covered = text.slice(index.toUtf16(codePoints(start)), index.toUtf16(codePoints(end)));
  if (/[\t\r\n]/.test(covered)) tally.note('tab or line break in a mention written as a space');
}

/** The concept ID a span's references make: a PubTator one as read, another `db:key`, several joined by `|`. */
function conceptOf(span: FormatSpan, tally: Tally): string {
  return oneLine(
    (span.normalizations ?? [])
      .map((n) => (n.db === PUBTATOR_DB ? n.key : `${n.db}:${n.key}`))
      .join('|'),
    'a concept ID',
    tally,
  );
}

/** A value on one line of its column: each tab and line-break character a space, noted once per value. */
function oneLine(value: string, what: string, tally: Tally): string {
  const clean = value.replace(/[\r\n]/g, ' ');
  if (clean !== value) tally.note(`line break in ${what} written as a space`);
  if (what === 'the abstract' || !clean.includes('\t')) return clean;
  tally.note(`tab in ${what} written as a space`);
  return clean.replaceAll('\t', ' ');
}

/**
 * Spans in the order their lines were read, spans made since placed before the first read one
 * that starts after them (all in text order when nothing was read).
 */
function orderedSpans(spans: readonly FormatSpan[], order: readonly string[]): FormatSpan[] {
  const place = new Map(order.map((id, i) => [id, i]));
  const read = spans
    .filter((s) => s.id !== undefined && place.has(s.id))
    .sort((a, b) => (place.get(a.id ?? '') ?? 0) - (place.get(b.id ?? '') ?? 0));
  const added = spans
    .filter((s) => s.id === undefined || !place.has(s.id))
    .sort((a, b) => startOf(a) - startOf(b) || endOf(a) - endOf(b));
  if (read.length === 0) return added;
  const out: FormatSpan[] = [];
  let next = 0;
  for (const span of read) {
    for (let fresh = added[next]; fresh && startOf(fresh) < startOf(span); fresh = added[next]) {
      out.push(fresh);
      next += 1;
    }
    out.push(span);
  }
  return [...out, ...added.slice(next)];
}

function startOf(span: FormatSpan): number {
  return span.fragments[0]?.start ?? 0;
}

function endOf(span: FormatSpan): number {
  return span.fragments[span.fragments.length - 1]?.end ?? 0;
}
