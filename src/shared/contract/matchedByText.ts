import type { ImportedDocument } from './interchange';
import { countOf } from '../text/countOf';

/**
 * The record a file gives no name, as a reader finds it: the name Loupe gave it (by file and
 * place) and the path it was read from; undefined for a document its file names.
 * @example recordWithoutName({ byText: 'bob-1', file: 'in/bob.jsonl', … }) → 'bob-1 of in/bob.jsonl'
 */
export function recordWithoutName(d: ImportedDocument): string | undefined {
  if (d.byText === undefined) return undefined;
  return `${d.byText} of ${fileOf(d.byText, d.file)}`;
}

/**
 * One line per file of records without a name that met documents already in the project by
 * their text alone, named by the path it was read from: how many, and which record met which
 * document.
 * @example matchedByText([{ name: 'ann-1.txt', byText: 'bob-1', file: 'in/bob.jsonl', … }]) → ['in/bob.jsonl: 1 record without a name matched by its text to a document already in the project: bob-1 → ann-1.txt']
 */
export function matchedByText(documents: readonly ImportedDocument[]): string[] {
  const byFile = new Map<string, string[]>();
  for (const d of documents) {
    if (d.byText === undefined) continue;
    const file = fileOf(d.byText, d.file);
    const pairs = byFile.get(file) ?? [];
    pairs.push(`${d.byText} → ${d.name}`);
    byFile.set(file, pairs);
  }
  return [...byFile].map(([file, pairs]) => {
    const one = pairs.length === 1;
    const listed =
      pairs.slice(0, MATCHES_LISTED).join(', ') + (pairs.length > MATCHES_LISTED ? ', …' : '');
    return `${file}: ${countOf(pairs.length, 'record')} without a name matched by ${one ? 'its' : 'their'} text to ${one ? 'a document' : 'documents'} already in the project: ${listed}`;
  });
}

/** The path a record was read from; else its name, by file and place (`bob-3`: the third of bob.jsonl). */
function fileOf(byText: string, file: string | undefined): string {
  return file ?? byText.replace(/-\d+$/, '');
}

/** Matches a file's line names before it ends in `…`. */
const MATCHES_LISTED = 5;
