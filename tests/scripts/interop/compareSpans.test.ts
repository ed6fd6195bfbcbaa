import { describe, expect, it } from 'vitest';
import { compareSpans } from '../../../scripts/interop/compareSpans';
import { goldSpan } from './goldSpan';

const text = 'the U.S.-led coalition in Iraq';

describe('compareSpans', () => {
  it('counts exact (label, start, end) matches as multisets', () => {
    const gold = [goldSpan(text, 'GPE', 4, 8), goldSpan(text, 'GPE', 26, 30)];
    const got = [
      { label: 'GPE', start: 26, end: 30 },
      { label: 'GPE', start: 4, end: 8 },
    ];
    expect(compareSpans('d', text, gold, got)).toEqual({ matched: 2, mismatches: [] });
  });

  it('shows a missing span beside the span that took its place, and the rest as unexpected', () => {
    const gold = [goldSpan(text, 'GPE', 4, 8), goldSpan(text, 'GPE', 26, 30)];
    const got = [
      { label: 'GPE', start: 4, end: 12 },
      { label: 'ORG', start: 13, end: 22 },
    ];
    expect(compareSpans('d', text, gold, got)).toEqual({
      matched: 0,
      mismatches: [
        'd: expected GPE [4,8) "U.S." got GPE [4,12) "U.S.-led"',
        'd: expected GPE [26,30) "Iraq" — missing',
        'd: unexpected ORG [13,22) "coalition"',
      ],
    });
  });

  it('lets one wide span explain every gold span it swallowed', () => {
    const gold = [goldSpan(text, 'GPE', 4, 8), goldSpan(text, 'GPE', 26, 30)];
    const got = [{ label: 'Stance', start: 0, end: 30 }];
    expect(compareSpans('d', text, gold, got).mismatches).toHaveLength(2);
  });
});
