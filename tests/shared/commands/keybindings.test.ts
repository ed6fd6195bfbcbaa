import { describe, expect, it } from 'vitest';
import {
  bindingProblem,
  commandOfLabelKey,
  commandSpec,
  keyHolder,
  keysOf,
  labelTakenKeys,
  overridesOf,
  overridesRecord,
  type CommandId,
  type KeyOverrides,
} from '../../../src/shared/commands';
import { defaultLabelStyles } from '../../../src/shared/model';

function overrides(entries: [CommandId, string][] = []): KeyOverrides {
  return new Map(entries);
}

describe('keybindings', () => {
  it("takes the user's chord instead of the defaults; an empty one unbinds", () => {
    expect(keysOf(commandSpec('redo'), overrides())).toEqual(['Mod+Shift+z', 'Mod+y']);
    expect(keysOf(commandSpec('redo'), overrides([['redo', 'Mod+r']]))).toEqual(['Mod+r']);
    expect(keysOf(commandSpec('redo'), overrides([['redo', '']]))).toEqual([]);
  });

  it('reads settings leniently: unknown commands and unreadable chords are dropped', () => {
    const read = overridesOf({ find: 'ctrl+shift+f', nonsense: 'Mod+q', undo: 'Hyper+z' });
    expect([...read]).toEqual([['find', 'Mod+Shift+f']]);
    const record = overridesRecord(read);
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect({ ...record }).toEqual({ find: 'Mod+Shift+f' });
  });

  it('finds a command of an overlapping context that holds the chord', () => {
    const styles = defaultLabelStyles();
    expect(keyHolder('find', 'Mod+z', overrides(), styles)).toMatchObject({ id: 'undo' });
    // linkEntity (a selected span) and acceptA (review) never apply at once
    expect(keyHolder('linkEntity', 'a', overrides(), styles)).toBeNull();
    // deleteSpan and dismissSuggestion share Backspace: a span and a suggestion are never both selected
    expect(keyHolder('dismissSuggestion', 'Backspace', overrides(), styles)).toBeNull();
    expect(keyHolder('linkEntity', 'd', overrides(), styles)).toMatchObject({ id: 'doneAndNext' });
  });

  it('refuses a label key for a command of the annotation view, but not for review', () => {
    const styles = defaultLabelStyles();
    expect(keyHolder('linkEntity', '1', overrides(), styles)).toEqual({
      kind: 'label',
      label: 'PERSON',
    });
    expect(keyHolder('acceptA', '1', overrides(), styles)).toBeNull();
    expect(commandOfLabelKey('e', overrides())?.id).toBe('linkEntity');
    expect(commandOfLabelKey('e', overrides([['linkEntity', 'l']]))).toBeNull();
  });

  it('says why a chord cannot be given, in words', () => {
    const styles = defaultLabelStyles();
    expect(bindingProblem('find', 'Mod+z', overrides(), styles)).toBe('Ctrl+Z is already Undo');
    expect(bindingProblem('newStance', '2', overrides(), styles)).toBe(
      '2 is the key of the label ORG',
    );
    expect(bindingProblem('toggleTheme', 't', overrides(), styles)).toBe(
      'Dark / Light Theme works everywhere, so its key needs Ctrl or Alt',
    );
    expect(bindingProblem('toggleTheme', 'Mod+Alt+t', overrides(), styles)).toBeNull();
    // a chord freed by the user's own rebinding may be taken
    expect(bindingProblem('find', 'Mod+z', overrides([['undo', 'Mod+u']]), styles)).toBeNull();
  });

  // A schema saved with a label keyed F took F from Add Fragment to Span, and nothing said so.
  it('names the keys a label takes from a command: always on a span, on a selection in the text', () => {
    const styles = { PERSON: { color: '#000000', key: 'f' }, ORG: { color: '#000000', key: 'd' } };
    const taken = (id: CommandId) => {
      const spec = commandSpec(id);
      return labelTakenKeys(spec, keysOf(spec, overrides()), styles);
    };
    expect(taken('addFragment')).toEqual([{ chord: 'f', label: 'PERSON', always: true }]);
    expect(taken('doneAndNext')).toEqual([{ chord: 'd', label: 'ORG', always: false }]);
    expect(taken('linkEntity')).toEqual([]);
    expect(taken('find')).toEqual([]);
    // A review command's key is not the annotation view's: the label does not take it.
    const review = commandSpec('acceptA');
    expect(labelTakenKeys(review, ['a'], { PERSON: { color: '#000000', key: 'a' } })).toEqual([]);
  });
});
