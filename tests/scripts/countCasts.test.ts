import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAST_BUDGET, castTotals, countCasts, countCastsInText } from '../../scripts/countCasts';

const root = join(import.meta.dirname, '..', '..');

describe('countCastsInText', () => {
  it('counts `as T` and `<T>x`, leaves out `as const`', () => {
    const counts = countCastsInText(
      'a.ts',
      'const a = b as C;\nconst d = <E>f;\nconst g = [1] as const;\n',
    );
    expect(counts).toEqual({ file: 'a.ts', total: 2, onIndexRead: 0, lines: [1, 2] });
  });

  it('counts a cast of an element access, parenthesised or not, as on an index read', () => {
    const counts = countCastsInText('a.ts', 'x = r[k] as T;\ny = (r[0]) as U;\nz = r.k as V;\n');
    expect(counts.onIndexRead).toBe(2);
    expect(counts.total).toBe(3);
  });

  it('counts nested casts one each and reads TSX', () => {
    expect(countCastsInText('a.ts', 'x = (y as unknown) as Z;').total).toBe(2);
    expect(countCastsInText('a.tsx', 'const e = <div id={x as string} />;').total).toBe(1);
  });
});

describe('the cast budget of src/', () => {
  it('holds: a new cast means a type that could flow instead, or a lower count elsewhere', () => {
    const totals = castTotals(countCasts(root));
    const where = 'casts in src/ (npx tsx scripts/countCasts.ts --files shows where)';
    expect(totals.total, where).toBeLessThanOrEqual(CAST_BUDGET.total);
    expect(totals.onIndexRead, `${where}, on an index read`).toBeLessThanOrEqual(
      CAST_BUDGET.onIndexRead,
    );
  });
});
