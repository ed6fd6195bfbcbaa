import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import { userMessage } from '../../../src/renderer/src/model/userMessage';

describe('userMessage', () => {
  it('turns a conflict into "someone else changed this; reload or merge"', () => {
    const error = new WorkbenchError('conflict', 'someone else changed the label schema');
    expect(userMessage(error)).toMatch(/^Someone else changed this; reload or merge\./);
  });

  it('keeps the workbench sentence for other errors', () => {
    expect(userMessage(new WorkbenchError('not_found', 'no label X'))).toBe('no label X');
  });
});
