import type { Tally } from '../common';
import type { AnnContext } from './annContext';
import type { AnnArgument, AnnLine } from './annLine';
import type { AnnWriter } from './annWriter';

/**
 * A line of a `.ann` file Loupe does not model, kept as written: an event without a trigger
 * that is no relation (BioNLP 2016 SeeDev-full's `E2\tLocalization Functional_Molecule:T122
 * Target_Tissue:T124 Organism_Genotype:T127`), or a line naming such a line (an attribute, a
 * note, a relation or event with it as an argument). `refs` names the words of its data column
 * that name an annotation Loupe reads, by that annotation's key (see `targetKey`: brat's ids
 * are renumbered by every export); `kept` the other kept lines it names, whose ids stay.
 * @example { line: 'E1\tLocalization Agent:T1 Place:T2 Time:T3', refs: [[1, 'T Gene 0 4'], [2, 'T Tissue 9 14'], [3, 'T Stage 20 25']], kept: [] }
 */
export interface KeptLine {
  readonly line: string;
  readonly refs: readonly (readonly [word: number, key: string])[];
  readonly kept: readonly string[];
  /**
   * A line left out as invalid on import (skip invalid), kept to be written back as it was:
   * `at` its place in the file's line order, `twin` that another line of the file had its id
   * (a duplicate id, which is what made it invalid), `was` the line as its file had it when an
   * import renamed the annotations it names (see `renameKeptBratIds`). See `invalidLines`.
   */
  readonly invalid?: { readonly at: number; readonly twin?: true; readonly was?: string };
}

/** The ids a line names (its target, arguments, trigger or members). */
export function idsNamedBy(line: AnnLine): string[] {
  switch (line.kind) {
    case 'T':
      return [];
    case 'A':
    case 'N':
    case '#':
      return [line.target];
    case 'R':
    case 'bare':
      return line.args.map((a: AnnArgument) => a.ref);
    case 'E':
      return [line.trigger, ...line.args.map((a) => a.ref)];
    case '*':
      return line.refs;
  }
}

/**
 * The ids of the lines to keep as written: every event without a trigger that is no relation,
 * and every line naming a kept line, until none is added.
 * @example keptIds([bare E1, A1 on E1, T1]) → Set { 'E1', 'A1' }
 */
export function keptIds(lines: readonly AnnLine[]): Set<string> {
  const kept = new Set(lines.filter((l) => l.kind === 'bare').map((l) => l.id));
  for (let size = -1; size !== kept.size;) {
    size = kept.size;
    for (const l of lines)
      if (l.kind !== '*' && idsNamedBy(l).some((id) => kept.has(id))) kept.add(l.id);
  }
  return kept;
}

/** The data column's words of a line as written (`id TAB data [TAB text]`), split at single spaces. */
export function wordsOf(line: string): { head: string; words: string[]; tail: string } {
  const tab = line.indexOf('\t');
  const end = line.indexOf('\t', tab + 1);
  const data = end === -1 ? line.slice(tab + 1) : line.slice(tab + 1, end);
  return {
    head: line.slice(0, tab + 1),
    words: data.split(' '),
    tail: end === -1 ? '' : line.slice(end),
  };
}

/** The id a word names: the whole word (`E1`) or what follows its first colon (`Theme:T3`, `Annotation:E1`). */
export function idOfWord(word: string): string {
  const colon = word.indexOf(':');
  return colon === -1 ? word : word.slice(colon + 1);
}

/**
 * A kept line as written, with each word naming an annotation Loupe reads tied to that
 * annotation's key (`keyOf`; undefined when Loupe cannot name it, e.g. a stance: returned as
 * the reason it cannot be kept).
 */
export function keptLine(
  written: string,
  parsed: AnnLine,
  kept: ReadonlySet<string>,
  keyOf: (id: string) => string | undefined,
): KeptLine | string {
  const named = new Set(idsNamedBy(parsed));
  const refs: [number, string][] = [];
  const keptRefs: string[] = [];
  const { words } = wordsOf(written);
  for (let i = 0; i < words.length; i++) {
    const id = idOfWord(words[i] ?? '');
    if (!named.has(id)) continue;
    if (kept.has(id)) {
      keptRefs.push(id);
      continue;
    }
    const key = keyOf(id);
    if (key === undefined)
      return `${parsed.id} refers to ${id}, which Loupe cannot keep a line referring to (a stance, or an annotation not read)`;
    refs.push([i, key]);
  }
  return { line: written, refs, kept: keptRefs };
}

