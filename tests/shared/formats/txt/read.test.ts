import { describe, expect, it } from 'vitest';
import { readTxt } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';

describe('readTxt', () => {
  it('reads one document per file, text untouched, named after the file', () => {
    const text = '\uFEFFPompeo\r\nقال 😀 e\u0301';
    const result = readTxt([file('news/a.txt', text), file('b.TXT', '')]);
    expect(result.documents.map((d) => [d.name, d.text])).toEqual([
      ['a', text],
      ['b', ''],
    ]);
    expect(result.warnings).toEqual(['b.TXT: the document is empty']);
  });

  it('rejects a binary file, naming the line of the first NUL', () => {
    expect(errorsOf(() => readTxt([file('x.txt', 'ok\nbad\u0000')]))[0]?.message).toBe(
      'x.txt:2: NUL character: this looks like a binary file, not text',
    );
  });
});
