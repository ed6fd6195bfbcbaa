import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../../../src/shared/errors';

describe('errorCode', () => {
  it('reads the code Node gives a failed file call', async () => {
    const error: unknown = await readFile('/no/such/loupe/file').catch((e: unknown) => e);
    expect(errorCode(error)).toBe('ENOENT');
  });

  it('answers undefined when the value carries no string code', () => {
    expect(errorCode(new Error('plain'))).toBeUndefined();
    expect(errorCode({ code: 7 })).toBeUndefined();
    expect(errorCode('ENOENT')).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });
});
