import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { SHARED_DIR } from '../../scripts/interop/sharedTools';
import { runCli } from '../helpers/runCli';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

/** A BioNLP-ST 2011 GE abstract (brat's own format): 22 events with 30 arguments, some naming other events, and 3 equivalence sets of two. */
const GE = join(SHARED_DIR, 'fixtures', 'real', 'brat', 'BioNLP-ST_2011_GE', 'PMID-8934542');

/** The event arguments the drawn arcs stand for (arcs drawn alike are one arc naming each). */
function drawnArguments(page: ProjectPage['page']): Promise<string[]> {
  return page
    .locator('.lp-arc')
    .evaluateAll((gs) => gs.flatMap((g) => g.getAttribute('data-arc-ids')?.split(' ') ?? []));
}

/** A project with one brat document imported by the command line, opened in Chromium for the tests of a `describe`. */
function openImportedBrat(base: string, name: string): () => ProjectPage {
  let project: ProjectPage | undefined;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-arcs-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-arcs-home-'));
  beforeAll(async () => {
    await createProject(dir, { name });
    const imported = runCli(
      ['import', dir, `${base}.txt`, `${base}.ann`, '--format', 'brat', '--annotator', 'curator'],
      home,
    );
    expect(imported.code, imported.stderr).toBe(0);
    project = await openProjectPage(dir, home, 'curator', { width: 1440, height: 900 });
  });
  afterAll(async () => {
    await project?.close();
  });
  return () => project!;
}

describe('brat events drawn as arcs (Chromium, loupe serve)', () => {
  const opened = openImportedBrat(GE, 'Events');

  it('draws one arc per event argument, from the trigger to the argument (an event argument at its trigger)', async () => {
    const { page } = opened();
    const arcs = page.locator('.lp-arc:not(.lp-arc--equiv)');
    // 30 arguments; three pairs of events share a trigger and an argument (E2/E3, E14/E15, E21/E22): 27 arcs.
    await expect.poll(() => arcs.count()).toBe(27);
    expect(await page.locator('.lp-arc--equiv').count()).toBe(3);
    expect(new Set(await drawnArguments(page)).size).toBe(30 + 3);
    expect(await drawnArguments(page)).toContain('E3:0');
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

  it('stacks arcs over the same words so no two labels cover each other', async () => {
    const { page } = opened();
    await expect.poll(() => page.locator('.lp-arc').count()).toBe(27 + 3);
    const overlaps = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.lp-arc text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, t: t.textContent };
      });
      let count = 0;
      const pairs: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1) {
            count++;
            pairs.push(JSON.stringify([a, b]));
          }
        }),
      );
      return { count, labels: boxes.length, pairs };
    });
    expect(overlaps.labels).toBeGreaterThanOrEqual(30);
    expect(overlaps.pairs).toEqual([]);
  });

  it('hides and shows the arcs from the command palette; the choice is remembered', async () => {
    const { page } = opened();
    const arcs = page.locator('.lp-arc');
    const toggle = async (): Promise<void> => {
      await page.keyboard.press('Control+Shift+P');
      await page.keyboard.type('relation arcs');
      await page.keyboard.press('Enter');
    };
    await toggle();
    await expect.poll(() => arcs.count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('loupe.arcs'))).toBe('hidden');
    // The Relations list beside the text still lists them.
    expect(await page.locator('[data-span-id]').count()).toBeGreaterThan(0);
    await toggle();
    await expect.poll(() => arcs.count()).toBe(27 + 3);
  });

  it('draws them again at 1024 px in the dark theme, where the lines wrap differently', async () => {
    const { page } = opened();
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
    const seen = new Set<string>();
    const main = page.locator('.lp-main');
    for (let step = 0; step < 40 && seen.size < 33; step++) {
      await main.evaluate((m, n) => m.scrollTo(0, (n * m.clientHeight) / 2), step);
      await page.waitForTimeout(100);
      for (const id of await drawnArguments(page)) seen.add(id);
    }
    expect(seen.size).toBe(33);
  });
});

/** A BioNLP-ST 2011 ID abstract: 13 events and one equivalence set (`*\tEquiv T4 T5`). */
const ID = join(SHARED_DIR, 'fixtures', 'real', 'brat', 'BioNLP-ST_2011_ID', 'PMC2639726-00-TIAB');

describe('brat equivalence sets drawn as undirected arcs (Chromium, loupe serve)', () => {
  const opened = openImportedBrat(ID, 'Equivalences');

  it('draws T4 = T5 dashed, without an arrow, and lists the set beside the text', async () => {
    const { page } = opened();
    const equiv = page.locator('.lp-arc--equiv');
    await expect.poll(() => equiv.count()).toBe(1);
    const drawn = await equiv.evaluate((g) => ({
      from: g.getAttribute('data-arc-from'),
      to: g.getAttribute('data-arc-to'),
      label: g.querySelector('text')?.textContent,
      arrows: [...g.querySelectorAll('path')].filter((p) => p.getAttribute('marker-end')).length,
      dashed: getComputedStyle(g.querySelector('path')!).strokeDasharray,
    }));
    expect(drawn).toMatchObject({ from: 'T4', to: 'T5', label: 'Equiv', arrows: 0 });
    expect(drawn.dashed).not.toBe('none');
    const listed = page.getByTestId('equivalence');
    expect(await listed.count()).toBe(1);
    expect(await listed.textContent()).toMatch(/^Equiv .+ = .+$/);
    await page.screenshot({ path: screenshotPath('relation-arcs-equivalence.png') });
  });
});
