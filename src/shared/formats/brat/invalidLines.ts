import { splitLines } from '../common';
import type { Tally } from '../common';
import { parseAnnLine } from './annLine';
import type { AnnWriter } from './annWriter';
import { idOfWord, idsNamedBy, keptLineId, wordsOf } from './keptLines';
import type { KeptLine } from './keptLines';

/** A line left out as invalid on import: its number in its file and its text as written. */
export interface LeftOutLine {
  readonly line: number;
  readonly text: string;
}

/**
 * The lines of a `.ann` an import left out as invalid (skip invalid: blank in `content`, as
 * they were in `unskipped`, the file as read), by line number.
 * @example leftOutLines('T1\tX 0 1\ta\n\n', 'T1\tX 0 1\ta\nR1\tY Arg1:T1 Arg2:T9\n') → [{ line: 2, text: 'R1\tY Arg1:T1 Arg2:T9' }]
 */
export function leftOutLines(content: string, unskipped: string | undefined): LeftOutLine[] {
  if (unskipped === undefined) return [];
  const now = splitLines(content);
  return splitLines(unskipped).filter(
    ({ line, text }) => text.trim() !== '' && (now[line - 1]?.text ?? '') === '',
  );
}

/** What an invalid line's words may name: ids read (`keyOf` their key), ids of kept lines, ids of lines read. */
export interface InvalidLineNames {
  readonly keyOf: (id: string) => string | undefined;
  readonly kept: ReadonlySet<string>;
  readonly read: ReadonlySet<string>;
}

/**
 * A line left out as invalid, kept as written (`at` its place in the file's line order): each
 * word naming an annotation Loupe read tied to that annotation's key, so the export names it by
 * the id it writes it under; a word naming another kept line (or another line left out) noted
 * in `kept`; a word naming an id no line defines left as it is. A line brat cannot parse is kept
 * whole, naming nothing.
 * @example invalidLine({ line: 3, text: 'R5\tRel Arg1:T3 Arg2:T99' }, 2, names) → { line: 'R5\tRel Arg1:T3 Arg2:T99', refs: [[1, 'T Disease 0 4']], kept: [], invalid: { at: 2 } }
 */
export function invalidLine(left: LeftOutLine, at: number, names: InvalidLineNames): KeptLine {
  const parsed = parseAnnLine(left);
  const id = left.text.slice(0, left.text.indexOf('\t'));
  const invalid = names.read.has(id) ? { at, twin: true as const } : { at };
  if (typeof parsed === 'string') return { line: left.text, refs: [], kept: [], invalid };
  const named = new Set(idsNamedBy(parsed));
  const refs: [number, string][] = [];
  const kept: string[] = [];
  wordsOf(left.text).words.forEach((word, i) => {
    const ref = idOfWord(word);
    if (!named.has(ref)) return;
    const key = names.keyOf(ref);
    if (key !== undefined) refs.push([i, key]);
    else if (names.kept.has(ref)) kept.push(ref);
  });
  return { line: left.text, refs, kept, invalid };
}

/**
 * The ids lines left out as invalid hold, and those they name that no line of their file
 * defined (`defined`: the `T99` of `Arg2:T99`): an export gives none of them to an annotation,
 * so each line still names what it named. A line's own id that another line of its file had
 * too (`twin`) is not among them.
 * @example idsHeldByInvalid([{ line: 'R5\tRel Arg1:T3 Arg2:T99', refs: [[1, 'T X 0 4']], kept: [], invalid: { at: 4 } }], new Set(['T3', 'R5'])) → ['R5', 'T99']
 */
export function idsHeldByInvalid(
  lines: readonly KeptLine[],
  defined: ReadonlySet<string>,
): string[] {
  return lines.flatMap((l) => {
    const refs = new Set(l.refs.map(([i]) => i));
    const named = wordsOf(l.line).words.flatMap((w, i) =>
      refs.has(i) || defined.has(idOfWord(w)) ? [] : [idOfWord(w)],
    );
    return l.invalid?.twin === true ? named : [keptLineId(l), ...named];
  });
}

const RENAMED =
  'line left out as invalid on import written under another id: the export gave its id to another annotation';
const WRITTEN =
  'line left out as invalid on import (--skip-invalid) written back as it was: brat finds it invalid, as it found the original';

/**
 * The lines left out as invalid on import, each with its place in the file's line order, as
 * written, every word naming an annotation Loupe read naming the id it is written under
 * (`idOf` its key and the id the word names; the word as its file had it when the annotation is
 * gone, not the id an import renamed it to),
 * and words naming ids no line defines as they were. A line whose own id the export gave an
 * annotation (`taken`) is written under a fresh id, and the lines naming it name that; its
 * duplicate's twin keeps it, as its file had it. Counts in `tally` the lines written back.
 * @example writeInvalidLines(w, [{ line: 'R5\tRel Arg1:T3 Arg2:T99', refs: [[1, 'T D 0 4']], kept: [], invalid: { at: 4 } }], () => 'T1', new Set(), tally) → [[4, 'R5\tRel Arg1:T1 Arg2:T99']]
 */
export function writeInvalidLines(
  w: AnnWriter,
  lines: readonly KeptLine[],
  idOf: (key: string, id: string) => string | undefined,
  taken: ReadonlySet<string>,
  tally: Tally,
): [number, string][] {
  const renamed = new Map<string, string>();
  for (const l of lines) {
    const id = keptLineId(l);
    const prefix = /^([A-Za-z]+|#[A-Za-z]*)[0-9]+$/u.exec(id)?.[1];
    if (l.invalid?.twin === true || !taken.has(id) || prefix === undefined) continue;
    renamed.set(id, w.next(prefix));
    tally.note(RENAMED);
  }
  tally.note(WRITTEN, lines.length);
  return lines.map((l) => {
    const { head, words, tail } = wordsOf(l.line);
    const keys = new Map(l.refs);
    const was = wordsOf(l.invalid?.was ?? l.line).words;
    const written = words.map((word, i) => {
      const id = idOfWord(word);
      const key = keys.get(i);
      const as =
        key !== undefined ? idOf(key, id) : l.kept.includes(id) ? renamed.get(id) : undefined;
      if (as === undefined) return key === undefined ? word : (was[i] ?? word);
      return `${word.slice(0, word.length - id.length)}${as}`;
    });
    const own = keptLineId(l);
    const line = `${renamed.get(own) ?? own}${head.slice(own.length)}${written.join(' ')}${tail}`;
    return [l.invalid?.at ?? Number.MAX_SAFE_INTEGER, l.line.includes('\t') ? line : l.line];
  });
}
