import { describe, expect, it } from 'vitest';
import type { FormatErrors } from '../../../../src/shared/formats/common';
import { ErrorCollector, parseJson } from '../../../../src/shared/formats/common';

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
});
