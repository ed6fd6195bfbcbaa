import { describe, expect, it } from 'vitest';
import { jsonPathLines } from '../../../../src/shared/formats/common';

describe('jsonPathLines', () => {
  it('finds the line of each path, falling back to the nearest parent for a missing key', () => {
    const content = JSON.stringify(
      { tasks: [{ text: 'a' }, { text: 'b', spans: [{ start: 1 }] }] },
      null,
      2,
    );
    expect(
      jsonPathLines(content, [['tasks', 1, 'spans', 0, 'start'], ['tasks', 0, 'missing'], []]),
    ).toEqual([10, 3, 1]);
  });
});
