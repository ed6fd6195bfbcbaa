import { describe, expect, it } from 'vitest';
import { readImportBatch } from '../../../src/node/interchange/readImportBatch';
import { writeDoccano } from '../../../src/shared/formats';

// A doccano export of entities and relations in the shape of CAPTIER's data/CAPTIER.jsonl
// (Bpig-C/CAPTIER, MIT): one record's entity ends past its text, as 19 of its 1,500 do.
const GOOD =
  '{"id": 1, "text": "APT1 uses Poison Ivy.", "entities": [{"id": 1, "label": "Threat-Actor", "start_offset": 0, "end_offset": 4}], "relations": []}';
const BAD =
  '{"id": 2, "text": "APT2.", "entities": [{"id": 2, "label": "Malware", "start_offset": 87, "end_offset": 101}], "relations": []}';

describe('a file some of whose records are skipped', () => {
  it('keeps the folder and the encoding the file was read with', () => {
    const file = {
      path: 'corpus/a/captier.jsonl',
      content: `${GOOD}\n${BAD}\n`,
      folder: 'a',
      encoding: 'ISO-8859-1',
    };
    const { bundle, skipped } = readImportBatch([file], 'doccano', [], { skipInvalid: true });
    expect(skipped.map((s) => s.line)).toEqual([2]);
    expect(bundle.documents.map((d) => [d.folder, d.spans.length])).toEqual([['a', 1]]);
    // The record keeps its file's encoding, which the export writes the file in again.
    expect(JSON.stringify(bundle.documents[0]?.metadata)).toContain('"encoding":"ISO-8859-1"');
  });

  it('writes the records left out back as they were, in their place', () => {
    const content = `${BAD}\n${GOOD}\n${BAD}\n${GOOD}\n`;
    const file = { path: 'captier.jsonl', content };
    const { bundle } = readImportBatch([file], 'doccano', [], { skipInvalid: true });
    expect(bundle.documents).toHaveLength(2);
    expect(writeDoccano(bundle).files[0]?.content).toBe(content);
    // A record changed in Loupe is written anew, the one left out after it still as it was.
    const [first, second] = bundle.documents;
    if (!first || !second) throw new Error('no documents');
    const edited = { ...first, spans: [] };
    const written = writeDoccano({ ...bundle, documents: [edited, second] }).files[0]?.content;
    const lines = written?.split('\n') ?? [];
    expect(lines[0]).toBe(BAD);
    expect(lines[1]).toContain('"entities": []');
    expect(lines.slice(2)).toEqual([BAD, GOOD, '']);
  });
});
