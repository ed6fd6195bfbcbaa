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
});
