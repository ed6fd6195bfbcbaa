import { describe, expect, it } from 'vitest';
import { sameTextNote } from '../../../src/shared/contract';

describe('sameTextNote', () => {
  it('says a record that came twice under its own name once, with its copy', () => {
    expect(sameTextNote({ name: 'task-7', sameTextAs: 'task-7', documentId: 'task-7-2' })).toBe(
      'came twice with the same text; the second is kept as its own document, task-7-2',
    );
  });

  it('names the other document for a text under another name, and nothing for a text of its own', () => {
    expect(sameTextNote({ name: 'two', sameTextAs: 'copy', documentId: 'two' })).toBe(
      'has the same text as copy (kept as its own document)',
    );
    expect(sameTextNote({ name: 'one', documentId: 'one' })).toBeNull();
  });
});
