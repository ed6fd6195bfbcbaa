import { describe, expect, it } from 'vitest';
import { findNamedDocument } from '../../../src/shared/model';

/** Documents as a project lists them: one imported on macOS, whose file names come in NFD. */
const documents = [
  { id: 'resume', name: 're\u0301sume\u0301.txt', folder: 'cv' },
  { id: 'report', name: 'report.txt' },
];

describe('finding the document a person named', () => {
  it('finds a name typed in NFC for a document whose name is stored in NFD', () => {
    expect(findNamedDocument(documents, 'cv/r\u00e9sum\u00e9.txt')).toEqual({
      found: documents[0],
    });
    expect(findNamedDocument(documents, 'r\u00e9sum\u00e9.txt')).toEqual({ found: documents[0] });
  });

  it('still tells names apart by case, and an exact spelling comes first', () => {
    expect(findNamedDocument(documents, 'Report.txt')).toBeNull();
    const both = [...documents, { id: 'resume-2', name: 'r\u00e9sum\u00e9.txt', folder: 'cv' }];
    expect(findNamedDocument(both, 'cv/r\u00e9sum\u00e9.txt')).toEqual({ found: both[2] });
    expect(findNamedDocument(both, 'r\u00e9sum\u00e9.txt')).toEqual({ found: both[2] });
  });
});
