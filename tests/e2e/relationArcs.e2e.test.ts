import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { SHARED_DIR } from '../../scripts/interop/sharedTools';
import { runCli } from '../helpers/runCli';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

/** A BioNLP-ST 2011 GE abstract (brat's own format): 22 events with 30 arguments, some naming other events. */
const GE = join(SHARED_DIR, 'fixtures', 'real', 'brat', 'BioNLP-ST_2011_GE', 'PMID-8934542');

describe('brat events drawn as arcs (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-arcs-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-arcs-home-'));

  beforeAll(async () => {
    await createProject(dir, { name: 'Events' });
    const imported = runCli(
      ['import', dir, `${GE}.txt`, `${GE}.ann`, '--format', 'brat', '--annotator', 'curator'],
      home,
    );
    expect(imported.code, imported.stderr).toBe(0);
    project = await openProjectPage(dir, home, 'curator', { width: 1440, height: 900 });
  });

  afterAll(async () => {
    await project?.close();
  });

  it('draws one arc per event argument, from the trigger to the argument (an event argument at its trigger)', async () => {
    const { page } = project;
    const arcs = page.locator('.lp-arc');
    await expect.poll(() => arcs.count()).toBe(30);
    // E2 Regulation:T25 Theme:E1 Cause:T4, with E1 Gene_expression:T24: drawn T25 → T24 and T25 → T4.
    const ends = await arcs.evaluateAll((gs) =>
      gs.map((g) => {
        const text = (id: string | null) =>
          document.querySelector(`[data-span-id="${id}"]`)?.textContent ?? '?';
        return `${text(g.getAttribute('data-arc-from'))} → ${text(g.getAttribute('data-arc-to'))}: ${g.querySelector('text')?.textContent}`;
      }),
    );
    expect(ends).toContain('regulated → expression: Theme');
    expect(ends).toContain('regulated → Sp1: Cause');
    await page.screenshot({ path: screenshotPath('relation-arcs-events.png') });
  });

  it('draws them again at 1024 px in the dark theme, where the lines wrap differently', async () => {
    const { page } = project;
    await page.getByRole('button', { name: 'View' }).click();
    await page.getByRole('menuitem', { name: /Dark \/ Light Theme/ }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await page.setViewportSize({ width: 1024, height: 768 });
    const arcs = page.locator('.lp-arc');
    // Scrolled through, every argument arc is drawn where its spans are laid out.
    await page.locator('.lp-main').evaluate((main) => main.scrollTo(0, 0));
    await expect.poll(() => arcs.count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('relation-arcs-dark-1024.png') });
    await page.locator('.lp-main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    await expect.poll(() => arcs.count()).toBe(30);
  });
});
