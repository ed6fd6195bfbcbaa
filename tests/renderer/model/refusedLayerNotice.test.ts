import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import { refusedLayerNotice } from '../../../src/renderer/src/model/refusedLayerNotice';

const JOURNAL = 'annotations/lena/d1.journal.jsonl';
const READ_ONLY = 'is read-only (mode 444): Loupe writes nothing into it';

describe('refusedLayerNotice', () => {
  it("takes the open layer's file and reason from a read-only or damaged refusal", () => {
    const refused = new WorkbenchError('read_only', `${JOURNAL}: ${READ_ONLY}`, {
      file: JOURNAL,
      reason: READ_ONLY,
    });
    expect(refusedLayerNotice(refused, 'd1')).toEqual({ file: JOURNAL, reason: READ_ONLY });
    const damaged = new WorkbenchError('damaged_file', 'x', {
      file: 'annotations/lena/d1.json',
      reason: 'not JSON',
    });
    expect(refusedLayerNotice(damaged, 'd1')).toEqual({
      file: 'annotations/lena/d1.json',
      reason: 'not JSON',
    });
  });

  it('leaves other failures, other documents and a read-only project to their own messages', () => {
    const details = { file: JOURNAL, reason: READ_ONLY };
    expect(refusedLayerNotice(new WorkbenchError('read_only', 'x', details), 'd10')).toBeNull();
    expect(refusedLayerNotice(new WorkbenchError('conflict', 'x', details), 'd1')).toBeNull();
    expect(
      refusedLayerNotice(new WorkbenchError('read_only', 'another window has it'), 'd1'),
    ).toBeNull();
    expect(refusedLayerNotice(new Error('boom'), 'd1')).toBeNull();
  });
});
