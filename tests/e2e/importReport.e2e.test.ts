import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../scripts/interop/sharedTools';
import { chooseImportFile } from './support/chooseImportFile';
import { recordToasts } from './support/recordToasts';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { screenshotPath } from './support/screenshotPath';
import { useTheme } from './support/themes';

/** The text of the first demo article, as a teammate's file without names would carry it. */
const SEED = readFileSync(
  join(import.meta.dirname, '..', '..', 'seeds', '000_90267a0c835213d2.txt'),
  'utf8',
);

/** Prodigy binary text classification records with no `meta.name`: one meets the demo article by its text. */
const ROUND = [
  { text: SEED, label: 'NEWS', answer: 'accept' },
  { text: 'A short note of our own.', label: 'NOTE', answer: 'accept' },
]
  .map((record) => JSON.stringify(record))
  .join('\n');

describe('the Import dialog names records without a name by their file, and counts document labels', () => {
  let opened: SeededPage;

  beforeAll(async () => {
    opened = await openSeededPage('Import report', 'tester', { width: 1024, height: 768 });
  });

  afterAll(async () => {
    await opened?.close();
  });

  it.each(['light', 'dark'] as const)('says so in the preview (%s)', async (theme) => {
    const { page } = opened;
    await useTheme(page, theme);
    const preview = await chooseImportFile(
      page,
      { name: 'round-2.jsonl', mimeType: 'application/json', buffer: Buffer.from(ROUND) },
      /spans-jsonl: 2 documents/,
    );
    const said = (await preview.textContent()) ?? '';
    // The headline counts the two labels the records carry, beside the spans they do not.
    expect(said).toContain(
      'spans-jsonl: 2 documents, 0 spans, 0 relations, 0 stances, 2 document labels',
    );
    // The path it was read from, as the command line's summary says it.
    expect(said).toContain('record round-2-1 of round-2.jsonl without a name');
    expect(said).toMatch(
      /round-2\.jsonl: 1 record without a name matched by its text to a document already in the project: round-2-1 → 000_90267a0c835213d2/,
    );
    const counts = page.getByLabel('Import counts');
    const row = counts.getByRole('row', { name: /document labels/ });
    expect(await row.locator('td').allTextContents()).toEqual([
      'document labels',
      '2',
      '2',
      '0',
      '0',
    ]);
    await page.screenshot({ path: screenshotPath(`import-report-1024-${theme}.png`) });
    await page.keyboard.press('Escape');
    await page.getByLabel('Import preview').waitFor({ state: 'detached' });
  });
});

/** Two tokens tagged as persons, one per line, the tag in the last of two columns. */
const CONLL = 'Amira B-PER\nmet O\nOmar B-PER\n. O\n';

/** doccano's intent detection example: two records with spans and a category each (SOURCES.md there). */
const INTENT = join(
  SHARED_DIR,
  'fixtures',
  'real',
  'doccano',
  'data_import__pipeline__examples__intent_detection__example.jsonl',
);

