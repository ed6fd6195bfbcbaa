import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../src/cli/describeImport';
import { importPaths } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

/** One JSON record per line. */
function lines(...records: object[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** The document labels' row of an import's counts. */
function labels(read: number, imported: number, alreadyPresent: number): object {
  return { kind: 'document labels', read, imported, alreadyPresent };
}

/** A Label Studio task whose one annotation chose `choice` for the whole text. */
function choiceTask(text: string, choice: string): object {
  const result = [
    { from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: [choice] } },
  ];
  return { data: { text }, annotations: [{ id: 1, result }] };
}

describe('document labels in the per-kind counts', () => {
  it('counts doccano text classification labels: read, imported, then already there', async () => {
    const { store } = await emptyProject();
    // doccano's text classification export: `label` lists category names.
    const file = lines(
      { text: 'Great match last night', label: ['sports', 'fun'] },
      { text: 'The vote is today', label: ['politics'] },
    );
    const first = await importPaths(store, [folderWith({ 'cats.jsonl': file })], into('ann'));
    expect(first.kinds).toContainEqual(labels(3, 3, 0));
    expect(describeImport(first)).toContain(
      '  document labels: 3 read, 3 imported, 0 already there',
    );
    // The headline counts them beside the spans: the file held three categories and no span.
    expect(describeImport(first)[0]).toMatch(
      /; 0 spans, 0 relations, 0 stances, 3 document labels into ann\.$/,
    );
    const again = await importPaths(store, [folderWith({ 'cats.jsonl': file })], into('ann'));
    expect(again.kinds).toContainEqual(labels(3, 0, 3));
    expect(describeImport(again)[0]).toContain('0 stances, 0 document labels into ann.');
  });

  it("counts Prodigy's binary textcat label and Label Studio's choices", async () => {
    const { store } = await emptyProject();
    const prodigy = lines({ text: 'You are an idiot', label: 'INSULT', answer: 'accept' });
    const summary = await importPaths(store, [folderWith({ 'textcat.jsonl': prodigy })], into('a'));
    expect(summary.kinds).toContainEqual(labels(1, 1, 0));
    const tasks = JSON.stringify([choiceTask('Lovely day', 'Positive')]);
    const studio = await importPaths(store, [folderWith({ 'tasks.json': tasks })], into('b'));
    expect(studio.kinds).toContainEqual(labels(1, 1, 0));
  });

  it("refuses Prodigy's chosen options (accept), which would be imported as no label", async () => {
    const { store } = await emptyProject();
    const options = [
      { id: 'SPORTS', text: 'Sports' },
      { id: 'POLITICS', text: 'Politics' },
    ];
    // textcat.manual with several labels: the choice interface's `options` and `accept`.
    const file = lines({
      text: 'Great match last night',
      options,
      accept: ['SPORTS'],
      answer: 'accept',
    });
    await expect(
      importPaths(store, [folderWith({ 'choice.jsonl': file })], into('a')),
    ).rejects.toThrow(/choice\.jsonl:1: accept holds the options chosen/);
    expect(store.listDocuments()).toEqual([]);
  });
});
