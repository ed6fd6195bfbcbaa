import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../src/cli/describeImport';
import { importPaths } from '../../../src/node';
import type { ImportFormat } from '../../../src/shared/contract/interchange';
import { emptyProject, folderWith, into } from './build';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

/** Each document's source, counted: `{ 'en/a.txt': 3 }`. */
async function sourcesOf(format: ImportFormat, files: Record<string, string>) {
  const { store } = await emptyProject();
  await importPaths(store, [folderWith(files)], into('amy', { format }));
  const counts: Record<string, number> = {};
  for (const meta of store.listDocuments()) {
    const key = meta.source ?? '(none)';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('a document of a file of several keeps that file as its source', () => {
  it('PubTator: two files of several abstracts, in two folders of the same name', async () => {
    expect(
      await sourcesOf('pubtator', {
        'en/CDR.txt': fixture('pubtator/CDR_sample.PubTator.txt'),
        'de/CDR.txt': fixture('pubtator/NCBI_sample_corpus.txt'),
      }),
    ).toEqual({ 'en/CDR.txt': 3, 'de/CDR.txt': 3 });
  });

  it('BioC: an XML collection and a JSON one', async () => {
    expect(
      await sourcesOf('bioc', {
        'cdr/sample.xml': fixture('bioc/CDR_sample.BioC.xml'),
        'pmc.json': fixture('bioc/PMC9832585.pmc-api.json'),
      }),
    ).toEqual({ 'cdr/sample.xml': expect.any(Number), 'pmc.json': 1 });
  });

  it('spans JSONL: records named by meta.name, from two files', async () => {
    const record = (name: string, text: string) =>
      JSON.stringify({ text, spans: [{ start: 0, end: 3, label: 'ORG' }], meta: { name } });
    expect(
      await sourcesOf('spans-jsonl', {
        'en/train.jsonl': [record('a', 'IBM hired Ana.'), record('b', 'BMW left Rome.')].join('\n'),
        'en/dev.jsonl': record('c', 'SAP met Bo.'),
      }),
    ).toEqual({ 'en/train.jsonl': 2, 'en/dev.jsonl': 1 });
  });

  it('the import summary says how many documents came from each file', async () => {
    const { store } = await emptyProject();
    const folder = folderWith({
      'en/CDR.txt': fixture('pubtator/CDR_sample.PubTator.txt'),
      'de/NCBI.txt': fixture('pubtator/NCBI_sample_corpus.txt'),
    });
    const summary = await importPaths(store, [folder], into('amy', { format: 'pubtator' }));
    expect(describeImport(summary).filter((line) => line.includes(' from '))).toEqual([
      '  3 documents from de/NCBI.txt',
      '  3 documents from en/CDR.txt',
    ]);
    // One file: nothing to tell apart.
    const one = await importPaths(
      (await emptyProject()).store,
      [folderWith({ 'en/CDR.txt': fixture('pubtator/CDR_sample.PubTator.txt') })],
      into('amy', { format: 'pubtator' }),
    );
    expect(describeImport(one).filter((line) => line.includes(' from '))).toEqual([]);
  });
});
