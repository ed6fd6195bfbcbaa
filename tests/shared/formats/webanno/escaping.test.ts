import { describe, expect, it } from 'vitest';
import { unescapeText } from '../../../../src/shared/formats/webanno/escaping';

// WebAnno's WebannoTsv3Reader: `WebAnno TSV 3` text as written, 3.1 unescapeJava, 3.2 its own escapes.
describe('unescapeText', () => {
  it('takes the text of a WebAnno TSV 3 file (minor version 0) as written', () => {
    expect(unescapeText('C:\\new\\table', 0)).toBe('C:\\new\\table');
  });

  it('reads Java escapes in 3.1 and the readable escapes of 3.2', () => {
    expect(unescapeText('a\\tb', 1)).toBe('a\tb');
    expect(unescapeText('a\\\\b', 2)).toBe('a\\b');
  });
});
