import { describe, expect, it } from 'vitest';
import { broken, skipped, tallied } from '../../../../scripts/interop/checkResult';
import { controlRow } from '../../../../scripts/interop/controls/controlRow';

const ok = tallied('F', 'a', 'spans', 1, 1, []);
const bad = tallied('F', 'b', 'spans', 0, 1, ['wrong']);

describe('controlRow', () => {
  it('holds for a correct file only when every row passes', () => {
    expect(controlRow('ref', 'pass', [ok]).status).toBe('pass');
    expect(controlRow('ref', 'pass', [ok, bad])).toMatchObject({
      status: 'fail',
      mismatches: ['b fails a correct file: wrong'],
    });
  });

  it('holds for a broken file only when the named row fails', () => {
    expect(controlRow('tabs', { fails: 'b' }, [ok, bad]).status).toBe('pass');
    expect(controlRow('tabs', { fails: 'a' }, [ok, bad])).toMatchObject({
      status: 'fail',
      mismatches: ['"a" passed a broken file'],
    });
    expect(controlRow('tabs', { fails: 'c' }, [ok]).status).toBe('fail');
    expect(controlRow('tabs', { fails: 'b' }, [broken('F', 'b', 'crashed')]).status).toBe('pass');
  });

  it('is skipped, not held, when the reader is absent', () => {
    expect(controlRow('ref', 'pass', [skipped('F', 'a', 'no perl')]).status).toBe('skip');
    expect(controlRow('tabs', { fails: 'a' }, [skipped('F', 'a', 'no perl')]).status).toBe('skip');
  });
});
