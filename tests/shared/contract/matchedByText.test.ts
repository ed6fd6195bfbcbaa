import { describe, expect, it } from 'vitest';
import { matchedByText, recordWithoutName } from '../../../src/shared/contract';
import type { ImportedDocument } from '../../../src/shared/contract';

/** A document of an import's summary that a record without a name met by its text. */
function met(name: string, byText: string, file?: string): ImportedDocument {
  return {
    name,
    documentId: name,
    annotator: 'bob',
    outcome: 'attached',
    spans: 0,
    stances: 0,
    byText,
    ...(file === undefined ? {} : { file }),
  };
}

describe('recordWithoutName', () => {
  it('names the record by the path it was read from', () => {
    expect(recordWithoutName(met('ann-1.txt', 'bob-1', 'in/bob.jsonl'))).toBe(
      'bob-1 of in/bob.jsonl',
    );
    const named: ImportedDocument = {
      name: 'a.txt',
      documentId: 'a',
      annotator: 'bob',
      outcome: 'added',
      spans: 0,
      stances: 0,
    };
    expect(recordWithoutName(named)).toBeUndefined();
  });
});

describe('matchedByText', () => {
  it('says per path which records met which documents', () => {
    expect(
      matchedByText([
        met('ann-1.txt', 'bob-1', 'in/bob.jsonl'),
        met('ann-2.txt', 'bob-3', 'in/bob.jsonl'),
      ]),
    ).toEqual([
      'in/bob.jsonl: 2 records without a name matched by their text to documents already in the project: bob-1 → ann-1.txt, bob-3 → ann-2.txt',
    ]);
  });
});