/**
 * The kept lines of a document (`kept`, their ids) as written (`written`, by line number), each
 * word naming an annotation Loupe reads tied to its key (`keyOf`); a line naming an id that is not
 * defined, or that Loupe cannot name, is an error on its line. Warns with how many were kept.
 */
export function readKeptLines(
  ctx: AnnContext,
  lines: readonly AnnLine[],
  written: ReadonlyMap<number, string>,
  kept: ReadonlySet<string>,
  keyOf: (id: string) => string | undefined,
): KeptLine[] {
  const read: KeptLine[] = [];
  for (const l of lines) {
    const missing = idsNamedBy(l).find((id) => !ctx.byId.has(id));
    if (missing !== undefined) {
      ctx.fail(l.line, `${l.id} refers to ${missing}, which is not defined`);
      continue;
    }
    const result = keptLine(written.get(l.line) ?? '', l, kept, keyOf);
    if (typeof result === 'string') ctx.fail(l.line, result);
    else read.push(result);
  }
  const bare = lines.filter((l) => l.kind === 'bare');
  if (bare[0])
    ctx.warn(
      bare[0].line,
      `${bare.length} event line(s) without a trigger that are no relation ("Type Role:Id Role:Id Role:Id", BioNLP Shared Task 2016) and ${lines.length - bare.length} line(s) naming them kept as written: Loupe shows them nowhere and writes them back to brat only`,
    );
  return read;
}

/**
 * A kept line with each word naming an annotation Loupe reads (its `refs`) naming `idOf` that
 * annotation's key and the id the word names instead (`Theme:T3` → `Theme:T7`), or undefined
 * when one of them has none.
 * @example rewrittenLine({ line: 'E1\tX A:T1 B:T2 C:T3', refs: [[1, 'T X 0 4']], kept: [] }, () => 'T9') === 'E1\tX A:T9 B:T2 C:T3'
 */
export function rewrittenLine(
  kept: KeptLine,
  idOf: (key: string, id: string) => string | undefined,
): string | undefined {
  const { head, words, tail } = wordsOf(kept.line);
  for (const [i, key] of kept.refs) {
    const word = words[i] ?? '';
    const id = idOf(key, idOfWord(word));
    if (id === undefined) return undefined;
    const colon = word.indexOf(':');
    words[i] = `${colon === -1 ? '' : word.slice(0, colon + 1)}${id}`;
  }
  return `${head}${words.join(' ')}${tail}`;
}

/** The id of a kept line: what precedes its first tab. */
export function keptLineId(kept: KeptLine): string {
  return kept.line.slice(0, kept.line.indexOf('\t'));
}

/**
 * Writes the kept lines in the order read, under their own ids, each word naming an annotation
 * rewritten to that annotation's written id (`idOf` its key and the id the word names: the
 * annotation is found also when edited since, see `KeptTargets`). A line naming an annotation
 * that is gone or was not written (or a kept line that was not) is left out and counted.
 * @example writeKeptLines(w, [{ line: 'E1\tLocalization A:T1 B:T2 C:T3', refs: [[1, 'T X 0 4'], …], kept: [] }], idOf, tally)
 */
export function writeKeptLines(
  w: AnnWriter,
  lines: readonly KeptLine[],
  idOf: (key: string, id: string) => string | undefined,
  tally: Tally,
): void {
  const written = lines.map((l) => rewrittenLine(l, idOf));
  const dropped = new Set(lines.filter((_, i) => written[i] === undefined).map(keptLineId));
  for (let size = -1; size !== dropped.size;) {
    size = dropped.size;
    for (const l of lines) if (l.kept.some((id) => dropped.has(id))) dropped.add(keptLineId(l));
  }
  tally.add(
    'line kept from a brat file referring to an annotation that was not written',
    dropped.size,
  );
  lines.forEach((l, i) => {
    const line = written[i];
    if (line !== undefined && !dropped.has(keptLineId(l))) w.push(line);
  });
}
