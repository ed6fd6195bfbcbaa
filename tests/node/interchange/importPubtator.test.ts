import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { documentTitle } from '../../../src/node/services/documentTitle';
import { emptyProject, folderWith, into } from './build';

/** BC5CDR's training documents 227508, 354896 and 2234245 (tests/fixtures/pubtator/SOURCES.md). */
const CDR = readFileSync(
  join(import.meta.dirname, '../../fixtures/pubtator/CDR_sample.PubTator.txt'),
  'utf8',
);

/** The lines of document `pmid` in the CDR sample, with the blank line after them. */
function block(pmid: string): string {
  const found = CDR.split('\n\n').find((b) => b.startsWith(`${pmid}|t|`));
  if (!found) throw new Error(`no document ${pmid}`);
  return `${found}\n\n`;
}

describe('PubTator import into a project', () => {
  it('gives each document its title line as title, even one too short to read as a headline', async () => {
    const { store } = await emptyProject();
    await importPaths(store, [folderWith({ 'cdr.txt': CDR })], into('gold'));
    const titles = await Promise.all(store.listDocuments().map((m) => documentTitle(store, m)));
    expect(titles.sort()).toEqual([
      'Lidocaine-induced cardiac asystole.',
      'Naloxone reverses the antihypertensive effect of clonidine.',
      'Ocular and auditory toxicity in hemodialyzed patients receiving desferrioxamine.',
    ]);
  });

  it('keeps the kept columns with their mentions when the layer already held the span ids', async () => {
    const { store } = await emptyProject();
    // First the document with only its third mention line, which becomes T1 in the layer.
    const full = block('2234245');
    const lines = full.split('\n');
    const onlyThird = [...lines.slice(0, 2), lines[4], '', ''].join('\n');
    await importPaths(store, [folderWith({ 'cdr.txt': onlyThird })], into('gold'));
    // Then the whole document: its T1 (a composite with a 7th column) takes another id.
    await importPaths(store, [folderWith({ 'cdr.txt': full })], into('gold'));
    const { result } = await exportProject(store, { format: 'pubtator', annotator: 'gold' });
    expect(result.files.map((f) => [f.path, f.content])).toEqual([['cdr.txt', full]]);
  });
});
