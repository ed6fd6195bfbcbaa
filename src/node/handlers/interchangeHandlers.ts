import { lstat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  overlapDetails,
  WorkbenchError,
  type CallContext,
  type HandlersOf,
  type RequestOf,
} from '../../shared/contract';
import type { interchangeMethods } from '../../shared/contract/methods/interchangeMethods';
import { FormatErrors, releaseFiles, SpanOverlapError } from '../../shared/formats';
import { describeExportFile } from '../interchange/describeExportFile';
import { exportProject, type Exported } from '../interchange/exportProject';
import { NothingToExportError } from '../interchange/nothingToExport';
import { fileNameOf } from '../interchange/oneFileExport';
import {
  assertExportInside,
  assertNotProjectFiles,
  exportTarget,
} from '../interchange/exportTarget';
import type { ImportOptions } from '../interchange/importService';
import { importPaths, importUploads, previewUploads } from '../interchange/importService';
import { writeExportFiles } from '../interchange/writeExportFiles';
import { zipExport } from '../interchange/zipExport';
import type { OpenProject } from '../openProject';
import { makeFolders } from '../store';
import { InterchangeJobs } from './interchangeJobs';

type ImportRequest = Pick<
  RequestOf<'importPaths'>,
  | 'format'
  | 'annotator'
  | 'skipInvalid'
  | 'scheme'
  | 'tagColumn'
  | 'tagNames'
  | 'textField'
  | 'textColumn'
  | 'labelColumn'
>;

