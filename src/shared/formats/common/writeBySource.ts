import { bySourceFile } from './bySourceFile';
import type { Format, FormatFile, SourcePart, WriteOptions, WriteResult } from './format';
import type { FormatBundle } from './formatBundle';
import { freeFileName } from './freeFileName';
import { mergedSummary } from './mergedSummary';
import { movedFile } from './movedFile';

/**
 * Writes a bundle with `format`, each file's documents back to a file of that file's name (see
 * `Format.sourceFile`; two of one name from different folders apart, the second `name-2.ext`),
 * in its order; the documents of no file to the format's own file, as `write` names it. Every
 * file is written with the same label list, so label ids agree. A format without `sourceFile`,
 * or a bundle of no file's documents, is written by `write` as it is (so is a bundle whose
 * files the format cannot write apart: see `Format.combineSources`).
 * @example writeBySource(getFormat('spacy'), bundle).files.map((f) => f.path) → ['dev.spacy', 'train.spacy']
 */
export function writeBySource(
  format: Format,
  bundle: FormatBundle,
  options: WriteOptions = {},
): WriteResult {
  if (!format.write) throw new RangeError(`${format.name} cannot be exported`);
  const write = format.write.bind(format);
  const fileOf = format.sourceFile?.bind(format);
  const groups = fileOf ? bySourceFile(bundle.documents, fileOf) : [];
  if (!groups.some((group) => group.file)) return write(bundle, options);
  const labels = options.labels ?? bundle.labels;
  const parts: SourcePart[] = groups.map(({ file, items }) => ({
    file,
    result: write({ ...bundle, documents: items }, { ...options, labels }),
  }));
  const files = format.combineSources ? format.combineSources(parts) : renamed(parts);
  if (!files) return write(bundle, options);
  return { files, summary: mergedSummary(parts.map((part) => part.result)) };
}

/**
 * Each part's file under its source file's name, the files of no file's documents as written
 * (their names taken first); null when a part writes several files (the format combines them).
 */
function renamed(parts: readonly SourcePart[]): FormatFile[] | null {
  if (parts.some((part) => part.result.files.length > 1)) return null;
  const taken = new Set<string>();
  const rest = parts.filter((part) => !part.file).flatMap((part) => part.result.files);
  for (const file of rest) freeFileName(file.path, taken);
  const files = parts.flatMap(({ file, result }) =>
    file ? result.files.map((written) => movedFile(written, freeFileName(file.name, taken))) : [],
  );
  return [...files, ...rest];
}
