import type { Model } from '../model';

/**
 * Resolves when the window's first frame can show content: the start finished or failed, or
 * the project and settings are known and the microtasks after them ran (in the browser the
 * first document comes in the same answer; over IPC a slow document follows in its own frame).
 * Until then the page shows its own "Loading Loupe…", so React draws the window once rather
 * than a loading screen first and the window after it.
 */
export function firstContent(model: Model, started: Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const known = (): boolean => {
      const { project, settings } = model.project.snapshot;
      return project !== null && settings !== null;
    };
    const done = (): void => {
      stop();
      resolve();
    };
    const stop = model.project.onDidChange(() => {
      if (known()) setTimeout(done, 0);
    });
    started.then(done, done);
  });
}
