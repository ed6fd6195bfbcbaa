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
  const labels = options.labels ?? bundle.labels;
  return splitPartDocuments(bundle, split).map(({ name, documents }) => ({
    name,
    result:
      documents.length === 0 && format.id === 'stance-tsv'
        ? headerOnly(write(bundle, { ...options, labels }))
        : write({ ...bundle, documents }, { ...options, labels }),
  }));
}

/**
 * An empty part of a stance table: the header the other parts have (a CSV read with its own
 * columns stays a CSV of those columns, under its name), with no row. Written alone, the
 * empty table would be Loupe's own columns, unlike its siblings.
 */
function headerOnly(whole: WriteResult): WriteResult {
  const files = whole.files.map((file) => {
    const end = /\r\n|\n|\r/u.exec(file.content);
    const content = end ? file.content.slice(0, end.index + end[0].length) : file.content;
    return { path: file.path, content, ...(file.encoding ? { encoding: file.encoding } : {}) };
  });
  return { files, summary: { documents: 0, spans: 0, stances: 0, notExpressed: {} } };
}

/** One part of a split before it is written: its name, its share and its documents. */
export interface SplitPartDocuments {
  readonly name: 'train' | 'dev' | 'test';
  readonly ratio: number;
  readonly documents: readonly FormatDocument[];
}

/**
 * The documents of each part a split writes, in the order train, dev, test. A part given no
 * share (`--split 90/10` is train/test: dev's share is 0) is not a part of the split and is
 * left out; a part given a share keeps its place even when too few documents leave it none.
 * @example splitPartDocuments(bundle, { ratios: [90, 0, 10], seed: 1 }).map((p) => p.name) → ['train', 'test']
 */
export function splitPartDocuments(
  bundle: FormatBundle,
  split: SplitOptions,
): SplitPartDocuments[] {
  const keyOf = (doc: FormatDocument) => doc.textHash ?? doc.name;
  const parts = splitDocuments(bundle.documents.map(keyOf), split.ratios, split.seed);
  const [train, dev, test] = split.ratios;
  const shares: readonly {
    name: SplitPartDocuments['name'];
    ratio: number;
    keys: readonly string[];
  }[] = [
    { name: 'train', ratio: train, keys: parts.train },
    { name: 'dev', ratio: dev, keys: parts.dev },
    { name: 'test', ratio: test, keys: parts.test },
  ];
  return shares
    .filter((part) => part.ratio > 0)
    .map(({ name, ratio, keys }) => {
      const wanted = new Set(keys);
      return { name, ratio, documents: bundle.documents.filter((doc) => wanted.has(keyOf(doc))) };
    });
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
