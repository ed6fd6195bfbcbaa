import { extname } from 'node:path';
import {
  LAYERED_EXPORT_FORMATS,
  type ExportFormat,
  type ExportSummary,
} from '../../shared/contract/interchange';
import {
  getFormat,
  keepLabels,
  movedFile,
  parseSplitRatios,
  SpanOverlapError,
  Tally,
  writeBySource,
  type FormatBundle,
  type ExportScheme,
  type StanceColumnSet,
  type OverlapPolicy,
  type Format,
  type WriteOptions,
  type WriteResult,
} from '../../shared/formats';
import { asOneFile, splitFiles } from './oneFileExport';
import type { ProjectFolder } from '../store';
import { documentInWords } from '../services/documentInWords';
import { encodedFiles } from './encodedFiles';
import { exportNameOf } from './exportBundle';
import { exportLayers } from './exportLayers';
import { NothingToExportError } from './nothingToExport';
import { emptySplitParts, refuseNoAnnotations } from './emptyExport';
import type { Monitor } from './importPlan';
import { countOf } from '../../shared/text';

/** What to export: format, whose layer, only documents marked done, and an optional train/dev/test split. */
export interface ExportOptions extends Monitor {
  readonly format: ExportFormat;
  readonly annotator: string;
  /**
   * doccano and Label Studio: more layers written with the annotator's, each annotation with its
   * user (a record, or task, several of them hold is written once, as doccano 1.x writes a
   * record of several users and Label Studio a task of several annotators).
   */
  readonly annotators?: readonly string[];
  readonly onlyDone?: boolean;
  /** Keep suggestions rejected in a machine layer (default: left out, and counted in a warning). */
  readonly includeRejected?: boolean;
  /** `80/10/10` (train/dev/test) or `90/10` (train/test). */
  readonly split?: string;
  readonly seed?: number;
  /** Only spans of these labels; each must be in the schema or on some span. */
  readonly labels?: readonly string[];
  /** Token formats: what to do with overlapping spans (default `error`). */
  readonly overlaps?: OverlapPolicy;
  /** CoNLL: the tag scheme written (default `iob2`). */
  readonly scheme?: ExportScheme;
  /** Stance TSV: the columns written (`auto` by default; `semeval` for SemEval-2016 Task 6's eval.pl). */
  readonly columns?: StanceColumnSet;
  /** Spans JSONL: tokens and token indices in every record, also in records that came without. */
  readonly tokens?: boolean;
  /** Write an export (or a split's part) that holds no annotation, which is refused otherwise. */
  readonly allowEmpty?: boolean;
  /**
   * The name of the file the export goes to, when it may be one (no folder is there): an export
   * to files of its extension is written as one file (see `asOneFile`), a split as a file per
   * part beside it (see `splitFiles`).
   */
  readonly fileName?: string;
}

/** The files of an export (paths relative to the output) and its summary. */
export interface Exported {
  readonly result: WriteResult;
  readonly summary: ExportSummary;
  /** The files go beside the export's name, in its folder (a split named as one file: `x.train.spacy`, `x.dev.spacy`). */
  readonly beside: boolean;
}

/**
 * Builds an export in memory: one layer of every (done) document written by the format,
 * split deterministically by document when asked. What the format cannot express is
 * counted in the summary and spelled out as warnings, never dropped silently.
 * @example (await exportProject(store, { format: 'conll', annotator: 'gold' })).summary.notExpressed
 */
