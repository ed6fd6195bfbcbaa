import { describe, expect, it } from 'vitest';
import { readMae, writeMae } from '../../../../src/shared/formats';
import { file } from '../build';
import { MILLER } from './jabberwocky';

/**
 * MAE 2's n-ary links: `DESCRIPTION` declares five argument slots (`arg0ID` … `arg4ID`), and
 * MAE writes the slots nobody filled as `arg3ID="" arg3Text=""` (its own `samples/miller.xml`,
 * keighrim/mae-annotation @ a4bf15a, GPL-3.0: not copied here; the same shape on the test
 * file the other MAE tests use).
 */
const slots = (set: string) =>
  MILLER.replace(
    'arg0ID="N1" arg0Text="house" arg1ID="A1" arg1Text="entire" arg2ID="A0" arg2Text="repainted"',
    `${set} arg3ID="" arg3Text="" arg4ID="" arg4Text=""`,
  );
const TWO_SET = slots(
  'arg0ID="N1" arg0Text="house" arg1ID="A1" arg1Text="entire" arg2ID="" arg2Text=""',
);
const THREE_SET = slots(
  'arg0ID="N1" arg0Text="house" arg1ID="A1" arg1Text="entire" arg2ID="A0" arg2Text="repainted"',
);

describe('a MAE link with unset argument slots', () => {
  it('links the two arguments that are set: a relation (before: kept, not shown, "links 5 arguments")', () => {
    const read = readMae([file('miller.xml', TWO_SET)]);
    const relation = read.documents[0]?.relations.find((r) => r.id === 'D1');
    expect(relation).toMatchObject({
      type: 'DESCRIPTION',
      from: 'N1',
      to: 'A1',
      fromRole: 'arg0',
      toRole: 'arg1',
    });
    expect(read.warnings.join('\n')).not.toContain('DESCRIPTION D1');
  });

  it('is written back as it was, its unset slots included', () => {
    const read = readMae([file('miller.xml', TWO_SET)]);
    expect(writeMae(read).files[0]?.content).toBe(TWO_SET);
  });

  it('of three set arguments is kept, the warning counting the set ones', () => {
    const read = readMae([file('miller.xml', THREE_SET)]);
    expect(read.documents[0]?.relations.find((r) => r.id === 'D1')).toBeUndefined();
    expect(read.warnings.join('\n')).toContain('DESCRIPTION D1 links 3 arguments (2 more unset)');
    expect(writeMae(read).files[0]?.content).toBe(THREE_SET);
  });
});
