import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { axeFindingsNow, shots } from './support/themes';
import { runCommand } from './support/runCommand';

const TEXT = 'div[textbox]:Document text';
const HOLDER = 'select:Choose who…No named holderPrime Minister · PERSON';

// The stance form by keyboard: the arrows go through the holder and target lists without
// leaving them (an item "Choose an entity…" opened the entity picker as the arrows passed it,
// and took the keyboard away), an entity is chosen through a button of its own, and Esc in the
// picker goes back to that button (it went to the holder list, even from the target's picker).
describe('the stance form by keyboard alone (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();
  const picker = () => page.getByRole('combobox', { name: 'Search entities' }).count();

  beforeAll(async () => {
    project = await openSeededPage('Stances by keys');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('arrows go through the holder list and stay in it; the entity button opens the picker, Esc comes back to it', async () => {
    // An entity to choose: the prime minister, linked by E and Enter.
    await selectWords(page, 'Prime Minister asked', 2);
    await page.keyboard.press('1');
    await expect.poll(said).toMatch(/^PERSON: Prime Minister, span/);
    await page.keyboard.press('e');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('linked-entity').textContent()).toBe('Prime Minister');
    await selectWords(page, 'asked Washington', 2);
    await page.keyboard.press('8');
    await expect.poll(said).toMatch(/^QUOTE: asked Washington, span/);
    await page.keyboard.press('s');
    await expect.poll(() => focused(page)).toMatch(/^select:Choose who…/);
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatch(/^select:Choose who…/);
    expect(await picker()).toBe(0);
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowUp');
    expect(await page.getByLabel('Holder (who)').inputValue()).toBe('');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Choose an entity… (who)');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Choose an entity… (who)');
    // Still the form: Esc left the picker only.
    expect(await page.getByRole('form', { name: 'New stance' }).count()).toBe(1);
  });

  it('the target’s entity is chosen by keys; Esc in its picker goes back to its button; Enter saves', async () => {
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe(HOLDER);
    await page.keyboard.press('ArrowDown'); // no named holder
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^select:Choose what…/);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Choose an entity… (toward what)');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Choose an entity… (toward what)');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Prime');
    await page
      .locator('.lp-picker')
      .getByRole('option', { name: /Prime Minister/ })
      .waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^select:Choose what…/);
    expect(await page.getByLabel('Target (toward what)').inputValue()).toMatch(/^entity:/);

    // Later (Esc) keeps the draft; S brings it back, in the theme the window has.
    const form = page.getByRole('form', { name: 'New stance' });
    const found: string[] = [];
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
    await shots(
      page,
      'stance-form-keyboard',
      async () => {
        await page.keyboard.press('s');
        await form.waitFor();
        await page.getByRole('button', { name: 'Choose an entity… (toward what)' }).focus();
        found.push(...(await axeFindingsNow(page, '.lp-stanceform')));
      },
      async () => {
        await page.keyboard.press('Escape');
        await expect.poll(() => form.count()).toBe(0);
      },
    );
    expect(found).toEqual([]);
    await page.keyboard.press('s');
    await expect.poll(() => focused(page)).toBe(HOLDER);
    expect(await page.getByLabel('Target (toward what)').inputValue()).toMatch(/^entity:/);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab'); // the polarity: its first radio
    expect(await focused(page)).toMatch(/^button\[radio\]:\S FAVOR$/);
    // As in any radio group, an arrow moves from the radio that has the keyboard and checks
    // the next one (the first press checked FAVOR, where the keyboard already was).
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatch(/^button\[radio\]:\S AGAINST$/);
    expect(await page.getByRole('radio', { checked: true }).textContent()).toMatch(/AGAINST$/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft'); // round to the last
    expect(await focused(page)).toMatch(/^button\[radio\]:\S NONE$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatch(/^button\[radio\]:\S AGAINST$/);
    await page.keyboard.press('Enter');
    // Said as the holder list showed it, "No named holder", not "(unspecified)".
    await expect
      .poll(said)
      .toBe('Saved stance: No named holder AGAINST Prime Minister, evidence “asked Washington”');
    expect(await focused(page)).toBe(TEXT);
    const list = await page.getByRole('list', { name: 'Stances' }).ariaSnapshot();
    expect(list).toContain('button "Delete stance No named holder AGAINST Prime Minister"');
    expect(list).not.toContain('(unspecified)');
  });

  it('the stance map names that stance’s holder as the form did', async () => {
    // At 1024 px the header has no room for its Stance map button: the palette opens it.
    const open = async (): Promise<void> => {
      await runCommand(page, 'stance map', 'Stance Map');
      await page.locator('.lp-stancemap .lp-cell').first().waitFor();
    };
    const close = async (): Promise<void> => {
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog', { name: 'Stance map' }).count()).toBe(0);
    };
    await shots(page, 'stance-map-no-named-holder', open, close);
    await open();
    const rows = page.locator('.lp-stancemap th[scope="row"]');
    expect(await rows.allTextContents()).toEqual(['No named holder']);
    await close();
  });
});
