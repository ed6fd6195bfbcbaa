import {
  isEditMethod,
  METHOD_NAMES,
  WorkbenchError,
  type EditResult,
  type WorkbenchApi,
} from '../shared/contract';
import { toWorkbenchError } from './services/toWorkbenchError';
import { changedFiles, projectFingerprint } from './store/projectFingerprint';
import { fileVersion } from './store/fileVersion';
import { projectLayout } from './store/projectLayout';
import { ProjectLock } from './store/projectLock';
import { WriteQueue } from './store/writeQueue';
import type { Workbench } from './workbench';

/** Who opens the project and whether it takes the writer's lock. */
export interface GuardOptions {
  /** Shown to a second writer, e.g. "the Loupe app", "loupe serve". */
  readonly owner?: string;
  /** False opens without the lock (read-only tools); default true. */
  readonly lock?: boolean;
}

type Method = (request: unknown) => Promise<unknown>;

/**
 * Wraps a workbench with the project's rules for sharing: the writer's lock (a second writer
 * gets a read-only workbench whose edits throw `read_only`), edits one at a time, and files
 * changed by another program (git pull, a copy) reread before the next edit instead of being
 * overwritten. `open` builds a fresh unguarded workbench on the folder.
 */
export async function guardWorkbench(
  dir: string,
  options: GuardOptions,
  open: () => Promise<Workbench>,
): Promise<Workbench> {
  const attempt =
    options.lock === false
      ? null
      : await ProjectLock.acquire(dir, { owner: options.owner ?? 'Loupe' });
  const lock = attempt?.acquired ? attempt.lock : null;
  let notice = attempt && !attempt.acquired ? attempt.notice : null;
  let inner: Workbench;
  try {
    inner = await open();
  } catch (error) {
    await lock?.release();
    throw error;
  }
  let seen = await projectFingerprint(dir);
  const edits = new WriteQueue();

  const readOnly = (): string | null => {
    if (lock?.lost)
      notice ??= 'Read-only: another program took this project over. Reopen it to edit.';
    return notice;
  };

  /** Rereads the project when files it keeps in memory changed underneath; returns what changed. */
  const catchUp = async (): Promise<string[]> => {
    const now = await projectFingerprint(dir);
    const changed = changedFiles(seen, now);
    if (changed.length === 0) return [];
    await inner.close();
    inner = await open();
    seen = now;
    return changed;
  };

  const layersSeen = new Map<string, string>();
  const syncWithDisk = async (): Promise<{ changed: string[] }> => {
    const changed = await edits.run('edit', catchUp);
    const annotator = (await inner.getSettings({})).annotator;
    if (annotator) {
      for (const meta of inner.store.listDocuments()) {
        const path = projectLayout.layer(dir, annotator, meta.id);
        const version = await fileVersion(path);
        const before = layersSeen.get(path);
        if (before !== undefined && before !== version) changed.push(inner.store.rel(path));
        layersSeen.set(path, version);
      }
    }
    return { changed: [...new Set(changed)].sort() };
  };

  const edit = (name: string) => async (request: unknown) =>
    edits.run('edit', async () => {
      const why = readOnly();
      if (why) throw new WorkbenchError('read_only', why);
      const changed = await catchUp().catch((error: unknown) => {
        throw toWorkbenchError(error); // e.g. the folder moved away: the reopen fails with a StoreError
      });
      const result = await (inner[name as keyof WorkbenchApi] as Method)(request);
      seen = await projectFingerprint(dir);
      await rememberLayers(result);
      return changed.length && isEditResult(result)
        ? { ...result, projectChanged: true, entitiesChanged: true }
        : result;
    });

  /** Our own layer writes are not "changed underneath" at the next sync. */
  const rememberLayers = async (result: unknown): Promise<void> => {
    if (!isEditResult(result)) return;
    const annotator = (await inner.getSettings({})).annotator;
    if (!annotator) return;
    for (const change of result.changes) {
      const path = projectLayout.layer(dir, annotator, change.documentId);
      if (layersSeen.has(path)) layersSeen.set(path, await fileVersion(path));
    }
  };

  const api: Record<string, Method> = {};
  for (const name of METHOD_NAMES) {
    api[name] = isEditMethod(name) ? edit(name) : (request) => (inner[name] as Method)(request);
  }
  api.getProject = async (request) => {
    const info = await inner.getProject(request as Record<string, never>);
    const why = readOnly();
    return why ? { ...info, readOnly: why } : info;
  };
  api.syncWithDisk = () => syncWithDisk();

  const guarded = api as unknown as WorkbenchApi;
  return {
    ...guarded,
    get store() {
      return inner.store;
    },
    get readOnly() {
      return readOnly();
    },
    async close() {
      await edits.idle();
      await inner.close();
      await lock?.release();
    },
  };
}

function isEditResult(value: unknown): value is EditResult {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as EditResult).changes)
  );
}
