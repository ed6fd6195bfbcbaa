import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../../src/shared/formats/common';

describe('formatPath: a JSON path as a person reads it', () => {
  it.each([
    [['spans', 0, 'start'], 'spans[0].start'],
    [[0, 'documents', 2, 'passages', 0], '[0].documents[2].passages[0]'],
    [['data', 'my text'], 'data["my text"]'],
    [['data', '$ref', '_id'], 'data.$ref._id'],
    [['a.b', 'c'], '["a.b"].c'],
    [['1st'], '["1st"]'],
    [['"'], '["\\""]'],
    [[], ''],
  ] as const)('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
