import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { runCommand } from './support/runCommand';

// Mark Done / Not Done (palette, or the toolbar's button) changed the status and said nothing:
// the text kept the keyboard and a screen reader heard no word of it.
describe('setting the status by keys is heard (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();

  beforeAll(async () => {
    project = await openSeededPage('Status heard');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('Mark Done / Not Done from the palette says which document, and what it is now', async () => {
    await runCommand(page, 'mark done / not', 'Mark Done / Not Done');
    await expect.poll(said).toMatch(/^Marked “.+” done$/);
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    await runCommand(page, 'mark done / not', 'Mark Done / Not Done');
    await expect.poll(said).toMatch(/^Marked “.+” not done: in progress$/);
  });

  it('the toolbar button pressed by Enter says so too', async () => {
    for (let i = 0; i < 20 && (await focused(page)) !== 'button:Mark done'; i++)
      await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button:Mark done');
    await page.keyboard.press('Enter');
    await expect.poll(said).toMatch(/^Marked “.+” done$/);
    expect(await focused(page)).toBe('button:✓ Done');
    await page.keyboard.press('Enter');
    await expect.poll(said).toMatch(/^Marked “.+” not done: in progress$/);
  });
});
