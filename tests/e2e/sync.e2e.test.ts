import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate, startTeam, type Member } from '../node/sync/team';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

describe('syncing with the team in Chromium', () => {
  let page: Page;
  let opened: ProjectPage | undefined;
  let carol: Member;
  let entityId = '';

  beforeAll(async () => {
    const { members } = await startTeam();
    const [alice, bob] = members as [Member, Member, Member];
    carol = members[2] as Member;
    await alice.wb.createEntity({ name: 'Abdul-Mahdi', type: 'PERSON' });
    for (const [m, extra] of [
      [alice, 'NATO'],
      [bob, 'Reuters'],
      [carol, 'NATO'],
    ] as const) {
      await annotate(m, 'a', 'Baghdad', 'GPE');
      await annotate(m, 'b', 'Iraq', 'GPE');
      await annotate(m, 'c', extra, 'ORG');
    }
    for (const m of members) await m.wb.sync({});
    for (const m of members) await m.wb.sync({});
    entityId = (await bob.wb.listEntities({}))[0]!.id;
    await bob.wb.updateEntity({ entityId, name: 'Adel Abdul-Mahdi' });
    await carol.wb.updateEntity({ entityId, name: 'Adil Abdul-Mahdi' });
    await bob.wb.sync({});
    await carol.wb.sync({});
    for (const m of members) await m.wb.close();
    opened = await openProjectPage(carol.dir, join(carol.home, 'browser'), 'carol');
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('shows the sync state in the header and an entity renamed two ways for a person to resolve', async () => {
    const indicator = page.locator('.lp-sync-indicator');
    await expect.poll(() => indicator.textContent()).toMatch(/Synced .*↑0 ↓0 · 1 conflict/);
    await indicator.click();
    const dialog = page.getByRole('dialog', { name: 'Sync with your team' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.lp-sync__conflict').count()).toBe(1);
    await expect
      .poll(() => dialog.locator('.lp-sync__history tbody tr').count())
      .toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('sync-dialog.png') });
    await dialog.getByRole('button', { name: /Keep “Adil Abdul-Mahdi”/ }).click();
    await expect.poll(() => dialog.textContent()).toMatch(/No conflicts\./);
    const entity = JSON.parse(
      readFileSync(join(carol.dir, 'entities', `${entityId}.json`), 'utf8'),
    ) as { name: string };
    expect(entity.name).toBe('Adil Abdul-Mahdi');
    await dialog.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => page.locator('body').textContent()).toMatch(/Synced\./);
  });

  it('charts agreement of all annotators per label and the label distribution', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Agreement', exact: true }).click();
    const matrix = page.getByRole('table', { name: 'Pairwise span F1' });
    await matrix.waitFor();
    await expect.poll(() => matrix.locator('tbody tr').count()).toBe(3);
    await expect.poll(() => page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('agreement-team.png'), fullPage: true });
  });
});
