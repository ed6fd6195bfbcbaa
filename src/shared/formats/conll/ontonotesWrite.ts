import { keptConllOf } from '../common';
import type {
  FormatBundle,
  FormatDocument,
  Tally,
  TaggedDocument,
  WriteOptions,
  WriteResult,
} from '../common';
import { ontonotesDocuments } from './ontonotesLines';
import { WORD_COLUMN } from './ontonotesNames';
import { writeSources } from './sourcesWrite';

export const ONTONOTES_REASONS = {
  widened: 'span edge inside an OntoNotes word: the name written over the whole word',
  shared: 'span sharing a word with the span before it: left out of the OntoNotes names column',
  across:
    'span across sentences: left out of the OntoNotes names column (a name ends in its sentence)',
  label: 'label with whitespace or brackets written with _ in the OntoNotes names column',
  plain:
    'OntoNotes document written as tokens and tags: its predicate-argument and coreference columns and #begin / #end document lines left out (export without --scheme to keep them)',
} as const;

/** An OntoNotes document's source lines and, per word, its line, names cell and UTF-16 extent in the text. */
interface SourceWords {
  readonly lines: string[];
  readonly column: number;
  readonly line: number[];
  readonly sentence: number[];
  readonly cell: string[];
  readonly start: number[];
  readonly end: number[];
}

/**
 * Writes the documents back in the OntoNotes / CoNLL-2012 layout they were imported in: each
 * document's source as it was (so an unedited document is written byte for byte), the names'
 * column rewritten from the spans where it differs (`(TYPE*` on a name's first word, `*)` on
 * its last, `(TYPE)` for one word, `*` elsewhere; the space before the cell grows or shrinks
 * so the columns keep their alignment). Null, for the token-per-line export, unless every
 * document written was imported from OntoNotes with its text unchanged.
 * @example writeOntonotes(importedBundle, {}, 'conll.txt')?.files[0].content === original
 */
export function writeOntonotes(
  bundle: FormatBundle,
  options: WriteOptions,
  fileName: string,
): WriteResult | null {
  return writeSources(bundle, options, fileName, sourceWords, (_doc, source, tagged, tally) => {
    const cells = namesCells(tagged, source, tally);
    const { lines } = source;
    for (let w = 0; w < cells.cells.length; w++) {
      const cell = cells.cells[w] ?? '*';
      const at = source.line[w] ?? 0;
      if (cell !== source.cell[w]) lines[at] = withCell(lines[at] ?? '', source.column, cell);
    }
    return { lines, spans: tagged.spansWritten - cells.dropped };
  });
}

/** The document's source words, or null when it has none or its text is no longer theirs. */
function sourceWords(doc: FormatDocument): SourceWords | null {
  const kept = keptConllOf(doc.metadata);
  if (!kept?.ontonotes) return null;
  const { source } = kept.ontonotes;
  const found = ontonotesDocuments(source, []);
  const words: SourceWords = {
    lines: source.split('\n'),
    column: kept.tag,
    line: [],
    sentence: [],
    cell: [],
    start: [],
    end: [],
  };
  let text = '';
  let s = 0;
  for (const parsed of found)
    for (const sentence of parsed.sentences) {
      if (s++ > 0) text += '\n';
      for (const [r, row] of sentence.rows.entries()) {
        if (r > 0) text += ' ';
        words.start.push(text.length);
        text += row.columns[WORD_COLUMN] ?? '';
        words.end.push(text.length);
        words.line.push(row.line - 1);
        words.sentence.push(s);
        words.cell.push(row.columns[kept.tag] ?? '*');
      }
    }
  return text === doc.text ? words : null;
}

/** Each word's names cell from the mentions; `dropped` mentions that shared a word with the one before. */
function namesCells(
  tagged: TaggedDocument,
  source: SourceWords,
  tally: Tally,
): { cells: string[]; dropped: number } {
  const { start, end } = source;
  const cells = new Array<string>(start.length).fill('*');
  const { tokens, mentions, mentionLabel, mentionCount, labels } = tagged;
  const names = labels.map((label) => {
    if (!/[\s()*]/u.test(label)) return label;
    tally.note(ONTONOTES_REASONS.label);
    return label.replace(/[\s()*]/gu, '_');
  });
  let w = 0;
  let previous = -1;
  let dropped = 0;
  for (let m = 0; m < mentionCount; m++) {
    const from = tokens.start16[mentions[2 * m] ?? 0] ?? 0;
    const to = tokens.end16[mentions[2 * m + 1] ?? 0] ?? 0;
    while (w < end.length && (end[w] ?? 0) <= from) w++;
    let last = w;
    while (last + 1 < start.length && (start[last + 1] ?? 0) < to) last++;
    if (w <= previous || w >= start.length) {
      tally.add(ONTONOTES_REASONS.shared);
      dropped++;
      continue;
    }
    if (source.sentence[w] !== source.sentence[last]) {
      tally.add(ONTONOTES_REASONS.across);
      dropped++;
      continue;
    }
    if (start[w] !== from || end[last] !== to) tally.note(ONTONOTES_REASONS.widened);
    const name = names[mentionLabel[m] ?? 0] ?? '';
    if (w === last) cells[w] = `(${name})`;
    else {
      cells[w] = `(${name}*`;
      cells[last] = '*)';
    }
    previous = last;
  }
  return { cells, dropped };
}

/**
 * The line with its cell `column` (0-based, among runs of non-blanks) replaced by `value`;
 * the spaces before it take up the difference in width (one at least), so right-aligned
 * columns stay aligned. A tab before it is left as it is.
 * @example withCell('a   *  b', 1, '(GPE)') === 'a (GPE)  b'
 */
export function withCell(raw: string, column: number, value: string): string {
  const cr = raw.endsWith('\r') ? '\r' : '';
  const line = cr === '' ? raw : raw.slice(0, -1);
  const cell = /[^ \t]+/g;
  for (let c = 0, m = cell.exec(line); m; c++, m = cell.exec(line)) {
    if (c !== column) continue;
    let before = line.slice(0, m.index);
    const spaces = /( +)$/.exec(before)?.[1]?.length ?? 0;
    if (spaces > 0) {
      const width = Math.max(1, spaces + m[0].length - value.length);
      before = before.slice(0, before.length - spaces) + ' '.repeat(width);
    }
    return `${before}${value}${line.slice(m.index + m[0].length)}${cr}`;
  }
  return raw;
}
