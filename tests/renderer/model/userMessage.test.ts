import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import { userMessage } from '../../../src/renderer/src/model';

describe('userMessage', () => {
  it('never shows an internal id or an error code', () => {
    const message = userMessage(
      new WorkbenchError('not_found', 'no span s_3f2a9c1d4e in document 000_90267a0c835213d2'),
    );
    expect(message).not.toMatch(/s_3f2a|000_9026|not_found/);
    expect(message).toContain('Reopen the document');
  });

  it("keeps the workbench's own sentence when it is in the user's terms, and says what to do", () => {
    expect(userMessage(new WorkbenchError('invalid_request', 'label PER already exists'))).toBe(
      'Label PER already exists. Nothing was changed.',
    );
    expect(userMessage(new WorkbenchError('io', 'the disk is full: nothing was written'))).toBe(
      'Nothing was saved: the disk is full: nothing was written. Free some space or check the folder’s permissions, then try again.',
    );
  });

  it('answers a plain sentence for an internal failure, whatever its message', () => {
    const message = userMessage(new WorkbenchError('internal', 'TypeError: x is undefined'));
    expect(message).toBe(
      'Something went wrong inside Loupe and nothing was saved. Try again; if it happens again, restart Loupe.',
    );
  });

  it('turns a conflict into "someone else changed this; reload or merge"', () => {
    const error = new WorkbenchError('conflict', 'someone else changed the label schema');
    expect(userMessage(error)).toMatch(/^Someone else changed this; reload or merge\./);
    expect(userMessage(error)).toContain('Someone else changed the label schema');
  });

  it('names the file a refusal or a damaged file is about, with the store’s reason and what to do', () => {
    const journal = 'annotations/lena/000_90267a0c835213d2.journal.jsonl';
    const readOnly = new WorkbenchError('read_only', `${journal}: is read-only (mode 444): …`, {
      file: journal,
      reason:
        'is read-only (mode 444): Loupe writes nothing into it; make it writable (chmod u+w) to edit this layer',
    });
    expect(userMessage(readOnly)).toBe(
      `Nothing was saved: ${journal} in the project folder is read-only (mode 444): Loupe writes nothing into it; make it writable (chmod u+w) to edit this layer.`,
    );
    expect(userMessage(readOnly)).not.toMatch(/another Loupe window/);
    const damaged = new WorkbenchError('damaged_file', `${journal}:3: …`, {
      file: journal,
      line: 3,
      reason:
        'a journal record before the last one is damaged; restore the file from git or a backup.',
    });
    expect(userMessage(damaged)).toBe(
      `Loupe cannot use ${journal} in the project folder, line 3: a journal record before the last one is damaged; restore the file from git or a backup.`,
    );
    // A reason that names an internal id is left out, never the file.
    const hidden = new WorkbenchError('damaged_file', '…', {
      file: 'annotations/lena/a.json',
      reason: 'span s_3f2a9c1d4e ends past the text',
    });
    expect(userMessage(hidden)).toBe(
      'Loupe cannot use annotations/lena/a.json in the project folder. Run “loupe validate” on the project folder to see why.',
    );
  });
});

describe('userMessage of a sync the remote did not take', () => {
  it('says the work is kept and to check the remote, not that nothing was saved', () => {
    const error = new WorkbenchError(
      'io',
      'cannot reach the remote /shared/team.git: no git repository there',
      {
        sync: 'unreachable',
      },
    );
    expect(userMessage(error)).toBe(
      'Cannot reach the remote /shared/team.git: no git repository there. Check the remote’s address or your connection, then sync again.',
    );
    const refused = new WorkbenchError('io', 'HTTP 403', { sync: 'rejected' });
    expect(userMessage(refused)).toBe(
      'The remote refused the sync: HTTP 403. Check your access to it, then sync again.',
    );
  });
});
