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
  const server = await serveProject(dir, home);
  const browser = await launchBrowser();
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
