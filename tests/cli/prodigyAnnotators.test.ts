import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbOutFile, TWO_SESSIONS } from '../helpers/prodigyDbOut';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

const DB_OUT = dbOutFile(TWO_SESSIONS);

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
    // Back to the file it came from, under its name.
    expect(readFileSync(join(out, 'ner_news.jsonl'), 'utf8')).toBe(DB_OUT);
    const alone = runCli([...args, '--annotator', 'alice'], home);
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stderr).toMatch(/not written: .*3 × record of another annotator of its task/);
  });

  it("leaves out a task an annotator rejected, as Prodigy's review of manual annotations does", () => {
    const home = tempDir();
    const dir = join(tempDir(), 'project');
    const file = join(tempDir('loupe-input-'), 'ner_news.jsonl');
    const rejected = TWO_SESSIONS.map((a) =>
      a.answer === 'ignore' ? { ...a, answer: 'reject' as const } : a,
    );
    writeFileSync(file, dbOutFile(rejected));
    expect(runCli(['init', dir], home).code).toBe(0);
    expect(runCli(['import', dir, file], home).code).toBe(0);
    const agree = runCli(['agree', dir, '--annotators', 'alice,bo', '--json'], home);
    expect(agree.code, agree.stderr).toBe(0);
    const json = JSON.parse(agree.stdout);
    expect(json.spans.overall).toMatchObject({ tp: 4, fp: 1, fn: 1 });
    expect(json.skipped).toEqual({ alice: 1 });
    const said = runCli(['agree', dir, '--annotators', 'alice,bo'], home);
    expect(said.stdout).toContain(
      'left out: 1 document alice skipped (answered ignore or reject, or cancelled)',
    );
  });
});
