import { describe, expect, it } from 'vitest';
import {
  commandSpec,
  isReplayableCommand,
  REPLAYABLE_CHORDS,
  REPLAYABLE_COMMANDS,
} from '../../../src/shared/commands';

describe('replayable commands', () => {
  it('spells out exactly the default keys of the replayable commands', () => {
    const keys = REPLAYABLE_COMMANDS.flatMap((id) => commandSpec(id).keys);
    expect([...REPLAYABLE_CHORDS].sort()).toEqual([...keys].sort());
  });

  it('leaves out every command that edits or acts on state the first screen lacks', () => {
    for (const id of ['undo', 'redo', 'deleteSpan', 'doneAndNext', 'nextSpan', 'linkEntity'])
      expect(isReplayableCommand(id)).toBe(false);
    expect(isReplayableCommand('find')).toBe(true);
  });
});
