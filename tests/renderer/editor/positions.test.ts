import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPositionMap,
  pmPosition,
  toEditorContent,
} from '../../../src/renderer/src/editor/positions';
import { codePoints } from '../../../src/shared/spans';
import { trickyText } from '../../helpers/arbitraryText';

describe('positions', () => {
  it('maps code points to ProseMirror positions across line terminators', () => {
    const map = createPositionMap('ab\r\n😀c\nd');
    expect(map.lines).toEqual(['ab', '😀c', 'd']);
    expect(map.toPos(codePoints(0))).toBe(1);
    expect(map.toPos(codePoints(2))).toBe(3); // end of "ab"
    expect(map.toPos(codePoints(4))).toBe(5); // start of line 2 (after \r\n)
    expect(map.toPos(codePoints(5))).toBe(7); // after the emoji (2 UTF-16 units)
    expect(map.fromPos(pmPosition(7))).toBe(5);
    expect(map.toPos(codePoints(7))).toBe(10); // "d"
  });

  it('round-trips every code point offset that is not inside a line terminator', () => {
    fc.assert(
      fc.property(trickyText(), (text) => {
        const map = createPositionMap(text);
        const points = Array.from(text);
        for (let cp = 0; cp <= points.length; cp++) {
          const insideCrlf = points[cp - 1] === '\r' && points[cp] === '\n';
          if (!insideCrlf) expect(map.fromPos(map.toPos(codePoints(cp)))).toBe(cp);
        }
      }),
    );
  });

  it('puts one paragraph per line and never parses text as markup', () => {
    const content = toEditorContent(['<img src=x onerror=alert(1)>', '']);
    expect(content.content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }],
    });
    expect(content.content[1]).toEqual({ type: 'paragraph' });
  });
});
