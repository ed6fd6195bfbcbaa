import type { DocumentMetadata } from '../../model';
import { codePoints, createOffsetIndex, utf16Units, type OffsetIndex } from '../../spans';
import { emptyFormatDocument } from '../common/formatDocument';
import type { ErrorCollector, FormatDocument, FormatSpan } from '../common';
import { KEPT_PUBTATOR, PUBTATOR_DB, type KeptPubtator, type KeptTail } from './keptPubtator';
import type { PubtatorBlock } from './parsePubtator';
import { mentionText } from './mentionText';

const OFFSET = /^[0-9]+$/;

/** A mention line's columns: offsets as written, the mention, its type, concept ID and the columns after the type. */
interface Mention {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly mention: string;
  readonly type: string;
  readonly concept: string;
  readonly tail: string;
}

/** Where the document's problems go, and the notes on what was read otherwise. */
export interface ReadContext {
  readonly file: string;
  readonly index: number;
  readonly errors: ErrorCollector;
  readonly warnings: string[];
}

/**
 * One PubTator document: its PMID the name, title + line break + abstract the text (one
 * character between them, as the offsets count), every mention a span labelled with its type
 * and holding its concept ID (`PubTator:D009270`; none for `-1` or a missing column); the
 * columns after the type and the relation lines are kept for a PubTator export. Offsets are
 * code points, or UTF-16 units where only those fit every mention (kept, and said). A mention
 * column that differs from the text at its offsets is an error, unless only by spaces around
 * it (NCBI disease has such): then it is kept and said.
 * @example readPubtatorDocument(block, ctx).spans[0]?.label === 'Chemical'
 */
export function readPubtatorDocument(block: PubtatorBlock, ctx: ReadContext): FormatDocument {
  const text = block.abstract === null ? block.title : `${block.title}\n${block.abstract}`;
  const mentions: Mention[] = [];
  const relations: string[] = [];
  for (const { line, text: row } of block.body) {
    const columns = row.split('\t');
    if (/[0-9]/.test(columns[1] ?? '') || columns.length > 5) {
      const mention = readMention(ctx, line, columns);
      if (mention) mentions.push(mention);
    } else if (columns.length >= 4)
      relations.push(row); // PMID, type, ID1, ID2 (BioRED: and novelty)
    else
      ctx.errors.add(
        ctx.file,
        line,
        `neither a mention line (PMID, start, end, mention, type, concept ID, tab-separated) nor a relation line (PMID, type, ID1, ID2): ${JSON.stringify(row)}; fix its columns or remove it`,
      );
  }
  const index = createOffsetIndex(text);
  const utf16 = readsAsUtf16(text, index, mentions);
  if (utf16)
    ctx.warnings.push(
      `${ctx.file}:${block.titleLine}: document ${block.pmid} counts offsets in UTF-16 units (every mention fits them, not code points); read as such, and written back so by a PubTator export`,
    );
  const spans: FormatSpan[] = [];
  const tails: Record<string, KeptTail> = {};
  const spaced: Record<string, string> = {};
  for (const mention of mentions) {
    const problem = mentionProblem(text, index, mention, utf16, block);
    if (problem) {
      ctx.errors.add(ctx.file, mention.line, problem);
      continue;
    }
    const id = `T${spans.length + 1}`;
    const found = mentionText(text, index, mention.start, mention.end, utf16);
    if (found !== mention.mention) {
      spaced[id] = mention.mention;
      ctx.warnings.push(
        `${ctx.file}:${mention.line}: mention ${JSON.stringify(mention.mention)} has spaces around the text at its offsets, ${JSON.stringify(found)}; read at its offsets, and written back as it was`,
      );
    }
    const start = utf16 ? index.toCodePoint(utf16Units(mention.start)) : codePoints(mention.start);
    const end = utf16 ? index.toCodePoint(utf16Units(mention.end)) : codePoints(mention.end);
    const key = conceptKey(mention.concept);
    spans.push({
      id,
      label: mention.type,
      fragments: [{ start, end }],
      ...(key ? { normalizations: [{ db: PUBTATOR_DB, key }] } : {}),
    });
    if (mention.tail !== defaultTail(key)) tails[id] = { key, tail: mention.tail };
  }
  const kept: KeptPubtator = {
    pmid: block.pmid,
    file: ctx.file.split('/').pop() ?? ctx.file,
    index: ctx.index,
    ...(block.lead === '' ? {} : { lead: block.lead }),
    after: block.after,
    ...(block.crlf ? { crlf: true } : {}),
    ...(block.abstract === null ? { noAbstract: true } : {}),
    ...(utf16 ? { utf16: true } : {}),
    order: spans.flatMap((s) => (s.id === undefined ? [] : [s.id])),
    tails,
    ...(Object.keys(spaced).length > 0 ? { mentions: spaced } : {}),
    relations,
  };
  const metadata: DocumentMetadata = { [KEPT_PUBTATOR]: toJson(kept) };
  const title = block.title.trim() === '' ? {} : { title: block.title };
  return { ...emptyFormatDocument(block.pmid, text), ...title, spans, metadata };
}

