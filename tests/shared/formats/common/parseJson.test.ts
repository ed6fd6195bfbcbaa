import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormatErrors } from '../../../../src/shared/formats/common';
import { ErrorCollector, jsonOrNull, parseJson } from '../../../../src/shared/formats/common';
import { nestedJson } from '../build';

function errorOf(content: string, firstLine = 1): string {
  const errors = new ErrorCollector();
  expect(parseJson('f.json', content, errors, firstLine)).toBeUndefined();
  try {
    errors.throwIfAny();
  } catch (error) {
    return (error as FormatErrors).message;
  }
  throw new Error('no error');
}

describe('parseJson', () => {
  it('parses JSON and ignores a byte order mark', () => {
    const errors = new ErrorCollector();
    expect(parseJson('f.json', '\uFEFF{"a": [1]}', errors)).toEqual({ a: [1] });
    expect(errors.count).toBe(0);
  });

  it('names the line of a syntax error, counting from the record’s first line', () => {
    expect(errorOf('{\n  "a": 1,\n  "b": }\n')).toBe(
      "f.json:3: not valid JSON: unexpected '}'; expected a JSON value",
    );
    expect(errorOf('{"a": ', 7)).toBe(
      'f.json:7: not valid JSON: unexpected end of input (the file looks truncated)',
    );
  });

  describe('when JSON.parse overflows its stack (an engine whose parser recurses)', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    /** JSON.parse refusing `text` as V8 did before its parser became iterative; other texts parse. */
    function overflowing(text: string): string {
      const parse = JSON.parse.bind(JSON);
      vi.spyOn(JSON, 'parse').mockImplementation((source: string) => {
        if (source === text) throw new RangeError('Maximum call stack size exceeded');
        return parse(source) as unknown;
      });
      return text;
    }

    it('says on which line the text nests past 512 deep, not the engine’s words', () => {
      expect(errorOf(overflowing(`{"a": 1,\n "b":\n ${nestedJson(600)}}`), 4)).toBe(
        'f.json:6: nests arrays and objects over 512 deep, which Loupe cannot read (annotation formats nest a few levels); the file is damaged: mend or remove that value',
      );
    });

    it('says the file is too large or deep to read when it nests less deep', () => {
      expect(errorOf(overflowing('{"a": [1]}'))).toBe(
        'f.json:1: is too large or nested too deep for Loupe to read; the file is damaged, or split it into smaller files',
      );
    });
  });
});

describe('jsonOrNull', () => {
  it('gives the value of a JSON text, and null for a text that is not JSON', () => {
    expect(jsonOrNull('"PER"')).toBe('PER');
    expect(jsonOrNull('{"a": [1, 2]}')).toEqual({ a: [1, 2] });
    expect(jsonOrNull('PER')).toBeNull();
    expect(jsonOrNull('"unclosed')).toBeNull();
  });
});
