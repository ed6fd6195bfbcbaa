import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../../src/shared/formats/common';

describe('scanJson', () => {
  it.each([
    ['{"a": [1, 2], "b": {"c": null}}', null],
    ['  "x\\u00e9\\n"  ', null],
    ['', { offset: 0, reason: 'the file is empty; expected JSON' }],
    ['{"a": 1', { offset: 7, reason: 'unexpected end of input (the file looks truncated)' }],
    ['{"a": 1,}', { offset: 8, reason: "trailing comma before '}'" }],
    ['[1,]', { offset: 3, reason: "trailing comma before ']'" }],
    ['{a: 1}', { offset: 1, reason: "expected a property name in double quotes, found 'a'" }],
    ["{'a': 1}", { offset: 1, reason: "expected a property name in double quotes, found '''" }],
    ['{"a" 1}', { offset: 5, reason: "expected ':' after a property name, found '1'" }],
    ['[1 2]', { offset: 3, reason: "expected ',' or ']', found '2'" }],
    ['"a\nb"', { offset: 2, reason: 'unescaped a line break inside a string' }],
    ['"\\x"', { offset: 1, reason: "bad escape '\\x' inside a string" }],
    ['"abc', { offset: 4, reason: 'unterminated string (the file looks truncated)' }],
    ['[01]', { offset: 2, reason: "expected ',' or ']', found '1'" }],
    ['[-]', { offset: 1, reason: "bad number starting with '-'" }],
    ['{} {}', { offset: 3, reason: "unexpected '{' after the JSON value" }],
    ['[tru]', { offset: 1, reason: "unexpected 't'; expected a JSON value" }],
  ])('scans %j', (src, expected) => {
    expect(scanJson(src)).toEqual(expected);
  });

  it('agrees with JSON.parse on what is JSON', () => {
    for (const src of ['1', 'true', '[[]]', '{"":""}', '-0.5e+3', '"😀"', '[\r\n\t]']) {
      expect(() => JSON.parse(src)).not.toThrow();
      expect(scanJson(src)).toBeNull();
    }
  });

  it('survives deep nesting without overflowing the stack', () => {
    expect(scanJson('['.repeat(200_000))).toEqual({
      offset: 200_000,
      reason: 'unexpected end of input (the file looks truncated)',
    });
  });

  it('reports each value’s path and offset', () => {
    const seen: string[] = [];
    scanJson('{"a": [10, {"b": 2}]}', (path, offset) => {
      seen.push(`${JSON.stringify(path)}@${offset}`);
      return false;
    });
    expect(seen).toEqual(['[]@0', '["a"]@6', '["a",0]@7', '["a",1]@11', '["a",1,"b"]@17']);
  });
});
