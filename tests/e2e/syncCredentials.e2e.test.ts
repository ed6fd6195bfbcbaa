import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { ensureRepository, setRemote } from '../../src/node/sync/repository';
import { projectFiles } from '../node/sync/team';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const REMOTE = 'https://git.example.invalid/team/annotations.git';

describe('credentials for an HTTP(S) remote in Chromium, by keyboard', () => {
  let page: Page;
  let opened: ProjectPage | undefined;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-credentials-'));
  const dir = join(root, 'project');
  const home = join(root, 'home');

  beforeAll(async () => {
    await createProject(dir, { name: 'Team', seedsDir: seeds });
    await ensureRepository(dir);
    await setRemote(dir, REMOTE);
    opened = await openProjectPage(dir, home, 'lena');
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('asks for a token and, where no keychain can encrypt it, refuses with the reason and keeps nothing', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await page.keyboard.type('sync status');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sync with your team' });
    await dialog.getByLabel('User name').waitFor();
    await expect
      .poll(() => dialog.textContent())
      .toMatch(/only the Loupe desktop app keeps passwords/);
    await dialog.getByLabel('User name').focus();
    await page.keyboard.type('lena');
    await page.keyboard.press('Tab');
    await page.keyboard.type('tok-123-secret');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toMatch(/Cannot keep the password: only the Loupe desktop app keeps passwords/);
    await page.screenshot({ path: screenshotPath('sync-credentials.png') });
    expect(existsSync(join(home, 'remote-credentials.json'))).toBe(false);
    expect(JSON.stringify(await projectFiles(dir))).not.toContain('tok-123-secret');
  });
});
