import { describe, expect, it } from 'vitest';
import {
  annotatorSchema,
  personalAnnotatorSchema,
  windowsNameProblem,
} from '../../../src/shared/model';

// Microsoft, "Naming Files, Paths, and Namespaces": CON, PRN, AUX, NUL, COM0-9, LPT0-9 (and
// the superscript digits), with any extension; a name may not end in a dot or a space.
describe('windowsNameProblem', () => {
  it('names reserved device names in any case and with any extension', () => {
    for (const name of [
      'CON',
      'con',
      'Prn.txt',
      'aux.json',
      'NUL.tar.gz',
      'com1',
      'COM9.x',
      'lpt3',
      'LPT¹',
      'con .txt',
    ])
      expect(windowsNameProblem(name), name).toMatch(/reserved device name on Windows/);
  });

  it('names a name ending in a dot or a space', () => {
    for (const name of ['notes.', 'bob ', 'a..'])
      expect(windowsNameProblem(name), name).toMatch(/ends in a dot or a space/);
  });

  it('lets ordinary names through, including ones that only begin like a device', () => {
    for (const name of ['console', 'com10', 'lpt', 'auxiliary.txt', 'nullable', 'a..txt', 'amira'])
      expect(windowsNameProblem(name), name).toBeNull();
  });

  it('keeps a personal annotator name a teammate on Windows can check out', () => {
    expect(personalAnnotatorSchema.safeParse('Aux').success).toBe(false);
    expect(personalAnnotatorSchema.safeParse('nul.x').success).toBe(false);
    expect(personalAnnotatorSchema.safeParse('amira').success).toBe(true);
  });
});

describe('annotatorSchema and decomposed names', () => {
  it('says an accent written apart from its letter (NFD) is the reason, not the characters allowed', () => {
    const result = annotatorSchema.safeParse('ami\u0301ra');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/composed \(Unicode NFC\).*type the name again/),
    ]);
    expect(annotatorSchema.safeParse('ami\u0301ra'.normalize('NFC')).data).toBe('amíra');
  });

  it('keeps the usual reason for a name that is wrong once composed too', () => {
    const messages = annotatorSchema.safeParse('a/e\u0301').error?.issues.map((i) => i.message);
    expect(messages).toEqual([
      'annotator names use letters, digits, space, dot, dash, underscore (max 64)',
    ]);
  });
});
