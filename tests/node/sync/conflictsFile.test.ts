import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncStatus } from '../../../src/node/sync';
import { conflictsOf } from '../../../src/node/sync/mergeTrees';
import { projectWith } from '../../helpers/tempProject';

const encode = (text: string) => new TextEncoder().encode(text);

/** A conflicts file as a newer Loupe could write it: a kind of conflict this one does not know. */
const NEWER = JSON.stringify({
  formatVersion: 1,
  conflicts: [
    {
      id: 'relation:r1:label',
      kind: 'relation',
      subject: 'r1',
      field: ['label'],
      values: [
        { annotator: 'alice', value: 'CAUSES' },
        { annotator: 'bob', value: 'PREVENTS' },
      ],
    },
  ],
});

describe('a conflicts file Loupe cannot read', () => {
  it('is refused by name, never read as no conflicts (a sync would write over it)', () => {
    expect(() => conflictsOf(encode(NEWER))).toThrow(
      /^conflicts\.json: does not match the schema.*kind.*restore it from git/,
    );
    expect(() => conflictsOf(encode('{"formatVersion": 1, "conflicts": ['))).toThrow(
      /^conflicts\.json:1: not valid JSON/,
    );
    expect(() => conflictsOf(encode('['.repeat(100_000) + ']'.repeat(100_000)))).toThrow(
      /^conflicts\.json: holds a value nested over 512/,
    );
    expect(conflictsOf(null).conflicts).toEqual([]);
  });

  it('is named by the sync status, and left as it was', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.close();
    writeFileSync(join(dir, 'conflicts.json'), NEWER);
    const status = await syncStatus(dir);
    expect(status.blocked).toEqual([
      { file: 'conflicts.json', reason: expect.stringMatching(/does not match the schema/) },
    ]);
    expect(readFileSync(join(dir, 'conflicts.json'), 'utf8')).toBe(NEWER);
  });
});