/** The concept ID a span holds for a mention's sixth column: none for `-1`, blank or a missing column. */
export function conceptKey(concept: string): string {
  const key = concept.trim();
  return key === '-1' ? '' : key;
}

/** The columns after the type a PubTator export writes for a concept ID ('' for none: `-1`). */
export function defaultTail(key: string): string {
  return `\t${key === '' ? '-1' : key}`;
}

function readMention(ctx: ReadContext, line: number, columns: readonly string[]): Mention | null {
  const [, start = '', end = '', mention = '', type] = columns;
  const bad = [start, end].find((o) => !OFFSET.test(o));
  if (bad !== undefined) {
    ctx.errors.add(
      ctx.file,
      line,
      `offset ${JSON.stringify(bad)} is not a number; a mention line reads PMID, start, end, mention, type, concept ID (offsets are whole numbers of characters): fix the offset`,
    );
    return null;
  }
  if (type === undefined || type === '') {
    ctx.errors.add(
      ctx.file,
      line,
      `mention ${JSON.stringify(mention)} has no type (fifth column); a mention line reads PMID, start, end, mention, type, concept ID: add its type`,
    );
    return null;
  }
  const tail = columns.length > 5 ? `\t${columns.slice(5).join('\t')}` : '';
  return {
    line,
    start: Number(start),
    end: Number(end),
    mention,
    type,
    concept: columns[5] ?? '',
    tail,
  };
}

/** Whether the offsets fit every mention as UTF-16 units but not all as code points (only a text with astral characters can tell). */
function readsAsUtf16(text: string, index: OffsetIndex, mentions: readonly Mention[]): boolean {
  if (index.codePointLength === text.length || mentions.length === 0) return false;
  const fits = (m: Mention, utf16: boolean) =>
    m.start < m.end &&
    m.end <= (utf16 ? text.length : index.codePointLength) &&
    mentionText(text, index, m.start, m.end, utf16) === m.mention;
  return !mentions.every((m) => fits(m, false)) && mentions.every((m) => fits(m, true));
}

function mentionProblem(
  text: string,
  index: OffsetIndex,
  m: Mention,
  utf16: boolean,
  block: PubtatorBlock,
): string | null {
  const length = utf16 ? text.length : index.codePointLength;
  if (m.start >= m.end)
    return `mention ${JSON.stringify(m.mention)}: start ${m.start} is not before end ${m.end}; fix the offsets`;
  if (m.end > length) {
    const abstract =
      block.abstract === null ? 'no abstract' : 'then one separator and the abstract';
    return `mention ${JSON.stringify(m.mention)} at ${m.start}–${m.end} lies outside the text of document ${block.pmid}, ${length} characters long (the title, ${abstract}); fix the offsets`;
  }
  const found = mentionText(text, index, m.start, m.end, utf16);
  if (found === m.mention || found.trim() === m.mention.trim()) return null;
  return `mention ${JSON.stringify(m.mention)} differs from the text at ${m.start}–${m.end}, which reads ${JSON.stringify(found)}; offsets count the title's characters, one separator, then the abstract's: fix the offsets or the mention`;
}

/** The kept layout as plain JSON values (the metadata schema's type). */
function toJson(kept: KeptPubtator): DocumentMetadata[string] {
  return {
    ...kept,
    order: [...kept.order],
    tails: Object.fromEntries(
      Object.entries(kept.tails).map(([id, t]) => [id, { key: t.key, tail: t.tail }]),
    ),
    ...(kept.mentions ? { mentions: { ...kept.mentions } } : {}),
    relations: [...kept.relations],
  };
}
