import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { WorkbenchError, type RequestOf, type WorkbenchApi } from '../../shared/contract';
import type { ExportResult } from '../../shared/contract/interchange';
import { FormatErrors, type FormatFile } from '../../shared/formats';
import type { EntityRegistry, ProjectStore } from '../store';
import { exportProject } from './exportProject';
import { isInside } from './importFiles';
import { importUploads, previewUploads, type ImportOptions } from './importService';
import { writeExportFiles } from './writeExportFiles';

type InterchangeApi = Pick<
  WorkbenchApi,
  'previewImport' | 'importFiles' | 'previewExport' | 'exportProject'
>;

const HEAD_LINES = 12;

/**
 * The contract's import and export methods on one project. `annotator` is the local user
 * (null when unset); `onImported` runs after an import wrote, since undo steps recorded
 * before it may no longer fit the layers.
 */
export function interchangeApi(
  store: ProjectStore,
  registry: EntityRegistry,
  annotator: () => string | null,
  onImported: () => void,
): InterchangeApi {
  const optionsOf = (request: RequestOf<'importFiles'>): ImportOptions => ({
    format: request.format,
    skipInvalid: request.skipInvalid ?? false,
    annotator: {
      ...(request.annotator ? { explicit: request.annotator } : {}),
      fallback: () => {
        const name = annotator();
        if (!name)
          throw new WorkbenchError(
            'no_annotator',
            'these files hold annotations: choose whose layer they go to, or set your annotator name',
          );
        return name;
      },
    },
  });
  return {
    previewImport: (request) => previewUploads(store, registry, request.files, optionsOf(request)),
    async importFiles(request) {
      try {
        const summary = await importUploads(store, registry, request.files, optionsOf(request));
        onImported();
        return summary;
      } catch (error) {
        if (error instanceof FormatErrors)
          throw new WorkbenchError('invalid_request', `${error.message}; nothing was imported`);
        throw error;
      }
    },
    async previewExport(request) {
      const { result, summary } = await exported(store, registry, request);
      return { summary, files: result.files.map((file) => describe(file, false)), out: null };
    },
    async exportProject(request): Promise<ExportResult> {
      const { result, summary } = await exported(store, registry, request);
      if (request.out === undefined)
        return { summary, files: result.files.map((file) => describe(file, true)), out: null };
      const out = exportTarget(store.dir, request.out);
      await mkdir(dirname(out), { recursive: true });
      await writeExportFiles(out, result.files);
      return { summary, files: result.files.map((file) => describe(file, false)), out };
    },
  };
}

/** Where exports requested through the API go: a folder of the project that no loader reads. */
export const EXPORTS_FOLDER = 'exports';

/**
 * The path an API export named `name` is written to: `<project>/exports/<name>`. A caller
 * of the API (the renderer, a page holding the session token) names the export but never
 * picks a place on disk, so it cannot overwrite a file elsewhere; `loupe export --out`
 * writes anywhere, as its user asks.
 * @example exportTarget('/p', 'news.jsonl') === '/p/exports/news.jsonl'
 */
export function exportTarget(projectDir: string, name: string): string {
  const plain = /^[^/\\\0:]+$/u.test(name) && !name.startsWith('.') && name.trim() === name;
  if (!plain)
    throw new WorkbenchError(
      'invalid_request',
      `the export name ${JSON.stringify(name)} must be a plain file or folder name (no path, not hidden); it is written to the project's ${EXPORTS_FOLDER} folder`,
    );
  const root = resolve(projectDir, EXPORTS_FOLDER);
  const out = resolve(root, name);
  if (!isInside(root, out))
    throw new WorkbenchError(
      'invalid_request',
      `the export name ${JSON.stringify(name)} leaves the ${EXPORTS_FOLDER} folder`,
    );
  return out;
}

async function exported(
  store: ProjectStore,
  registry: EntityRegistry,
  request: RequestOf<'previewExport'>,
) {
  try {
    return await exportProject(store, registry, {
      format: request.format,
      annotator: request.annotator,
      onlyDone: request.onlyDone ?? false,
      ...(request.split ? { split: request.split, seed: request.seed ?? 0 } : {}),
    });
  } catch (error) {
    if (error instanceof RangeError) throw new WorkbenchError('invalid_request', error.message);
    throw error;
  }
}

function describe(file: FormatFile, withContent: boolean): ExportResult['files'][number] {
  const head = file.content.split('\n').slice(0, HEAD_LINES).join('\n');
  return {
    path: file.path,
    bytes: new TextEncoder().encode(file.content).length,
    head: head.length > 4000 ? `${head.slice(0, 4000)}…` : head,
    ...(withContent ? { content: file.content } : {}),
  };
}
