import { describe, expect, it } from 'vitest';
import { isSpacyJsonFile } from '../../../../src/shared/formats';

describe('isSpacyJsonFile', () => {
  it('tells a list of documents with paragraphs by the first one’s own keys', () => {
    expect(isSpacyJsonFile('[\n  {\n    "id": 0,\n    "paragraphs": [\n')).toBe(true);
    expect(isSpacyJsonFile('\ufeff[{"meta": {"paragraphs": []}, "paragraphs": []}]')).toBe(true);
  });

  it('refuses other JSON: one document, records with paragraphs nested or as a value', () => {
    expect(isSpacyJsonFile('{"id": 0, "paragraphs": []}')).toBe(false);
    expect(isSpacyJsonFile('[{"meta": {"paragraphs": []}}, {"paragraphs": []}]')).toBe(false);
    expect(isSpacyJsonFile('[{"text": "paragraphs", "label": []}]')).toBe(false);
    expect(isSpacyJsonFile('[{"paragraphs": "none"}]')).toBe(false);
  });
});
