import type { ExportFormat, ExportSummary } from '../../shared/contract/interchange';
import { getFormat, parseSplitRatios, writeSplits, type WriteResult } from '../../shared/formats';
import type { ProjectFolder } from '../store';
import { exportBundle } from './exportBundle';
import type { Monitor } from './importPlan';

/** What to export: format, whose layer, only documents marked done, and an optional train/dev/test split. */
export interface ExportOptions extends Monitor {
  readonly format: ExportFormat;
  readonly annotator: string;
  readonly onlyDone?: boolean;
  /** `80/10/10` (train/dev/test) or `90/10` (train/test). */
  readonly split?: string;
  readonly seed?: number;
}

/** The files of an export (paths relative to the output) and its summary. */
export interface Exported {
  readonly result: WriteResult;
  readonly summary: ExportSummary;
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
  if (options.seed !== undefined && options.split === undefined)
    throw new RangeError('--seed goes with --split');
  const ratios = options.split === undefined ? null : parseSplitRatios(options.split);
  const { bundle, notDone } = await exportBundle(
    store,
    options.annotator,
    options.onlyDone ?? false,
    options,
  );
  options.signal?.throwIfAborted();
  const { schema } = store.manifest;
  const writeOptions = { labels: schema.labels.map((l) => l.name), topics: schema.topics };
  const result = ratios
    ? writeSplits(format, bundle, { ratios, seed: options.seed ?? 0 }, writeOptions)
    : format.write(bundle, writeOptions);
  const warnings = Object.entries(result.summary.notExpressed)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${format.name}: ${count} × ${reason}`);
  if (notDone > 0) warnings.push(`${notDone} document(s) not marked done were left out`);
  if (bundle.documents.length === 0)
    warnings.push(`no documents to export in the ${options.annotator} layer`);
  return {
    result,
    summary: {
      format: format.id,
      annotator: options.annotator,
      documents: result.summary.documents,
      spans: result.summary.spans,
      stances: result.summary.stances,
      notExpressed: Object.fromEntries(
        Object.entries(result.summary.notExpressed).filter(([, c]) => c > 0),
      ),
      warnings,
    },
  };
}
