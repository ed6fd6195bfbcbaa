import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, isBiocJson } from '../../../../src/shared/formats';
import { file } from '../build';

/** Real BioC files (tests/fixtures/bioc/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/bioc');

describe('isBiocJson', () => {
  it("knows the bioc package's everything.json, and auto-detection reads it as BioC", () => {
    const content = readFileSync(join(FIXTURES, 'everything.json'), 'utf8');
    expect(isBiocJson(JSON.parse(content))).toBe(true);
    expect(detectFormat([file('everything.json', content)])).toBe('bioc');
  });

  it("knows PubTator 3's biocjson wrapper and a lone document, and no other JSON", () => {
    const passage = { offset: 0, infons: { type: 'title' }, text: 'Aspirin', annotations: [] };
    expect(isBiocJson({ PubTator3: [{ id: '1', passages: [passage] }] })).toBe(true);
    expect(isBiocJson({ id: '1', passages: [passage] })).toBe(true);
    expect(isBiocJson({ text: 'Aspirin', label: [[0, 7, 'Chemical']] })).toBe(false);
    expect(isBiocJson({ documents: [{ text: 'x' }] })).toBe(false);
  });

  it("takes JSON Lines of documents (the bioc package's iterwriter) for BioC", () => {
    const line = (id: string) =>
      JSON.stringify({ bioctype: 'BioCDocument', id, infons: {}, passages: [], relations: [] });
    expect(detectFormat([file('docs.jsonl', `${line('1')}\n${line('2')}\n`)])).toBe('bioc');
  });
});
