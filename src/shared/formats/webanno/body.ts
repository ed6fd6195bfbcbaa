import type { ErrorCollector, NumberedLine } from '../common';
import { unescapeText } from './escaping';
import type { WebannoHeader } from './header';

/** A token or sub-token row: its id (`1-2`, `1-2.1`), UTF-16 offsets, line and annotation cells. */
export interface WebannoUnit {
  readonly id: string;
  readonly begin: number;
  readonly end: number;
  readonly line: number;
  readonly cells: readonly string[];
}

/** The text rebuilt from the sentences, the rows, and the sentence ids (`#Sentence.id=`) by sentence. */
export interface WebannoBody {
  readonly text: string;
  readonly units: readonly WebannoUnit[];
  readonly sentenceIds: readonly (readonly [number, string])[];
  /** Each sentence's UTF-16 extent: its first row's begin, its rows' last end. */
  readonly sentences: readonly (readonly [begin: number, end: number])[];
  /** Lines of a sentence header other than `#Text=` and `#Sentence.id=`, which INCEpTION ignores too. */
  readonly ignored: readonly NumberedLine[];
  /**
   * Such lines before the first sentence's text: in its header, or in a block of their own
   * between the layer declarations and the first sentence (GUM's `#Summary1=` lines).
   */
  readonly preamble: readonly NumberedLine[];
}

/** Characters of space a sentence's offsets may leave after the one before (a damaged offset would fill gigabytes). */
const MAX_GAP = 1 << 20;

const UNIT_ID = /^\d+-\d+(\.\d+)?$/;
const OFFSETS = /^(\d+)-(\d+)$/;

/** Between sentences, in a sentence's header lines, in its rows, or in rows of a sentence without header (reported once). */
type State = 'between' | 'header' | 'token' | 'orphan';

/**
 * Reads a body as INCEpTION does: each sentence's `#Text=` lines (unescaped, joined by line
 * breaks) placed at its first token's begin, after a line break or spaces when the offsets
 * leave a gap, then its token and sub-token rows. Offsets stay UTF-16 units; each row's
 * token must be the text at its offsets. The line break after the last sentence is not
 * part of the text. Problems go to `errors` by line.
 * @example readWebannoBody(lines, header, 'a.tsv', errors).text === 'This is a test .'
 */
export function readWebannoBody(
  lines: readonly NumberedLine[],
  header: WebannoHeader,
  file: string,
  errors: ErrorCollector,
): WebannoBody {
  const fields = header.columns.length + 3;
  const units: WebannoUnit[] = [];
  const sentenceIds: [number, string][] = [];
  const extents: [number, number][] = [];
  const ignored: NumberedLine[] = [];
  const preamble: NumberedLine[] = [];
  let text = '';
  let pending = '';
  let state: State = 'between';
  let sentences = 0;
  let headerLine = 0;
  let tokenSeen = false;
  // The header block in hand has a #Text= or #Sentence.id= line (else it may be a preamble).
  let opensSentence = false;
  const problem = (line: number, reason: string) => errors.add(file, line, reason);
  for (const { line, text: row } of lines.slice(header.bodyAt)) {
    if (row.startsWith('#') && state !== 'token') {
      if (state !== 'header') {
        headerLine = line;
        opensSentence = false;
      }
      state = 'header';
      if (row.startsWith('#Sentence.id=')) {
        sentenceIds.push([sentences, unescapeText(after(row), header.minor)]);
        opensSentence = true;
      } else if (row.startsWith('#Text=')) {
        pending += `${unescapeText(after(row), header.minor)}\n`;
        opensSentence = true;
      } else (sentences === 0 ? preamble : ignored).push({ line, text: row });
      continue;
    }
    if (row === '') {
      if (state === 'header' && (opensSentence || sentences > 0))
        problem(
          headerLine,
          'a sentence header without token rows; each #Text= is followed by its tokens',
        );
      state = 'between';
      continue;
    }
    const cells = row.split('\t');
    const [id = '', offsets = '', token = ''] = cells;
    const range = OFFSETS.exec(offsets);
    if (cells.length < fields || !UNIT_ID.test(id) || !range) {
      problem(line, rowProblem(row, cells.length, fields, id, range !== null));
      continue;
    }
    const begin = Number(range[1]);
    const end = Number(range[2]);
    const subToken = id.includes('.');
    if (state === 'orphan') continue;
    if (state === 'between') {
      problem(line, `token ${id} follows no #Text= line; start each sentence with its #Text= line`);
      state = 'orphan';
      continue;
    }
    if (state === 'header') {
      if (subToken)
        problem(line, `sub-token ${id} opens a sentence; a sentence opens with a token`);
      if (text.length === begin + 1 && text.endsWith('\n')) text = text.slice(0, -1);
      if (text.length > begin)
        problem(
          line,
          `sentence starts at ${begin}, before the end of the text so far (${text.length}); fix the offsets of this sentence's tokens`,
        );
      if (begin - text.length > MAX_GAP) {
        problem(
          line,
          `sentence starts at ${begin}, ${begin - text.length} characters after the end of the text so far (${text.length}); fix the offsets of this sentence's tokens`,
        );
        pending = '';
        state = 'orphan';
        continue;
      }
      text += ' '.repeat(Math.max(0, begin - text.length)) + pending;
      pending = '';
      sentences++;
      extents.push([begin, end]);
      state = 'token';
      tokenSeen = true;
    }
    if (end < begin || end > text.length || text.slice(begin, end) !== token)
      problem(
        line,
        `token ${id} at ${begin}-${end} is ${JSON.stringify(token)} but the sentence's #Text= holds ${end < begin || end > text.length ? 'no such offsets' : JSON.stringify(text.slice(begin, end))} there (offsets count UTF-16 units); fix the offsets or the #Text= line`,
      );
    units.push({ id, begin, end, line, cells: cells.slice(3, fields) });
    const extent = extents.at(-1);
    if (extent) extent[1] = Math.max(extent[1], end);
  }
  if (state === 'header' && (opensSentence || sentences > 0))
    problem(
      headerLine,
      'a sentence header without token rows; each #Text= is followed by its tokens',
    );
  if (tokenSeen && text.endsWith('\n')) text = text.slice(0, -1);
  return { text, units, sentenceIds, sentences: extents, ignored, preamble };
}

function after(row: string): string {
  return row.slice(row.indexOf('=') + 1);
}

function rowProblem(
  row: string,
  found: number,
  fields: number,
  id: string,
  offsets: boolean,
): string {
  if (!UNIT_ID.test(id))
    return `${JSON.stringify(row.slice(0, 40))} is neither a sentence header (#Text=) nor a token row (sentence-token id such as 1-2, or 1-2.1 for a sub-token); remove the line or fix its id`;
  if (!offsets)
    return `token ${id}: its second column must be begin-end offsets such as 4-8; fix the offsets`;
  return `token ${id} has ${found} tab-separated columns, the header declares ${fields} (id, offsets, token and ${fields - 3} annotation column${fields === 4 ? '' : 's'}); fix the row or the #T_ header lines`;
}