export async function exportProject(
  store: ProjectFolder,
  options: ExportOptions,
): Promise<Exported> {
  const format = getFormat(options.format);
  if (!format.write) throw new RangeError(`${format.name} cannot be exported`);
  if (options.tokens && format.id !== 'spans-jsonl')
    throw new RangeError(`--tokens applies to spans JSONL exports only, not ${format.name}`);
  if (options.seed !== undefined && options.split === undefined)
    throw new RangeError('--seed goes with --split');
  const ratios = options.split === undefined ? null : parseSplitRatios(options.split);
  const layers = [...new Set([options.annotator, ...(options.annotators ?? [])])];
  if (layers.length > 1 && !LAYERED_EXPORT_FORMATS.includes(options.format))
    throw new RangeError(
      `${format.name} writes one layer an export: export each annotator on their own (several layers go together into doccano, a record of several users, Label Studio, a task of several annotators, and spans JSONL, a record per annotator)`,
    );
  const {
    bundle: full,
    notDone,
    rejected,
  } = await exportLayers(
    store,
    layers,
    { onlyDone: options.onlyDone ?? false, includeRejected: options.includeRejected ?? false },
    options,
  );
  options.signal?.throwIfAborted();
  if (full.documents.length === 0)
    throw new NothingToExportError(
      notDone > 0
        ? `nothing to export: ${notDone === 1 ? 'the one document is not' : `none of the ${notDone} documents is`} marked done in the ${layers.join(', ')} layer${layers.length > 1 ? 's' : ''} (mark ${notDone === 1 ? 'it' : 'them'} done, or export without --only-done)`
        : 'nothing to export: the project has no documents',
    );
  const { schema } = store.manifest;
  const schemaLabels = schema.labels.map((l) => l.name);
  const filtered = new Tally();
  const bundle = options.labels
    ? keepLabels(checkedLabels(full, schemaLabels, options.labels), options.labels, filtered)
    : full;
  if (format.id === 'stance-tsv') refuseNoStances(full, bundle, layers, options.onlyDone ?? false);
  const allowEmpty = options.allowEmpty ?? false;
  const emptyWarnings =
    format.id === 'loupe'
      ? []
      : refuseNoAnnotations(format.id, full, bundle, layers, options.labels, allowEmpty);
  const split = ratios && { ratios, seed: options.seed ?? 0 };
  if (split && options.split)
    emptyWarnings.push(...emptySplitParts(bundle, split, options.split, allowEmpty));
  const writeOptions = {
    labels: options.labels ?? schemaLabels,
    ...(options.overlaps ? { overlaps: options.overlaps } : {}),
    ...(options.scheme ? { scheme: options.scheme } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.tokens ? { tokens: true } : {}),
    topics: schema.topics,
    styles: store.manifest.styles,
    ...(schema.eventTypes ? { eventTypes: schema.eventTypes } : {}),
    ...(store.manifest.collectionFiles ? { collectionFiles: store.manifest.collectionFiles } : {}),
  };
  let written: WriteResult;
  let beside = false;
  try {
    if (split) {
      const parts = splitFiles(format, bundle, split, writeOptions, options.fileName);
      ({ beside } = parts);
      written = parts;
    } else written = oneFileOf(format, bundle, writeOptions, options.fileName);
  } catch (error) {
    throw error instanceof SpanOverlapError ? await namedForReaders(store, error) : error;
  }
  // A file its writer gave an encoding (CoNLL read from ISO-8859-1) is written in it when it can be.
  const encoded = encodedFiles(written.files);
  const result = { ...written, files: encoded.files };
  const notExpressed = { ...filtered.toRecord(), ...result.summary.notExpressed };
  const warnings = Object.entries(notExpressed)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${format.name}: ${count} × ${reason}`);
  if (options.scheme && format.id !== 'conll')
    throw new RangeError(`--scheme applies to CoNLL exports only, not ${format.name}`);
  if (options.columns && options.columns !== 'auto' && format.id !== 'stance-tsv')
    throw new RangeError(`--columns applies to stance TSV exports only, not ${format.name}`);
  const notes = Object.entries(result.summary.notes ?? {})
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${format.name}: ${count} × ${reason}`);
  notes.push(...encoded.notes);
  if (options.overlaps && !format.overlapPolicy)
    notes.push(`--overlaps does not apply to ${format.name}: it keeps overlapping spans`);
  warnings.push(...emptyWarnings);
  if (notDone > 0)
    warnings.push(
      `${countOf(notDone, 'document')} not marked done ${notDone === 1 ? 'was' : 'were'} left out`,
    );
  if (rejected > 0 && !options.includeRejected)
    warnings.push(
      `${countOf(rejected, 'rejected suggestion')} left out (--include-rejected exports them too)`,
    );
  return {
    result,
    beside,
    summary: {
      format: format.id,
      annotator: layers.join(','),
      documents: result.summary.documents,
      spans: result.summary.spans,
      stances: result.summary.stances,
      ...(result.summary.relations ? { relations: result.summary.relations } : {}),
      ...(rejected > 0 ? { rejected } : {}),
      notExpressed: Object.fromEntries(Object.entries(notExpressed).filter(([, c]) => c > 0)),
      warnings,
      notes,
      ...(result.summary.adjustedTotal
        ? {
            adjusted: (result.summary.adjusted ?? []).map((a) => ({
              ...a,
              from: pair(a.from),
              to: a.to ? pair(a.to) : null,
            })),
            adjustedTotal: result.summary.adjustedTotal,
          }
        : {}),
    },
  };
}