// What the Import dialog left unsaid: the preview listed the labels it adds to the schema but
// not a document label and its values (doccano's `cats`), nor entity types or attribute values;
// the import of such records then said "Imported 2 documents: 3 spans, 0 stances", silent about
// the document labels it brought, as if a classification import held nothing; an error of no
// one file read ": no files left to import" under "1 error(s)", and "skip invalid" with every
// file bad said only that, never why each file went; a file cut in its first record was said
// to hold "JSON records with keys (none)"; a tag column typed as "0" was left unread without a
// word, the preview going on with the last column; and the Tag column and Tag scheme of files
// found to be CoNLL left the page while each change was previewed, taking the keyboard with them;
// and doccano chosen with "skip invalid" and every record bad offered "Import 0 documents".
describe.skipIf(!existsSync(INTENT))(
  'the Import dialog’s report, walked by keys (Chromium)',
  () => {
    let opened: SeededPage;

    beforeAll(async () => {
      opened = await openSeededPage('Import by keys', 'tester', { width: 1024, height: 768 });
    });

    afterAll(async () => {
      await opened?.close();
    });

    it('names every schema addition, then says what the import brought, document labels too', async () => {
      const { page } = opened;
      const toasts = await recordToasts(page);
      const preview = await chooseImportFile(
        page,
        { name: 'intent.jsonl', mimeType: 'application/json', buffer: readFileSync(INTENT) },
        /doccano: 2 documents/,
      );
      expect(await preview.textContent()).toContain(
        'Adds to the schema: label City, document label “category” (airport, flight)',
      );
      const button = page.getByRole('button', { name: 'Import 2 documents' });
      for (let i = 0; i < 10 && !(await button.evaluate((b) => b === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByLabel('Files to import').waitFor({ state: 'detached' });
      await expect
        .poll(toasts)
        .toContain('Imported 2 documents: 3 spans, 0 relations, 0 stances, 2 document labels.');
    });

    it('says an error of no one file by its reason alone, and counts errors in words', async () => {
      const { page } = opened;
      await page.keyboard.press('Control+i');
      const files = page.getByLabel('Files to import');
      await files.waitFor();
      await files.setInputFiles({
        name: 'notes.jsonl',
        mimeType: 'application/json',
        buffer: Buffer.from('{"text": "A"\n'),
      });
      const alert = page.getByRole('dialog').getByRole('alert');
      const items = () => alert.getByRole('listitem').allTextContents();
      await expect
        .poll(() => alert.getByRole('paragraph').textContent())
        .toBe('Nothing can be imported: 1 error.');
      // A cut record's damage first, not "keys (none)" of a record that could not be read.
      expect(await items()).toEqual([
        'notes.jsonl: line 1: not valid JSON: unexpected end of input (the file looks truncated); mend it first',
      ]);
      // Skipping the invalid leaves nothing: each file's reason, then that none is left.
      const skip = page.getByLabel('Skip invalid files and records (import the rest)');
      for (let i = 0; i < 10 && !(await skip.evaluate((b) => b === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await expect
        .poll(items)
        .toEqual([
          'notes.jsonl: line 1: not valid JSON: unexpected end of input (the file looks truncated); mend it first',
          'no files left to import',
        ]);
      expect(await alert.getByRole('paragraph').textContent()).toBe(
        'Nothing can be imported: 2 errors.',
      );
      await page.keyboard.press('Escape');
      await page.getByLabel('Files to import').waitFor({ state: 'detached' });
    });

    it('with doccano chosen and every record skipped, says why each went and imports nothing', async () => {
      const { page } = opened;
      await page.keyboard.press('Control+i');
      const dialog = page.getByRole('dialog');
      const files = page.getByLabel('Files to import');
      await files.waitFor();
      const format = dialog.getByRole('combobox', { name: 'Import format' });
      await format.focus();
      await format.selectOption('doccano');
      const skip = page.getByLabel('Skip invalid files and records (import the rest)');
      // The dialog keeps its choices between openings: the test before left it checked.
      const wasChecked = await skip.isChecked();
      await skip.focus();
      if (!wasChecked) await page.keyboard.press('Space');
      await expect.poll(() => skip.isChecked()).toBe(true);
      await files.setInputFiles({
        name: 'bad.jsonl',
        mimeType: 'application/json',
        buffer: Buffer.from('{"label": []}\n{"text": "A", "label": [[0, 9, "X"]]}\n'),
      });
      const alert = dialog.getByRole('alert');
      await expect
        .poll(() => alert.getByRole('listitem').allTextContents())
        .toEqual([
          'bad.jsonl:1: text: expected a string (the document text)',
          'bad.jsonl:2: label[0]: end 9 is beyond the text (1 UTF-16 units long)',
          'no records left to import',
        ]);
      expect(await alert.getByRole('paragraph').textContent()).toBe(
        'Nothing can be imported: 3 errors.',
      );
      // No "Import 0 documents" to press.
      const button = dialog.locator('.lp-dialog__actions .lp-button--primary');
      expect(await button.textContent()).toBe('Import documents');
      expect(await button.isDisabled()).toBe(true);
      await page.screenshot({ path: screenshotPath('import-every-record-skipped-1024.png') });
      // Left as found for the next.
      await format.selectOption('auto');
      if (!wasChecked) await skip.uncheck();
      await page.keyboard.press('Escape');
      await files.waitFor({ state: 'detached' });
    });

    it('marks a tag column that cannot be one, says why, and imports nothing meanwhile', async () => {
      const { page } = opened;
      const conll = { name: 'a.conll', mimeType: 'text/plain', buffer: Buffer.from(CONLL) };
      await chooseImportFile(page, conll, /conll: 1 document, 2 spans/);
      const column = page.getByRole('textbox', { name: 'Tag column' });
      for (let i = 0; i < 10 && !(await column.evaluate((c) => c === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await page.keyboard.type('0');
      // The field stays while the preview is asked again, and keeps the keyboard.
      await page.waitForTimeout(500);
      expect(await column.evaluate((c) => c === document.activeElement)).toBe(true);
      const problem = 'Tag column takes a column number, 1 or more, not “0”';
      await expect.poll(() => column.getAttribute('aria-invalid')).toBe('true');
      const described = await column.evaluate(
        (c) => document.getElementById(c.getAttribute('aria-describedby') ?? '')?.textContent,
      );
      expect(described).toBe(problem);
      expect(await page.getByTestId('import-status').textContent()).toBe(problem);
      expect(await page.getByRole('button', { name: /^Import 1 document/ }).isDisabled()).toBe(
        true,
      );
      await page.keyboard.press('Backspace');
      await page.keyboard.type('2');
      await expect.poll(() => column.getAttribute('aria-invalid')).toBeNull();
      expect(await column.inputValue()).toBe('2');
      expect(await column.evaluate((c) => c === document.activeElement)).toBe(true);
      // The scheme chosen by the arrows: its list stays too, with the keyboard.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('ArrowDown');
      const scheme = page.getByRole('combobox', { name: 'Tag scheme' });
      await expect.poll(() => scheme.inputValue()).toBe('iob1');
      await page.waitForTimeout(500);
      expect(await scheme.evaluate((c) => c === document.activeElement)).toBe(true);
      await expect
        .poll(() => page.getByRole('button', { name: /^Import 1 document/ }).isDisabled())
        .toBe(false);
      await page.keyboard.press('Escape');
      await page.getByLabel('Files to import').waitFor({ state: 'detached' });
    });

    // "Skip invalid" ticked by Space: the file it leaves out was shown in red under the counts,
    // but what a screen reader heard named only what would be imported.
    it.each(['light', 'dark'] as const)(
      'says which files "Skip invalid" leaves out, as it shows them (%s)',
      async (theme) => {
        const { page } = opened;
        await useTheme(page, theme);
        const good = { text: 'Amira met Omar.', spans: [{ start: 0, end: 5, label: 'PERSON' }] };
        await page.keyboard.press('Control+i');
        const files = page.getByLabel('Files to import');
        await files.setInputFiles([
          {
            name: 'good.jsonl',
            mimeType: 'application/json',
            buffer: Buffer.from(`${JSON.stringify({ ...good, meta: { name: 'met' } })}\n`),
          },
          {
            name: 'cut.jsonl',
            mimeType: 'application/json',
            buffer: Buffer.from('{"text": "A"\n'),
          },
        ]);
        const status = () => page.getByTestId('import-status').textContent();
        const skip = page.getByRole('checkbox', { name: /^Skip invalid/ });
        for (let i = 0; i < 10 && !(await skip.evaluate((c) => c === document.activeElement)); i++)
          await page.keyboard.press('Tab');
        // Unticked, the cut file is refused (the box may be left ticked from before).
        if (await skip.isChecked()) await page.keyboard.press('Space');
        const alert = page.getByRole('dialog').getByRole('alert');
        await expect.poll(() => alert.count()).toBe(1);
        await page.keyboard.press('Space');
        await expect
          .poll(status)
          .toBe(
            'Preview ready, spans-jsonl: 1 document, 1 span, 0 relations, 0 stances. ' +
              'Skipped as invalid: cut.jsonl. Import 1 document is the last button.',
          );
        await page.screenshot({ path: screenshotPath(`import-skipped-said-1024-${theme}.png`) });
        await page.keyboard.press('Escape');
        await files.waitFor({ state: 'detached' });
        await useTheme(page, 'light');
      },
    );
  },
);
