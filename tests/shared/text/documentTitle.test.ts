import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { titleFromText } from '../../../src/shared/text';

const seeds = join(import.meta.dirname, '..', '..', '..', 'seeds');
const seed = (name: string) => readFileSync(join(seeds, `${name}.txt`), 'utf8');

describe('titleFromText', () => {
  it('finds the headline of the demo articles, past bylines and page furniture', () => {
    expect(titleFromText(seed('003_db420c97a7bde98a'))).toBe(
      'Washington rejects Baghdad’s request to plan US troop withdrawal',
    );
    expect(titleFromText(seed('004_0e14e19a6fd5e9a8'))).toBe(
      'US refuses Baghdad request to discuss Iraq troop withdrawal',
    );
    expect(titleFromText(seed('000_90267a0c835213d2'))).toMatch(/^BAGDAD \(AP\) – The Iraqi Prime/);
  });

  it('cuts a long first line at a word, and answers nothing for a text without a line of words', () => {
    const title = titleFromText(`${'word '.repeat(40)}\nmore`);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.endsWith('word…')).toBe(true);
    expect(titleFromText('42\n\n(photo)\n')).toBe('');
  });
});
