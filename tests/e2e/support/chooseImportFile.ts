import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A file as the Import dialog's file input is given it (a native chooser has no keys of its own). */
export interface ChosenFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/**
 * Opens the Import dialog by its key (Ctrl+I), gives it `file` and waits until the preview
 * reads `expected`; returns the preview.
 */
export async function chooseImportFile(
  page: Page,
  file: ChosenFile,
  expected: RegExp,
): Promise<Locator> {
  await page.keyboard.press('Control+i');
  const files = page.getByLabel('Files to import');
  await files.waitFor();
  await files.setInputFiles(file);
  const preview = page.getByLabel('Import preview');
  await expect.poll(async () => (await preview.textContent()) ?? '').toMatch(expected);
  return preview;
}
