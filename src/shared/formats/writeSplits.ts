import type {
  Format,
  FormatBundle,
  FormatDocument,
  FormatFile,
  SplitPart,
  WriteOptions,
  WriteResult,
} from './common';
import { mergedSummary, movedFile } from './common';
import { splitDocuments } from './splitDocuments';

/** Where a split should put the documents, and how to cut. */
export interface SplitOptions {
  readonly ratios: readonly [number, number, number];
  readonly seed: number;
}

/**
 * Writes a bundle as `train/`, `dev/` and `test/` with `format`. Documents with the same
 * text (same hash, else same name) stay in one part so no text leaks across parts; every
 * part is written (possibly empty) with the same label list, so label ids agree; a format
 * may combine the parts' files (Hugging Face: one dataset card for all parts).
 * @example writeSplits(getFormat('hf'), bundle, { ratios: [80, 10, 10], seed: 1 }).files.map((f) => f.path) → ['train/hf.jsonl', …]
 */
export function writeSplits(
  format: Format,
  bundle: FormatBundle,
  split: SplitOptions,
  options: WriteOptions = {},
): WriteResult {
  return splitResult(format, writeSplitParts(format, bundle, split, options), bundle);
}

/**
 * Each part of a split written on its own (`train`, `dev`, `test`), before its files are put
 * under the part's name; see {@link writeSplits}.
 * @example writeSplitParts(getFormat('spacy'), bundle, { ratios: [80, 10, 10], seed: 1 }).map((p) => p.name) → ['train', 'dev', 'test']
 */
export function writeSplitParts(
  format: Format,
  bundle: FormatBundle,
  split: SplitOptions,
  options: WriteOptions = {},
): SplitPart[] {
  const { write } = format;
  if (!write) throw new RangeError(`${format.name} cannot be exported`);
  const keyOf = (doc: FormatDocument) => doc.textHash ?? doc.name;
  const parts = splitDocuments(bundle.documents.map(keyOf), split.ratios, split.seed);
  const labels = options.labels ?? bundle.labels;
  const written: SplitPart[] = [];
  for (const [name, keys] of Object.entries(parts) as [string, readonly string[]][]) {
    const wanted = new Set(keys);
    const documents = bundle.documents.filter((doc) => wanted.has(keyOf(doc)));
    written.push({ name, result: write({ ...bundle, documents }, { ...options, labels }) });
  }
  return written;
}

/**
 * The parts' files under their names (`train/hf.jsonl`), or as the format combines them, and
 * their summaries merged.
 */
export function splitResult(
  format: Format,
  parts: readonly SplitPart[],
  bundle: FormatBundle,
): WriteResult {
  const files: FormatFile[] = parts.flatMap(({ name, result }) =>
    result.files.map((file) => movedFile(file, `${name}/${file.path}`)),
  );
  return {
    files: format.combineSplits?.(parts) ?? files,
    summary: mergedSummary(
      parts.map((part) => part.result),
      bundle.documents.length,
    ),
  };
}
