import { describe, expect, it } from 'vitest';
import { hashString } from '../../../../src/shared/formats/spacyDocBin/murmurHash64a';
import { spacyStringId } from '../../../../src/shared/formats/spacyDocBin/spacyStrings';

describe('hashString', () => {
  it("gives spaCy's hash_string values (printed by spaCy 3.8: spacy.strings.hash_string)", () => {
    expect(hashString('x')).toBe(11123243248953317070n);
    expect(hashString('')).toBe(14313749767032693980n);
    expect(hashString('PERSON')).toBe(11121653176597302729n);
    expect(hashString('hello world')).toBe(2758594965276909933n);
    expect(hashString('été')).toBe(416107850921971791n);
    expect(hashString('日本')).toBe(2324319125191504834n);
  });

  it("stores spaCy's symbols by their id, as nlp.vocab.strings does (ORG 383, PERSON 380)", () => {
    expect(spacyStringId('ORG')).toBe(383n);
    expect(spacyStringId('PERSON')).toBe(380n);
    expect(spacyStringId('')).toBe(0n);
    expect(spacyStringId('Ada')).toBe(hashString('Ada'));
  });
});
