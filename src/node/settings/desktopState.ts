import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { atomicWrite, stableStringify } from '../store';

const MAX_RECENT = 10;

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(150),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof boundsSchema>;

const desktopStateSchema = z.object({
  formatVersion: z.literal(1),
  recentProjects: z.array(z.string()).default([]),
  window: boundsSchema.nullable().default(null),
});
export type DesktopState = z.infer<typeof desktopStateSchema>;

/**
 * What the desktop app remembers between runs, in the user folder (`desktop.json`): recent
 * projects, newest first, and the window's last bounds. A damaged file is read as empty.
 */
export class DesktopStateFile {
  private constructor(
    private readonly path: string,
    private current: DesktopState,
  ) {}

  static async load(folder: string): Promise<DesktopStateFile> {
    const path = join(folder, 'desktop.json');
    const raw = await readFile(path, 'utf8').catch(() => null);
    const parsed = desktopStateSchema.safeParse(raw === null ? null : safeJson(raw));
    return new DesktopStateFile(
      path,
      parsed.success ? parsed.data : { formatVersion: 1, recentProjects: [], window: null },
    );
  }

  get value(): DesktopState {
    return this.current;
  }

  /** Puts a project first in the recent list (no duplicates, at most ten). */
  addRecent(dir: string): Promise<DesktopState> {
    const recentProjects = [dir, ...this.current.recentProjects.filter((d) => d !== dir)].slice(
      0,
      MAX_RECENT,
    );
    return this.save({ ...this.current, recentProjects });
  }

  /** Drops a project from the recent list (it was moved or deleted). */
  removeRecent(dir: string): Promise<DesktopState> {
    return this.save({
      ...this.current,
      recentProjects: this.current.recentProjects.filter((d) => d !== dir),
    });
  }

  clearRecent(): Promise<DesktopState> {
    return this.save({ ...this.current, recentProjects: [] });
  }

  saveWindow(window: WindowBounds): Promise<DesktopState> {
    return this.save({ ...this.current, window: boundsSchema.parse(window) });
  }

  private async save(next: DesktopState): Promise<DesktopState> {
    const valid = desktopStateSchema.parse(next);
    this.current = valid;
    await mkdir(join(this.path, '..'), { recursive: true });
    await atomicWrite(this.path, stableStringify(valid));
    return valid;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
