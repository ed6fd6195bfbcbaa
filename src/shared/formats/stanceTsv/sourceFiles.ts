import {
  extensionOf,
  freeFileName,
  inSourceFolder,
  movedFile,
  pathStem,
  sourceFileAt,
} from '../common';
import type { FormatDocument, FormatFile, SourceFile, SourcePart } from '../common';
import { keptStanceRowOf } from './keptStanceTsv';
import { STANCE_CSV_FILE } from './write';

/**
 * The table a document's row was read from (its path, kept with the row) and the row's place
 * there; undefined for a document of no table.
 * @example stanceSourceFile(doc) → { name: 'raw_test_trump.csv', source: …, index: 3 }
 */
export function stanceSourceFile(doc: FormatDocument): SourceFile | undefined {
  const kept = keptStanceRowOf(doc.metadata);
  return kept && kept.file !== '' ? sourceFileAt(kept.file, kept.row) : undefined;
}

/**
 * An export written back to the tables its rows were read from: each table's rows under its
 * name in its folder (its stem with `.tsv` when they are written tab-separated, SemEval's columns, into a
 * table that was comma-separated, and `.csv` the other way); the stances of documents of no
 * table in `stance.tsv` when there are some (`stance-2.tsv` when a table written back has that name).
 * @example combineStanceSources(parts).map((f) => f.path) → ['raw_test_trump.csv', 'raw_test_biden.csv']
 */
export function combineStanceSources(parts: readonly SourcePart[]): FormatFile[] {
  const taken = new Set<string>();
  const files = parts.flatMap(({ file, folder, result }) =>
    file
      ? result.files.map((written) =>
          movedFile(written, freeFileName(inSourceFolder(folder, nameOf(file, written)), taken)),
        )
      : [],
  );
  const rest = parts
    .filter((part) => !part.file && part.result.summary.stances > 0)
    .flatMap((part) => part.result.files)
    .map((written) => movedFile(written, freeFileName(written.path, taken)));
  return [...files, ...rest];
}

/** The table's name, its extension the one of the delimiter written when they disagree. */
function nameOf(file: SourceFile, written: FormatFile): string {
  const comma = written.path === STANCE_CSV_FILE;
  const extension = extensionOf(file.name);
  if (comma === (extension === '.csv')) return file.name;
  return `${pathStem(file.name)}${comma ? '.csv' : '.tsv'}`;
}
