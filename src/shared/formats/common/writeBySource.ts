import { bySourceFile } from './bySourceFile';
import type { Format, FormatFile, SourcePart, WriteOptions, WriteResult } from './format';
import type { FormatBundle } from './formatBundle';
import { freeFileName, inSourceFolder, noFileNote } from './freeFileName';
import { mergedSummary } from './mergedSummary';
import { movedFile } from './movedFile';

/**
 * Writes a bundle with `format`, each file's documents back to a file of that file's name in the
 * folder it sat in (see `Format.sourceFile`, `FormatDocument.folder`; two of one name from one
 * folder apart, the second `name-2.ext`), in its order; the documents of no file to the format's
 * own file, as `write` names it (`name-2.ext` when a file written back has that name, and a
 * note in the summary says which). Every
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
    ...(file && items[0]?.folder !== undefined ? { folder: items[0].folder } : {}),
    result: write({ ...bundle, documents: items }, { ...options, labels }),
  }));
  const files = format.combineSources ? format.combineSources(parts) : renamed(parts);
  if (!files) return write(bundle, options);
  const summary = mergedSummary(parts.map((part) => part.result));
  const rest = parts.find((part) => !part.file);
  const path = rest && restPath(files, rest.result.files[0]?.path ?? '');
  if (!rest || path === undefined) return { files, summary };
  const notes = { ...summary.notes, [noFileNote(path)]: rest.result.summary.documents };
  return { files, summary: { ...summary, notes } };
}

/**
 * Where the documents of no file went: the last file of the name `write` gave them, or of that
 * name made free (`train-2.spacy`), as the files written back take their names first.
 */
function restPath(files: readonly FormatFile[], written: string): string | undefined {
  const dot = written.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [written.slice(0, dot), written.slice(dot)] : [written, ''];
  const freed = (path: string) =>
    path.startsWith(`${stem}-`) &&
    path.endsWith(extension) &&
    /^\d+$/.test(path.slice(stem.length + 1, path.length - extension.length));
  return files.findLast((file) => file.path === written || freed(file.path))?.path;
}

/**
 * Each part's file under its source file's name in its folder, then the file of no file's
 * documents under the name it was written with, or `name-2.ext` when a file written back has
 * it; null when a part writes several files (the format combines them).
 */
function renamed(parts: readonly SourcePart[]): FormatFile[] | null {
  if (parts.some((part) => part.result.files.length > 1)) return null;
  const taken = new Set<string>();
  const files = parts.flatMap(({ file, folder, result }) =>
    file
      ? result.files.map((written) =>
          movedFile(written, freeFileName(inSourceFolder(folder, file.name), taken)),
        )
      : [],
  );
  const rest = parts
    .filter((part) => !part.file)
    .flatMap((part) => part.result.files)
    .map((written) => movedFile(written, freeFileName(written.path, taken)));
  return [...files, ...rest];
}
