import { statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import {
  movedFile,
  splitResult,
  writeSplitParts,
  type Format,
  type FormatBundle,
  type SplitOptions,
  type WriteOptions,
  type WriteResult,
} from '../../shared/formats';

/** How many of the files an export would write a refusal names. */
const NAMED = 4;

/** Formats whose file is the same whatever its extension (CoNLL's `.conll`, `.testa`, `.txt`). */
const ANY_EXTENSION: readonly string[] = ['conll'];

/**
 * An export to `name`, a file's name with the extension of files it writes (`x.spacy`, when
 * documents go back to `train.spacy` and `dev.spacy`), asks for one file: every document written
 * together, as the format writes documents of no file, when that is one file of that extension
 * (or of a format whose files are the same whatever their extension);
 * refused when it is not (a folder name then asks for the files). Any other export is `written`.
 * @example asOneFile(spacy, bundle, options, twoFiles, 'x.spacy').files.length === 1
 */
export function asOneFile(
  format: Format,
  bundle: FormatBundle,
  options: WriteOptions,
  written: WriteResult,
  name: string,
): WriteResult {
  const extension = extname(name).toLowerCase();
  const ofExtension = (path: string) => extname(path).toLowerCase() === extension;
  if (written.files.length <= 1 || extension === '') return written;
  if (!written.files.some((file) => ofExtension(file.path))) return written;
  const together = format.write?.(bundle, { ...options, together: true });
  const [file, ...more] = together?.files ?? [];
  const fits = file && (ofExtension(file.path) || ANY_EXTENSION.includes(format.id));
  if (together && fits && more.length === 0) return together;
  const paths = written.files.map((f) => f.path);
  const named = paths.length > NAMED ? `${paths.slice(0, NAMED).join(', ')}…` : paths.join(', ');
  throw new RangeError(
    `${name} names one file, but ${format.name} writes these documents to ${paths.length} files (${named}) and cannot put them all in one ${extension} file: give the export a folder name (without an extension) to write them into`,
  );
}

/** A split export's files, and whether they go beside the name it was given rather than into it. */
export interface SplitFiles extends WriteResult {
  /** Each part a file beside the export's name, in its folder: `x.train.spacy`, `x.dev.spacy`. */
  readonly beside: boolean;
}

/**
 * A split export (see `writeSplits`). Named as a file of the format (`x.spacy`), each part is one
 * file beside that name, the part's name before the extension (`x.train.spacy`, `x.dev.spacy`,
 * `x.test.spacy`), what spaCy's `train --paths.train --paths.dev` takes; refused, saying to give
 * a folder name, when a part is not one file of that extension (Hugging Face's dataset). Any
 * other name is a folder of the parts.
 * @example splitFiles(spacy, bundle, { ratios: [80, 10, 10], seed: 0 }, options, 'x.spacy').files[0].path === 'x.train.spacy'
 */
export function splitFiles(
  format: Format,
  bundle: FormatBundle,
  split: SplitOptions,
  options: WriteOptions,
  name: string | undefined,
): SplitFiles {
  const parts = writeSplitParts(format, bundle, split, options);
  const whole = splitResult(format, parts, bundle);
  const extension = extname(name ?? '');
  const lower = extension.toLowerCase();
  const ofExtension = (path: string) => extname(path).toLowerCase() === lower;
  const oneFileName =
    name !== undefined &&
    lower !== '' &&
    (format.extensions.includes(lower) || whole.files.some((file) => ofExtension(file.path)));
  if (!oneFileName) return { ...whole, beside: false };
  const fits =
    whole.files.length === parts.length &&
    parts.every((part) => part.result.files.length === 1) &&
    // An empty part (--allow-empty) is written under the name the format gives documents of no file.
    whole.files.every(
      (file, i) =>
        ofExtension(file.path) ||
        ANY_EXTENSION.includes(format.id) ||
        parts[i]?.result.summary.documents === 0,
    );
  if (!fits) {
    const paths = whole.files.map((f) => f.path);
    const named = paths.length > NAMED ? `${paths.slice(0, NAMED).join(', ')}…` : paths.join(', ');
    throw new RangeError(
      `${name} names one file, but ${format.name} writes the split's ${parts.map((p) => p.name).join(', ')} as ${paths.length} files (${named}), not one ${extension} file each: give the export a folder name (without an extension) to write them into`,
    );
  }
  const stem = name.slice(0, -extension.length);
  const files = whole.files.map((file, i) =>
    movedFile(file, `${stem}.${parts[i]?.name ?? i}${extension}`),
  );
  return { files, summary: whole.summary, beside: true };
}

/**
 * `{ fileName }`, the name `out` gives the export, when it may be one file: nothing is there, or
 * a file (an export into a folder that is there goes into it whatever its name).
 * @example fileNameOf('/tmp/x.spacy') → { fileName: 'x.spacy' }
 */
export function fileNameOf(out: string): { fileName?: string } {
  const target = resolve(out);
  let folder = false;
  try {
    folder = statSync(target, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    // Nothing Loupe may look at: the write says why.
  }
  return folder ? {} : { fileName: basename(target) };
}
