import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbOutFile } from '../helpers/prodigyDbOut';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

/**
 * `prodigy db-out ner_news` of sessions alice and bo with `feed_overlap: true`: alice finds
 * Pompeo, the United States and Iraq, then Abdul-Mahdi and Washington; bo the same but the
 * United States, and Baghdad too; then alice ignores the third task, bo marks an ORG in it.
 */
const DB_OUT = dbOutFile([
  {
    task: 0,
    session: 'alice',
    spans: [
      ['Mike Pompeo', 'PERSON'],
      ['United States', 'GPE'],
      ['Iraq', 'GPE'],
    ],
  },
  {
    task: 1,
    session: 'alice',
    spans: [
      ['Adil Abdul-Mahdi', 'PERSON'],
      ['Washington', 'GPE'],
    ],
  },
  {
    task: 0,
    session: 'bo',
    spans: [
      ['Mike Pompeo', 'PERSON'],
      ['Iraq', 'GPE'],
    ],
  },
  {
    task: 1,
    session: 'bo',
    spans: [
      ['Adil Abdul-Mahdi', 'PERSON'],
      ['Washington', 'GPE'],
      ['Baghdad', 'GPE'],
    ],
  },
  { task: 2, session: 'alice', answer: 'ignore' },
  { task: 2, session: 'bo', spans: [['State Department', 'ORG']] },
]);

describe("loupe import of a Prodigy export of several annotators' sessions", () => {
  it('makes a layer per annotator that agree compares, and export --annotators writes back as it was', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'project');
    const file = join(tempDir('loupe-input-'), 'ner_news.jsonl');
    writeFileSync(file, DB_OUT);
    expect(runCli(['init', dir], home).code).toBe(0);
    const imported = runCli(['import', dir, file], home);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/^Imported 3 documents .* into 6 layers: alice, bo\./);

    const agree = runCli(['agree', dir, '--annotators', 'alice,bo', '--json'], home);
    expect(agree.code, agree.stderr).toBe(0);
    // Both find 4 spans alike; bo adds Baghdad, alice the United States. The task alice
    // ignored is left out: bo's ORG in it is no disagreement.
    const json = JSON.parse(agree.stdout);
    expect(json.spans.overall).toMatchObject({ tp: 4, fp: 1, fn: 1 });
    expect(json.skipped).toEqual({ alice: 1 });
    expect(json.documents).toHaveLength(2);
    expect(json.tokens.distribution.bo).not.toHaveProperty('ORG');
    const said = runCli(['agree', dir, '--annotators', 'alice,bo'], home);
    expect(said.stdout).toContain('left out: 1 document alice skipped');

    const out = tempDir();
    const args = ['export', dir, '--format', 'spans-jsonl', '--out', out];
    const both = runCli([...args, '--annotators', 'alice,bo'], home);
    expect(both.code, both.stderr).toBe(0);
    expect(readFileSync(join(out, 'spans.jsonl'), 'utf8')).toBe(DB_OUT);
    const alone = runCli([...args, '--annotator', 'alice'], home);
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stderr).toMatch(/not written: .*3 × record of another annotator of its task/);
  });
});
