import type { Locator, Page } from 'playwright-core';

/**
 * Opens the agreement view from the reading view through the command palette, by keyboard,
 * and answers its "Document to adjudicate" picker once shown.
 */
export async function openAgreementView(page: Page): Promise<Locator> {
  await page.locator('.ProseMirror').focus();
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type('agreement');
  await page.keyboard.press('Enter');
  const picker = page.getByLabel('Document to adjudicate');
  await picker.waitFor();
  return picker;
}
