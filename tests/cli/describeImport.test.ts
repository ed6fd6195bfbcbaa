import { describe, expect, it } from 'vitest';
import { describeImport } from '../../src/cli/describeImport';
import { importPaths } from '../../src/node';
import { emptyProject, folderWith, into } from '../node/interchange/build';

/** A Prodigy record with no name of its own, one span. */
function record(text: string, label: string): string {
  return JSON.stringify({ text, spans: [{ start: 0, end: 5, label }], answer: 'accept' });
}

describe('describeImport', () => {
  it('says, one line per file, which records without a name met which documents by their text', async () => {
    const { store } = await emptyProject();
    const texts = ['Apple buys a startup.', 'Paris is big.', 'Rome is old.'];
    const ann = texts.map((text) => record(text, 'ORG'));
    await importPaths(store, [folderWith({ 'ann.jsonl': ann.join('\n') })], into('ann'));
    // One annotator's layers: each document of the project is met once.
    const bob = [record(texts[1] ?? '', 'GPE'), record('Lima is far.', 'GPE')];
    const eve = [texts[0], texts[2], 'Oslo is cold.'].map((text) => record(text ?? '', 'LOC'));
    // Named by the path each was read from (its name alone said `round`, not round-2.jsonl).
    const folder = folderWith({ 'bob.jsonl': bob.join('\n'), 'round-2.jsonl': eve.join('\n') });
    const summary = await importPaths(store, [folder], into('bob'));
    const lines = describeImport(summary);
    expect(lines.filter((line) => line.includes('without a name'))).toEqual([
      `  ${folder}/bob.jsonl: 1 record without a name matched by its text to a document already in the project: bob-1 → ann-2.txt`,
      `  ${folder}/round-2.jsonl: 2 records without a name matched by their text to documents already in the project: round-2-1 → ann-1.txt, round-2-2 → ann-3.txt`,
    ]);
  });

  it('names a document that came twice with one name and text once, with the id of its copy', async () => {
    const { store } = await emptyProject();
    const folder = folderWith({ 'a.jsonl': record('Apple buys a startup.', 'ORG') });
    const summary = await importPaths(store, [folder], into('ann'));
    const [doc] = summary.documents;
    if (!doc) throw new Error('one document expected');
    const twice = {
      ...summary,
      documents: [{ ...doc, sameTextAs: doc.name, documentId: 'copy-2' }],
    };
    const lines = describeImport(twice);
    expect(lines).toContain(
      `  ${doc.name} came twice with the same text; the second is kept as its own document, copy-2`,
    );
    expect(lines.join('\n')).not.toContain('has the same text as');
  });
});
