import { realpath } from 'node:fs/promises';
import {
  WorkbenchError,
  type CallPolicy,
  type EditResult,
  type MethodSpec,
} from '../shared/contract';
import { openServices, type ProjectServices } from './projectServices';
import { toWorkbenchError } from './services/toWorkbenchError';
import type { UserSettingsFile } from './settings/userSettings';
import {
  changedFiles,
  projectFingerprint,
  type ProjectFingerprint,
} from './store/projectFingerprint';
import { ProjectLock } from './store/projectLock';
import { MANIFEST_FILE, removeOrphanTemps } from './store';
import { StoreError } from './store/storeError';
import { WriteQueue } from './store/writeQueue';
import { isRecord } from '../shared/collections';

/** How a front end opens a project: to write it (taking the writer's lock) or only to read it. */
export interface OpenOptions {
  /** Shown to a second writer, e.g. "the Loupe app", "loupe serve", "loupe import". */
  readonly owner?: string;
  /** `read` opens without the lock and refuses every edit; default `write`. */
  readonly access?: 'write' | 'read';
}

/**
 * One project folder opened by one front end, with the rules every front end shares: the
 * writer's lock (a second writer opens read-only and its edits answer `read_only`), edits one
 * at a time, and files another program changed (git pull, a copy) reread before the next
 * edit instead of being overwritten. Its {@link policy} runs each contract call by its kind.
 */
export class OpenProject {
  private readonly edits = new WriteQueue();
  private readonly layersSeen = new Map<string, string>();

  private constructor(
    readonly dir: string,
    private readonly settings: UserSettingsFile,
    private readonly lock: ProjectLock | null,
    private notice: string | null,
    private current: ProjectServices,
    private seen: ProjectFingerprint,
  ) {}

  static async open(
    dir: string,
    settings: UserSettingsFile,
    options: OpenOptions = {},
  ): Promise<OpenProject> {
    const folder = await realpath(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT')
        throw new StoreError(
          MANIFEST_FILE,
          `no Loupe project in ${dir} (run: loupe init ${dir})`,
          'io',
        );
      throw error;
    });
    const reading = options.access === 'read';
    const attempt = reading
      ? null
      : await ProjectLock.acquire(folder, { owner: options.owner ?? 'Loupe' });
    const lock = attempt?.acquired ? attempt.lock : null;
    const notice = reading
      ? 'Read-only: opened for reading.'
      : attempt && !attempt.acquired
        ? attempt.notice
        : null;
    try {
      if (lock) await removeOrphanTemps(folder, Date.parse(lock.holder.startedAt));
      const services = await openServices(folder, settings);
      const seen = await projectFingerprint(folder);
      return new OpenProject(folder, settings, lock, notice, services, seen);
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  /** Since when this writer holds the project (ms): a temp file older than this was left by an interrupted write. */
  get writerSince(): number {
    return this.lock ? Date.parse(this.lock.holder.startedAt) : Date.now();
  }

  /** The services as last read from the folder. */
  get services(): ProjectServices {
    return this.current;
  }

  /** Why edits are refused (another program holds the lock, or opened for reading), or null. */
  get readOnly(): string | null {
    if (this.lock?.lost)
      this.notice ??= 'Read-only: another program took this project over. Reopen it to edit.';
    return this.notice;
  }

  /** Runs each call the way its kind asks; see {@link MethodSpec.kind}. */
  readonly policy: CallPolicy = (_method, spec, run) => {
    if (spec.kind === 'read' || spec.kind === 'settings') return run();
    return this.edits.run('edit', () => this.write(spec, run));
  };

  /** Files another program changed since this workbench last looked, project-relative; rereads them. */
  syncWithDisk(): Promise<{ changed: string[] }> {
    return this.edits.run('edit', async () => {
      const changed = await this.catchUp();
      const annotator = this.current.currentAnnotator();
      if (annotator) {
        const { store } = this.current;
        for (const meta of store.listDocuments()) {
          const file = store.layerFile(meta.id, annotator);
          const version = await store.layerVersion(meta.id, annotator);
          const before = this.layersSeen.get(file);
          if (before !== undefined && before !== version) changed.push(file);
          this.layersSeen.set(file, version);
        }
      }
      return { changed: [...new Set(changed)].sort() };
    });
  }

  /** Rereads the whole folder (after a sync rewrote files); call from inside an edit. */
  async reread(): Promise<void> {
    await this.current.store.flush();
    this.current = await openServices(this.dir, this.settings);
  }

  async close(): Promise<void> {
    await this.edits.idle();
    if (this.readOnly) await this.current.store.flush();
    else await this.current.store.compactJournals();
    await this.lock?.release();
  }

  private async write<T>(spec: MethodSpec, run: () => Promise<T>): Promise<T> {
    const why = this.readOnly;
    if (why && spec.kind === 'edit') throw new WorkbenchError('read_only', why);
    const changed = await this.catchUp().catch((error: unknown) => {
      throw toWorkbenchError(error); // e.g. the folder moved away: the reopen fails with a StoreError
    });
    const result = await run();
    // An edit of layers only leaves manifest, documents and entities as catchUp saw them: no second look.
    if (!isLayerEdit(result)) this.seen = await projectFingerprint(this.dir);
    await this.rememberLayers(result);
    if (changed.length > 0 && isEditResult(result))
      return { ...result, projectChanged: true, entitiesChanged: true };
    return result;
  }

  /** Rereads the project when files it keeps in memory changed underneath; returns what changed. */
  private async catchUp(): Promise<string[]> {
    const now = await projectFingerprint(this.dir);
    const changed = changedFiles(this.seen, now);
    if (changed.length === 0) return [];
    await this.current.store.flush();
    this.current = await openServices(this.dir, this.settings);
    this.seen = now;
    return changed;
  }

  /** Our own layer writes are not "changed underneath" at the next sync. */
  private async rememberLayers(result: unknown): Promise<void> {
    if (!isEditResult(result)) return;
    const annotator = this.current.currentAnnotator();
    if (!annotator) return;
    const { store } = this.current;
    for (const change of result.changes) {
      const file = store.layerFile(change.documentId, annotator);
      if (this.layersSeen.has(file))
        this.layersSeen.set(file, await store.layerVersion(change.documentId, annotator));
    }
  }
}

/** An edit result that changed layers and nothing else (no entity, no manifest). */
function isLayerEdit(value: unknown): boolean {
  return isEditResult(value) && !value.entitiesChanged && !value.projectChanged;
}

function isEditResult(value: unknown): value is EditResult {
  return isRecord(value) && Array.isArray(value.changes);
}
