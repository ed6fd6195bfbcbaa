import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { createProject } from '../../src/node';
import { selectText } from './support/selectText';
import { openProjectPage } from './support/openProjectPage';

it('debug', async () => {
  const root = mkdtempSync(join(tmpdir(), 'dbg-'));
  const dir = join(root, 'project');
  await createProject(dir, { name: 'E', seedsDir: join(import.meta.dirname, '..', '..', 'seeds') });
  const opened = await openProjectPage(dir, join(root, 'home'), 'tester');
  const page = opened.page;
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  const SP: [string, string][] = [
    ['000_90267a0c835213d2', 'Adel Abdul-Mahdi'],
    ['001_8f0f90acb7aa8cc5', 'Adel Abdel Mahdi'],
    ['002_70f1dc10c1ed88b3', 'Adel Abdul Mahdi'],
  ];
  for (const [i, [doc, spelling]] of SP.entries()) {
    await page.locator('.lp-tab', { hasText: 'Documents' }).click();
    await page.locator(`[data-document-id="${doc}"]`).click();
    await page.waitForTimeout(800);
    await selectText(page, spelling);
    const before = await page.locator('.lp-span').count();
    await page.keyboard.press('1');
    while ((await page.locator('.lp-span').count()) <= before) await page.waitForTimeout(20);
    console.log(i, 'spans', await page.locator('.lp-span').count());
    await page.keyboard.press('e');
    const search = page.getByLabel('Search entities');
    await search.waitFor({ timeout: 10000 }).catch((e) => console.log('no picker', String(e).slice(0, 100)));
    if (i > 0) while ((await page.locator('.lp-picker__name').count()) === 0) await page.waitForTimeout(20);
    console.log(i, 'names', await page.locator('.lp-picker__name').allTextContents());
    await page.screenshot({ path: `/tmp/tour/dbg${i}a.png` });
    const t = Date.now();
    await search.press('Enter', { timeout: 10000 }).catch((e) => console.log('press failed', String(e).slice(0, 300)));
    console.log(i, 'press took', Date.now() - t);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/tour/dbg${i}b.png`, timeout: 10000 }).catch((e) => console.log('shot failed', String(e).slice(0,100)));
    console.log(i, 'linked', await page.getByTestId('linked-entity').textContent({ timeout: 3000 }).catch(() => 'none'));
  }
  await opened.close();
}, 120_000);
