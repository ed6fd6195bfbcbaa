import { describe, expect, it } from 'vitest';
import { holderTypes } from '../../../../src/renderer/src/features/stances/holderTypes';
import { defaultLabelSchema } from '../../../../src/shared/model/defaultSchema';

describe('holderTypes', () => {
  it('finds people, organisations, nations and groups of the default schema', () => {
    expect(holderTypes(defaultLabelSchema().entityTypes)).toEqual(['PERSON', 'ORG', 'GPE', 'NORP']);
  });

  it('reads CoNLL’s and spelled-out names, in any case', () => {
    expect(holderTypes(['PER', 'LOC', 'ORG', 'MISC'])).toEqual(['PER', 'ORG']);
    expect(holderTypes(['Person', 'Organization', 'Location'])).toEqual(['Person', 'Organization']);
  });

  it('is null when no name looks like a holder (any type may then)', () => {
    expect(holderTypes(['DRUG', 'DOSE'])).toBeNull();
    expect(holderTypes([])).toBeNull();
  });
});
