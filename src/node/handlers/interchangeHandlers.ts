import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  WorkbenchError,
  type CallContext,
  type HandlersOf,
  type RequestOf,
} from '../../shared/contract';
import type { interchangeMethods } from '../../shared/contract/methods/interchangeMethods';
import { FormatErrors } from '../../shared/formats';
import { describeExportFile } from '../interchange/describeExportFile';
import { exportProject, type Exported } from '../interchange/exportProject';
import { exportTarget } from '../interchange/exportTarget';
import type { ImportOptions } from '../interchange/importService';
import { importPaths, importUploads, previewUploads } from '../interchange/importService';
import { writeExportFiles } from '../interchange/writeExportFiles';
import type { OpenProject } from '../openProject';

type ImportRequest = Pick<RequestOf<'importPaths'>, 'format' | 'annotator' | 'skipInvalid'>;

/** Import and export: files chosen in the app, local paths for in-process callers. */
export function interchangeHandlers(project: OpenProject): HandlersOf<typeof interchangeMethods> {
  const services = () => project.services;
  const optionsOf = (request: ImportRequest, context: CallContext): ImportOptions => ({
    format: request.format,
    skipInvalid: request.skipInvalid ?? false,
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
  /** Runs an import; undo steps recorded before it may no longer fit the layers it wrote. */
  const imported = async <T>(context: CallContext, run: () => Promise<T>): Promise<T> => {
    try {
      const summary = await run();
      services().session.clear();
      return summary;
    } catch (error) {
      if (error instanceof FormatErrors)
        throw new WorkbenchError('invalid_request', `${error.message}; nothing was imported`, {
          problems: error.errors.map((e) => ({
            file: e.file,
            reason: e.reason,
            ...(e.line === undefined ? {} : { line: e.line }),
          })),
        });
      if (context.signal?.aborted)
        throw new WorkbenchError('cancelled', 'cancelled: nothing was imported');
      throw error;
    }
  };
  const exported = (request: RequestOf<'previewExport'>, context: CallContext): Promise<Exported> =>
    exportProject(services().store, {
      format: request.format,
      annotator: request.annotator,
      onlyDone: request.onlyDone ?? false,
      ...(request.split ? { split: request.split, seed: request.seed ?? 0 } : {}),
      ...monitorOf(context),
    }).catch((error: unknown) => {
      if (error instanceof RangeError) throw new WorkbenchError('invalid_request', error.message);
      throw error;
    });
  return {
    previewImport: (request, ctx) =>
      previewUploads(services().store, request.files, optionsOf(request, ctx)),
    importFiles: (request, ctx) =>
      imported(ctx, () => importUploads(services().store, request.files, optionsOf(request, ctx))),
    importPaths: (request, ctx) =>
      imported(ctx, () =>
        importPaths(
          services().store,
          request.paths.map((p) => resolve(p)),
          optionsOf(request, ctx),
        ),
      ),
    importTexts: (request, ctx) =>
      imported(ctx, () =>
        importPaths(
          services().store,
          request.paths.map((p) => resolve(p)),
          optionsOf({ format: 'txt', skipInvalid: request.skipInvalid ?? false }, ctx),
        ),
      ),
    async previewExport(request, ctx) {
      const { result, summary } = await exported(request, ctx);
      return { summary, files: result.files.map((f) => describeExportFile(f, false)), out: null };
    },
    async exportProject(request, ctx) {
      const { result, summary } = await exported(request, ctx);
      if (request.out === undefined)
        return { summary, files: result.files.map((f) => describeExportFile(f, true)), out: null };
      const out = exportTarget(services().store.dir, request.out);
      await mkdir(dirname(out), { recursive: true });
      await writeExportFiles(out, result.files);
      return { summary, files: result.files.map((f) => describeExportFile(f, false)), out };
    },
    async exportTo(request, ctx) {
      const { result, summary } = await exported(request, ctx);
      const written = await writeExportFiles(request.out, result.files, ctx.signal).catch(
        (error: unknown) => {
          if (ctx.signal?.aborted)
            throw new WorkbenchError('cancelled', 'cancelled: nothing was written');
          throw error;
        },
      );
      const files = result.files.map((f, i) => describeExportFile(f, false, written[i] ?? f.path));
      return { summary, files, out: resolve(request.out) };
    },
  };
}

function monitorOf(context: CallContext): Pick<ImportOptions, 'signal' | 'onProgress'> {
  return {
    ...(context.signal ? { signal: context.signal } : {}),
    ...(context.onProgress ? { onProgress: context.onProgress } : {}),
  };
}
