import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'labelstudio-min');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** P-Stance's layout, a row in our own words. */
const STANCE = 'ID,Tweet,Target,Stance\r\n4,Not my president,Donald Trump,AGAINST\r\n';

describe("importing a folder holding Label Studio's CSV or TSV export", () => {
  it.each([['ner_text.csv'], ['ner_text.tsv']])(
    'reads %s from the folder, every region a span, another table left alone',
    async (name) => {
      const { store } = await emptyProject();
      const other = name.endsWith('.csv') ? 'notes.csv' : 'notes.tsv';
      const dir = folderWith({ [name]: read(name), [other]: 'a,b\n1,2\n' });
      const summary = await importPaths(store, [dir], into('gold'));
      expect(summary).toMatchObject({ format: 'labelstudio', written: true });
      expect(summary.documents.map((d) => d.spans)).toEqual([2]);
      expect(summary.warnings.join('\n')).toContain(`${other}`);
    },
  );

  it('reads a stance table in a folder as before, and refuses one beside a Label Studio export as a mix', async () => {
    const alone = await emptyProject();
    const stance = await importPaths(
      alone.store,
      [folderWith({ 'trump.csv': STANCE })],
      into('gold'),
    );
    expect(stance).toMatchObject({ format: 'stance-tsv', written: true });
    const both = await emptyProject();
    const dir = folderWith({ 'trump.csv': STANCE, 'result.csv': read('ner_text.csv') });
    await expect(importPaths(both.store, [dir], into('gold'))).rejects.toThrow(/mix formats/);
  });
});
