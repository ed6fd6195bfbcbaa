import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './launchBrowser';
import { serveProject, type ServedProject } from './serveProject';

/** A project served by `loupe serve`, open in Chromium with the reading view drawn. */
export interface ProjectPage {
  readonly server: ServedProject;
  readonly browser: Browser;
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Serves `dir` with a user folder at `home` whose annotator is already `annotator` (so no
 * first-run question), opens it in Chromium and waits for the reading view.
 */
export async function openProjectPage(
  dir: string,
  home: string,
  annotator: string,
  viewport = { width: 1400, height: 900 },
): Promise<ProjectPage> {
  mkdirSync(home, { recursive: true });
  writeFileSync(
    join(home, 'settings.json'),
    JSON.stringify({ formatVersion: 1, annotator, snapToWords: true }),
  );
  // The server and the browser start side by side (each is half a second of waiting); should
  // one fail, the other is stopped rather than left running.
  const [served, launched] = await Promise.allSettled([serveProject(dir, home), launchBrowser()]);
  if (served.status === 'rejected') {
    if (launched.status === 'fulfilled') await launched.value.close().catch(() => undefined);
    throw served.reason;
  }
  if (launched.status === 'rejected') {
    await served.value.stop();
    throw launched.reason;
  }
  const [server, browser] = [served.value, launched.value];
  // A context of its own: axe-core's Playwright runner needs one.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
