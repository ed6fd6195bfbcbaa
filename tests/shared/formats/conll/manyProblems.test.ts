import { describe, expect, it } from 'vitest';
import { FormatErrors, readConll } from '../../../../src/shared/formats';
import { file, lines, messagesOf } from '../build';

/**
 * A file of more bad lines than are said one by one (Europeana Newspapers' `enp_DE.sbb.bio`:
 * 186 OCR lines of a token with spaces in it, `Die Böhminger O`): the one-line message opens
 * with the first bad line, its number and reason, and the count of the rest comes last.
 */
describe('readConll with more bad lines than it names', () => {
  const content = lines(
    'Donnerstag O',
    ...Array.from({ length: 25 }, (_, i) => [`Wort${i} O`, `Die Böhminger${i} O`]).flat(),
  );
  const read = () => readConll([file('enp_DE.sbb.bio', content)]);

  it('opens its one-line message with the first bad line, not with the count of the rest', () => {
    let message = '';
    try {
      read();
    } catch (error) {
      if (error instanceof FormatErrors) message = error.message;
    }
    expect(message).toBe(
      'enp_DE.sbb.bio:3: has 3 columns, but line 1, the first of its sentence, has 2; every line of a sentence has the same columns (token, …, tag) (and 20 more errors)',
    );
  });

  it('names the first 20 lines, then the count of the rest at the first of them', () => {
    const messages = messagesOf(read);
    expect(messages).toHaveLength(21);
    expect(messages[19]).toMatch(/^enp_DE\.sbb\.bio:41: has 3 columns/);
    expect(messages[20]).toBe('enp_DE.sbb.bio:43: and 5 more lines like these, from this one on');
  });
});