/**
 * Refuses a stance table that would hold no row: a header alone, read as a table of no stances
 * (a layer without stances, or whose stances all rest on spans of labels left out).
 */
function refuseNoStances(
  full: FormatBundle,
  bundle: FormatBundle,
  layers: readonly string[],
  onlyDone: boolean,
): void {
  const stancesIn = (b: FormatBundle): number =>
    b.documents.reduce((n, d) => n + d.stances.length, 0);
  if (stancesIn(bundle) > 0) return;
  const whose = `${layers.join(', ')}'s layers${onlyDone ? ' of documents marked done' : ''}`;
  throw new NothingToExportError(
    stancesIn(full) > 0
      ? `nothing to export: every stance in ${whose} rests on a span left out by --labels: keep the labels of their spans, or choose another format`
      : `nothing to export: no stances in ${whose}: choose a layer with stances or another format`,
  );
}

/** The bundle, once every label asked for is known (in the schema or on some span). */
function checkedLabels(
  bundle: FormatBundle,
  schemaLabels: readonly string[],
  labels: readonly string[],
): FormatBundle {
  const known = new Set([
    ...schemaLabels,
    ...bundle.documents.flatMap((d) => d.spans.map((s) => s.label)),
  ]);
  const unknown = labels.filter((l) => !known.has(l));
  if (unknown.length > 0)
    throw new RangeError(
      `--labels: unknown label${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; the project's labels are ${[...known].sort().join(', ')}`,
    );
  return bundle;
}

/** The refusal, its document named by its place in the list and its title (a seed's name is an id). */
async function namedForReaders(
  store: ProjectFolder,
  error: SpanOverlapError,
): Promise<SpanOverlapError> {
  const meta = store.listDocuments().find((d) => exportNameOf(d.name) === error.document);
  return meta ? error.in(await documentInWords(store, meta.id)) : error;
}

/**
 * Each file's documents back to it, or all in one file when the export's name asks for one; one
 * file named as a file (with an extension) is that file.
 */
function oneFileOf(
  format: Format,
  bundle: FormatBundle,
  options: WriteOptions,
  fileName: string | undefined,
): WriteResult {
  const written = writeBySource(format, bundle, options);
  if (fileName === undefined) return written;
  const one = asOneFile(format, bundle, options, written, fileName);
  // One file under a name with an extension is written to that name: said so too.
  const [file, ...more] = one.files;
  if (!file || more.length > 0 || file.path.includes('/') || extname(fileName) === '') return one;
  return { ...one, files: [movedFile(file, fileName)] };
}

/** A mutable copy of an offset pair, as the contract's summary holds it. */
function pair(offsets: readonly [number, number]): [number, number] {
  return [offsets[0], offsets[1]];
}
