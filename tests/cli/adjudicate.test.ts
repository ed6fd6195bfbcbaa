import { join } from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProjectFolder } from '../../src/node';
import { spanOver, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

const TEXT = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad on Friday.';

/** alice, bob and carol annotated report.txt; worked out by hand in the expectations below. */
async function panelProject(home: string): Promise<string> {
  const sources = join(tempDir(), 'sources');
  mkdirSync(sources);
  writeFileSync(join(sources, 'report.txt'), TEXT);
  const dir = join(tempDir(), 'project');
  expect(runCli(['init', dir], home).code).toBe(0);
  expect(runCli(['import', dir, sources], home).code).toBe(0);
  const store = await ProjectFolder.open(dir);
  const id = store.listDocuments()[0]!.id;
  const layer = (annotator: string, spans: [string, string][]) =>
    writeAnnotatorLayer(
      store,
      id,
      annotator,
      spans.map(([needle, label], i) => spanOver(TEXT, needle, label, `${annotator}${i}`)),
    );
  await layer('alice', [
    ['Mike Pompeo', 'PERSON'],
    ['Adel Abdul-Mahdi', 'PERSON'],
  ]);
  await layer('bob', [
    ['Mike Pompeo', 'PERSON'],
    ['Adel Abdul-Mahdi', 'ORG'],
    ['Baghdad', 'GPE'],
  ]);
  await layer('carol', [
    ['Mike Pompeo', 'PERSON'],
    ['Adel Abdul-Mahdi', 'PERSON'],
    ['Baghdad', 'GPE'],
  ]);
  return dir;
}

describe('loupe adjudicate', () => {
  const home = tempDir();
  const panel = ['--document', 'report.txt', '--annotators', 'alice,bob,carol'];

  it('lists each candidate with who marked it and leaves gold alone', async () => {
    const dir = await panelProject(home);
    const run = runCli(['adjudicate', dir, ...panel], home);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split('\n');
    expect(rows[0]).toBe(
      'report.txt: 4 candidate spans and 0 stances from alice, bob, carol; gold holds 0 spans and 0 stances',
    );
    expect(rows.slice(1).map((r) => r.trim().replace(/\s+/g, ' '))).toEqual([
      'maj PERSON@0-11 "Mike Pompeo" 3 of 3: alice, bob, carol',
      'ORG@16-32 "Adel Abdul-Mahdi" 1 of 3: bob',
      'maj PERSON@16-32 "Adel Abdul-Mahdi" 2 of 3: alice, carol',
      'maj GPE@36-43 "Baghdad" 2 of 3: bob, carol',
    ]);
  });

  it('--majority, --accept and --reject write gold in that order', async () => {
    const dir = await panelProject(home);
    const args = ['--majority', '--accept', 'ORG@16-32', '--reject', 'PERSON@16-32'];
    const run = runCli(
      ['adjudicate', dir, ...panel, ...args, '--annotator', 'lena', '--json'],
      home,
    );
    expect(run.stderr).toBe('');
    const review = JSON.parse(run.stdout);
    expect(
      review.candidates
        .filter((c: { inGold: boolean }) => c.inGold)
        .map((c: { id: string }) => c.id),
    ).toEqual(['PERSON@0-11', 'ORG@16-32', 'GPE@36-43']);
    const store = await ProjectFolder.open(dir);
    const gold = await store.readLayer(store.listDocuments()[0]!.id, 'gold');
    expect(gold.spans.map((s) => s.label).sort()).toEqual(['GPE', 'ORG', 'PERSON']);
  });

  it('refuses an unknown document with a reason and exit 1', async () => {
    const dir = await panelProject(home);
    const run = runCli(
      ['adjudicate', dir, '--document', 'nope', '--annotators', 'alice,bob'],
      home,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no document "nope"/);
  });

  it('finds a document in a folder by its bare name, and names every folder when two share it', async () => {
    const sources = join(tempDir(), 'sources');
    mkdirSync(join(sources, 'news'), { recursive: true });
    writeFileSync(join(sources, 'news', 'report.txt'), TEXT);
    const dir = join(tempDir(), 'project');
    expect(runCli(['init', dir], home).code).toBe(0);
    expect(runCli(['import', dir, sources], home).code).toBe(0);
    const store = await ProjectFolder.open(dir);
    const id = store.listDocuments()[0]!.id;
    for (const annotator of ['alice', 'bob'])
      await writeAnnotatorLayer(store, id, annotator, [
        spanOver(TEXT, 'Baghdad', 'GPE', `${annotator}0`),
      ]);
    const args = ['--document', 'report.txt', '--annotators', 'alice,bob'];
    const found = runCli(['adjudicate', dir, ...args], home);
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/^news\/report\.txt: 1 candidate span/);
    mkdirSync(join(sources, 'old'));
    writeFileSync(join(sources, 'old', 'report.txt'), 'Another text.');
    expect(runCli(['import', dir, sources], home).code).toBe(0);
    const both = runCli(['adjudicate', dir, ...args], home);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain(
      '"report.txt" names 2 documents (news/report.txt, old/report.txt); give one of these',
    );
  });
});
