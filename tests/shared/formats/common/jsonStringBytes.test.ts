import { describe, expect, it } from 'vitest';
import { jsonStringBytes } from '../../../../src/shared/formats/common';

const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('jsonStringBytes', () => {
  it('is the UTF-8 of JSON.stringify, short or long (quotes, controls, lone surrogates, emoji)', () => {
    const piece = 'Iraq\u2019s "plan"\r\n\t\\ \ud800 😀 ';
    for (const text of ['', piece, piece.repeat(5_000)])
      expect(decode(jsonStringBytes(text))).toBe(JSON.stringify(text));
  });

  it('gives a long text its bytes again without encoding it twice', () => {
    const text = 'Baghdad '.repeat(10_000);
    expect(jsonStringBytes(text)).toBe(jsonStringBytes(text));
    expect(jsonStringBytes('short')).not.toBe(jsonStringBytes('short'));
  });
});