/** Import and export: files chosen in the app, local paths for in-process callers. */
export function interchangeHandlers(project: OpenProject): HandlersOf<typeof interchangeMethods> {
  const services = () => project.services;
  const jobs = new InterchangeJobs();
  const optionsOf = (request: ImportRequest, context: CallContext): ImportOptions => ({
    format: request.format,
    skipInvalid: request.skipInvalid ?? false,
    ...(request.scheme && request.scheme !== 'auto' ? { scheme: request.scheme } : {}),
    ...(request.tagColumn === undefined ? {} : { tagColumn: request.tagColumn }),
    ...(request.tagNames === undefined ? {} : { tagNames: request.tagNames }),
    ...(request.textField === undefined ? {} : { textField: request.textField }),
    ...(request.textColumn === undefined ? {} : { textColumn: request.textColumn }),
    ...(request.labelColumn === undefined ? {} : { labelColumn: request.labelColumn }),
    annotator: {
      ...(request.annotator ? { explicit: request.annotator } : {}),
      fallback: () => {
        const name = services().currentAnnotator();
        if (!name)
          throw new WorkbenchError(
            'no_annotator',
            'these files hold annotations: choose whose layer they go to, or set your annotator name',
          );
        return name;
      },
    },
    ...monitorOf(context),
  });
  /** Runs an import (its progress polled, cancellable); undo steps recorded before it may no longer fit the layers it wrote. */
  const imported = async <T>(
    outer: CallContext,
    run: (context: CallContext) => Promise<T>,
  ): Promise<T> => {
    const context = jobs.begin('import', outer);
    try {
      const summary = await run(context);
      services().session.clear();
      return summary;
    } catch (error) {
      if (error instanceof FormatErrors)
        throw new WorkbenchError('invalid_request', `${error.message}; ${notImported(error)}`, {
          problems: error.errors.map((e) => ({
            file: e.file,
            reason: e.reason,
            ...(e.line === undefined ? {} : { line: e.line }),
          })),
        });
      if (context.signal?.aborted)
        throw new WorkbenchError('cancelled', 'cancelled: nothing was imported');
      throw error;
    } finally {
      jobs.end(context);
    }
  };
  const exported = async (
    request: RequestOf<'previewExport'>,
    outer: CallContext,
    out?: string,
  ): Promise<Exported> => {
    const context = jobs.begin('export', outer);
    try {
      return await exportProject(services().store, {
        format: request.format,
        annotator: request.annotator,
        ...(request.annotators ? { annotators: request.annotators } : {}),
        onlyDone: request.onlyDone ?? false,
        includeRejected: request.includeRejected ?? false,
        ...(request.split ? { split: request.split, seed: request.seed ?? 0 } : {}),
        ...(request.labels ? { labels: request.labels } : {}),
        ...(request.overlaps ? { overlaps: request.overlaps } : {}),
        ...(request.scheme ? { scheme: request.scheme } : {}),
        ...(request.columns ? { columns: request.columns } : {}),
        ...(request.tokens ? { tokens: true } : {}),
        ...(request.allowEmpty ? { allowEmpty: true } : {}),
        ...(out === undefined ? {} : fileNameOf(out)),
        ...monitorOf(context),
      });
    } catch (error) {
      // The spans that overlap travel as data too, so a window can say them in its own terms.
      if (error instanceof SpanOverlapError)
        throw new WorkbenchError('invalid_request', error.message, overlapDetails(error));
      // Said as data too: the command line exits 1 on it, not 2 as on a wrong option.
      if (error instanceof NothingToExportError)
        throw new WorkbenchError('invalid_request', error.message, { nothingToExport: true });
      if (error instanceof RangeError) throw new WorkbenchError('invalid_request', error.message);
      if (context.signal?.aborted)
        throw new WorkbenchError('cancelled', 'cancelled: nothing was exported');
      throw error;
    } finally {
      jobs.end(context);
    }
  };
  /** Builds the export, lets `use` write or describe its files, then gives their buffers back. */
  const exportedFiles = async <T>(
    request: RequestOf<'previewExport'>,
    outer: CallContext,
    use: (done: Exported) => Promise<T> | T,
    out?: string,
  ): Promise<T> => {
    const done = await exported(request, outer, out);
    try {
      return await use(done);
    } finally {
      releaseFiles(done.result.files);
    }
  };
  return {
    previewImport: (request, ctx) =>
      previewUploads(services().store, request.files, optionsOf(request, ctx)),
    importFiles: (request, outer) =>
      imported(outer, (ctx) =>
        importUploads(services().store, request.files, optionsOf(request, ctx)),
      ),
    importPaths: (request, outer) =>
      imported(outer, (ctx) =>
        importPaths(
          services().store,
          request.paths.map((p) => resolve(p)),
          optionsOf(request, ctx),
        ),
      ),
    importTexts: (request, outer) =>
      imported(outer, (ctx) =>
        importPaths(
          services().store,
          request.paths.map((p) => resolve(p)),
          optionsOf({ format: 'txt', skipInvalid: request.skipInvalid ?? false }, ctx),
        ),
      ),
    interchangeProgress: () => Promise.resolve(jobs.progress()),
    cancelInterchange: () => Promise.resolve(jobs.cancel()),
    previewExport: (request, ctx) =>
      exportedFiles(
        request,
        ctx,
        ({ result, summary }) => ({
          summary,
          files: result.files.map((f) => describeExportFile(f, false)),
          out: null,
        }),
        // Named, as the Export dialog's Write would write it (one file, a file per part…).
        request.out === undefined ? undefined : exportTarget(services().store.dir, request.out),
      ),
    exportProject: async (request, ctx) => {
      // A bad place is said before the export is built (and whatever else it would refuse).
      const target =
        request.out === undefined ? null : exportTarget(services().store.dir, request.out);
      if (target && (await exists(dirname(target))))
        await assertExportInside(services().store.dir, target);
      // Downloaded under a name: shaped as that name writes, and returned.
      const shaped =
        request.named === undefined ? undefined : exportTarget(services().store.dir, request.named);
      return exportedFiles(
        request,
        ctx,
        async ({ result, summary, beside }) => {
          if (target === null)
            return {
              summary,
              files: result.files.map((f) => describeExportFile(f, true)),
              out: null,
            };
          const out = beside ? dirname(target) : target;
          await makeFolders(dirname(out));
          await assertExportInside(services().store.dir, out);
          await writeExportFiles(out, result.files);
          return { summary, files: result.files.map((f) => describeExportFile(f, false)), out };
        },
        target ?? shaped,
      );
    },
    exportArchive: (request, ctx) =>
      exportedFiles(
        request,
        ctx,
        ({ result, summary }) => {
          const zip = zipExport(result.files);
          return {
            summary,
            name: `loupe-${request.format}-${request.annotator}.zip`.replace(
              /[^A-Za-z0-9._-]+/g,
              '_',
            ),
            files: result.files.map((f) => describeExportFile(f, false)),
            base64: Buffer.from(zip).toString('base64'),
          };
        },
        request.named === undefined ? undefined : exportTarget(services().store.dir, request.named),
      ),
    exportTo: (request, ctx) =>
      exportedFiles(
        request,
        ctx,
        async ({ result, summary, beside }) => {
          const out = beside ? dirname(resolve(request.out)) : request.out;
          await assertNotProjectFiles(services().store.dir, out, result.files);
          const written = await writeExportFiles(out, result.files, ctx.signal).catch(
            (error: unknown) => {
              if (ctx.signal?.aborted)
                throw new WorkbenchError('cancelled', 'cancelled: nothing was written');
              throw error;
            },
          );
          const files = result.files.map((f, i) =>
            describeExportFile(f, false, written[i] ?? f.path),
          );
          return { summary, files, out: resolve(out) };
        },
        request.out,
      ),
  };
}

function monitorOf(context: CallContext): Pick<ImportOptions, 'signal' | 'onProgress'> {
  return {
    ...(context.signal ? { signal: context.signal } : {}),
    ...(context.onProgress ? { onProgress: context.onProgress } : {}),
  };
}

/** Whether something is at `path` (a link counts, wherever it leads). */
function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/**
 * What a refused import left, and what to do when other records were fine: fix the file, or
 * skip what is invalid (`--skip-invalid`, the import dialog's "Skip invalid files and records").
 */
function notImported(error: FormatErrors): string {
  const byRecord = error.errors.every((e) => e.line !== undefined);
  if (!byRecord) return 'nothing was imported';
  // A file not read line by line (CoNLL) is left out whole: its other lines are not imported.
  return error.skippedWhole !== undefined
    ? `nothing was imported (fix the lines named; skipping invalid files, --skip-invalid, leaves out each file named whole, as ${error.skippedWhole} files are not read line by line, and imports the others)`
    : 'nothing was imported (fix the records named, or skip invalid records to import the others: --skip-invalid)';
}
