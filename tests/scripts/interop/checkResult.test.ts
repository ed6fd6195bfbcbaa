import { describe, expect, it } from 'vitest';
import { judged, tallied } from '../../../scripts/interop/checkResult';

describe('tallied', () => {
  it('passes only when everything counted agreed and nothing was noted', () => {
    expect(tallied('F', 'c', 'spans', 3, 3, []).status).toBe('pass');
    expect(tallied('F', 'c', 'spans', 2, 3, []).status).toBe('fail');
    expect(tallied('F', 'c', 'spans', 3, 3, ['a difference']).status).toBe('fail');
  });

  it('never passes when nothing was checked', () => {
    expect(tallied('F', 'c', 'records', 0, 0, []).status).toBe('fail');
  });
});

describe('judged', () => {
  it('fails a reader that read nothing, even without complaint', () => {
    expect(judged('brat', 'load', 'issues 0', false, []).status).toBe('fail');
    expect(judged('brat', 'load', 'issues 0', true, []).status).toBe('pass');
  });
});
