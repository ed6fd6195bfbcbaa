import { describe, expect, it } from 'vitest';
import { jsonStringBytes, keptJsonStringBytes } from '../../../../src/shared/formats/common';

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

  it('keeps no bytes for a long text asked for the first time, and keeps them from the second', () => {
    const text = 'Mosul '.repeat(20_000);
    expect(keptJsonStringBytes(text)).toBeNull();
    const kept = keptJsonStringBytes(text);
    expect(kept && decode(kept)).toBe(JSON.stringify(text));
    expect(keptJsonStringBytes(text)).toBe(kept);
    expect(decode(keptJsonStringBytes('short') ?? new Uint8Array(0))).toBe('"short"');
  });
});
