import type { Workbench } from '../node';

/** The part of a window the registry needs (a BrowserWindow in the app, a fake in tests). */
export interface ShellWindow {
  readonly contentsId: number;
  focus(): void;
  close(): void;
}

/** Opens a project's workbench and its window; the bootstrap supplies it. */
export type OpenProjectWindow<W extends ShellWindow> = (
  dir: string,
) => Promise<{ window: W; workbench: Workbench }>;

interface Entry<W> {
  readonly dir: string;
  readonly window: W;
  readonly workbench: Workbench;
}

/**
 * One window per project folder: showing a project that is open focuses its window (a second
 * `loupe path` or "open with" does that too), else opens one. IPC calls find their workbench
 * by the sending window. Closing a window closes its workbench (and gives its lock back).
 */
export class ProjectWindows<W extends ShellWindow> {
  private readonly entries = new Map<string, Entry<W>>();
  private readonly opening = new Map<string, Promise<Entry<W>>>();

  constructor(private readonly open: OpenProjectWindow<W>) {}

  /** Focuses the project's window or opens it; `dir` should be absolute. */
  async show(dir: string): Promise<{ window: W; opened: boolean }> {
    const open = this.entries.get(dir);
    if (open) {
      open.window.focus();
      return { window: open.window, opened: false };
    }
    const already = this.opening.get(dir);
    const entry = await (already ?? this.start(dir));
    if (already) entry.window.focus();
    return { window: entry.window, opened: !already };
  }

  /** The workbench of the window whose contents sent a call. */
  workbenchFor(contentsId: number): Workbench | undefined {
    for (const entry of this.entries.values())
      if (entry.window.contentsId === contentsId) return entry.workbench;
    return undefined;
  }

  /** The project shown in a window. */
  dirOf(contentsId: number): string | undefined {
    for (const entry of this.entries.values())
      if (entry.window.contentsId === contentsId) return entry.dir;
    return undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Call when a window has closed: its workbench flushes and releases the project. */
  async closed(contentsId: number): Promise<void> {
    for (const [dir, entry] of this.entries) {
      if (entry.window.contentsId !== contentsId) continue;
      this.entries.delete(dir);
      await entry.workbench.close();
    }
  }

  /** Closes every workbench (before quitting). */
  async closeAll(): Promise<void> {
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(all.map((entry) => entry.workbench.close()));
  }

  private start(dir: string): Promise<Entry<W>> {
    const pending = this.open(dir).then(({ window, workbench }) => {
      const entry = { dir, window, workbench };
      this.entries.set(dir, entry);
      return entry;
    });
    this.opening.set(dir, pending);
    void pending.then(
      () => this.opening.delete(dir),
      () => this.opening.delete(dir),
    );
    return pending;
  }
}
