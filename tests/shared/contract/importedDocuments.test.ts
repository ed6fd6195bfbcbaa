import { describe, expect, it } from 'vitest';
import {
  importedDocumentCount,
  importedDocumentsInWords,
  importedLayers,
  type ImportedDocument,
} from '../../../src/shared/contract';

/** A layer `annotator` of document `documentId`, as an import lists it. */
function layer(documentId: string, annotator: string, machine = false): ImportedDocument {
  return {
    name: `${documentId}.txt`,
    documentId,
    annotator,
    ...(machine ? { machine: true } : {}),
    outcome: 'added',
    spans: 1,
    stances: 0,
  };
}

/** An import's documents (each once) and the layers it lists. */
function summary(added: number, alreadyPresent: number, ...documents: ImportedDocument[]) {
  return { documentCounts: { added, newVersions: 0, alreadyPresent }, documents };
}

describe('importedDocumentsInWords', () => {
  it('counts a document with a person’s and a model’s layer once, and names the layers', () => {
    const s = summary(1, 0, layer('a', 'lena'), layer('a', 'gpt-x', true));
    expect(importedDocumentCount(s)).toBe(1);
    expect(importedLayers(s)).toEqual({ count: 2, names: ['lena', 'model gpt-x'] });
    expect(importedDocumentsInWords(s)).toBe('1 document, 2 layers (lena, model gpt-x)');
  });

  it('says documents alone when each has one layer, or none (texts only)', () => {
    expect(importedDocumentsInWords(summary(1, 1, layer('a', 'lena'), layer('b', 'bo')))).toBe(
      '2 documents',
    );
    expect(importedDocumentsInWords(summary(3, 0, layer('a', ''), layer('b', '')))).toBe(
      '3 documents',
    );
  });

  it('names five annotators, then says there are more', () => {
    const layers = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => layer('x', name));
    expect(importedDocumentsInWords(summary(0, 1, ...layers))).toBe(
      '1 document, 6 layers (a, b, c, d, e, …)',
    );
  });
});
