import { describe, expect, it } from 'vitest';
import {
  labelKeyProblem,
  labelKeyProblems,
} from '../../../../src/renderer/src/features/schema/components/labelKeyProblem';
import type { LabelStyles } from '../../../../src/shared/model';

/** Label styles with the given keys (every colour the same). */
function keyed(keys: Readonly<Record<string, string>>): LabelStyles {
  return Object.fromEntries(
    Object.entries(keys).map(([label, key]) => [label, { color: '#888888', key }]),
  );
}

const SAVED = keyed({ PERSON: '1', ORG: '2' });

describe('labelKeyProblems', () => {
  it('refuses a key that is not one digit or lower-case letter', () => {
    expect(labelKeyProblem(keyed({ PERSON: ' ' }), SAVED, new Map())).toEqual({
      label: 'PERSON',
      text: 'A space cannot be a key: give PERSON one digit or lower-case letter',
    });
  });

  // A label key comes first in the annotation view: a label keyed F took F from Add Fragment.
  it('refuses a key typed in the dialog that a command of the annotation view has, naming it', () => {
    const styles = keyed({ PERSON: 'f', ORG: '2' });
    expect(labelKeyProblem(styles, SAVED, new Map())).toEqual({
      label: 'PERSON',
      text: 'F is the key of Add Fragment to Span: choose another key for PERSON',
    });
    expect(labelKeyProblems(styles, SAVED, new Map()).get('PERSON')?.refused).toBe(true);
    // The user's own keys count: with Add Fragment moved to G, F is free, and G is not.
    const moved = new Map([['addFragment', 'g']] as const);
    expect(labelKeyProblem(styles, SAVED, moved)).toBeNull();
    expect(labelKeyProblem(keyed({ PERSON: 'g' }), SAVED, moved)?.text).toMatch(/^G is the key/);
    // A review command's key is not the annotation view's.
    expect(labelKeyProblem(keyed({ PERSON: 'j' }), SAVED, new Map())).toBeNull();
  });

  it('says, without refusing, a command key the label already had when the dialog opened', () => {
    const saved = keyed({ PERSON: 'f', ORG: '2' });
    const problems = labelKeyProblems(saved, saved, new Map());
    expect(problems.get('PERSON')).toEqual({
      text: 'F is also the key of Add Fragment to Span: on selected text or a span it labels as PERSON (label keys come first). Choose another key for PERSON to give F back.',
      refused: false,
    });
    expect(labelKeyProblem(saved, saved, new Map())).toBeNull();
    expect(problems.has('ORG')).toBe(false);
  });
});
