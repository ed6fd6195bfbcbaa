import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

/** VAST's layout (post, topic_str, label 0=con 1=pro 2=neutral, new_id), rows in our own words. */
const VAST = 'post,topic_str,label,new_id\n"Trains, not cars",rail,1,12\nRoads first,rail,0,3\n';

describe('loupe export --columns', () => {
  it('writes exactly the four columns of SemEval-2016 Task 6 with --columns semeval, and refuses it elsewhere', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'project');
    const table = join(tempDir(), 'vast_test.csv');
    writeFileSync(table, VAST);
    expect(runCli(['init', dir], home).code).toBe(0);
    expect(runCli(['import', dir, table, '--annotator', 'gold'], home).code).toBe(0);
    const out = tempDir();
    const run = runCli(
      ['export', dir, '--format', 'stance-tsv', '--gold', '--columns', 'semeval', '--out', out],
      home,
    );
    expect(run.code).toBe(0);
    // The table's rows go back to a file of its name, tab-separated as SemEval's are: .tsv.
    expect(readFileSync(join(out, 'vast_test.tsv'), 'utf8')).toBe(
      'ID\tTarget\tTweet\tStance\n12\trail\tTrains, not cars\tFAVOR\n3\trail\tRoads first\tAGAINST\n',
    );
    const bad = runCli(
      ['export', dir, '--format', 'stance-tsv', '--gold', '--columns', 'all', '--out', out],
      home,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--columns all: use one of auto, semeval/);
    const conll = runCli(
      ['export', dir, '--format', 'conll', '--gold', '--columns', 'semeval', '--out', out],
      home,
    );
    expect(conll.code).toBe(2);
    expect(conll.stderr).toMatch(/--columns applies to --format stance-tsv only, not conll/);
  });

  it('refuses a stance table of a layer without stances, exit 1 and nothing written, as an export of a layer no one wrote', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'project');
    const spans = join(tempDir(), 'spans.jsonl');
    writeFileSync(
      spans,
      `${JSON.stringify({ text: 'Mike Pompeo met Adel Abdul-Mahdi.', spans: [{ start: 0, end: 11, label: 'PERSON' }] })}\n`,
    );
    expect(runCli(['init', dir], home).code).toBe(0);
    expect(runCli(['import', dir, spans, '--annotator', 'bo'], home).code).toBe(0);
    const out = join(tempDir(), 'stances');
    const run = runCli(
      ['export', dir, '--format', 'stance-tsv', '--annotator', 'bo', '--out', out],
      home,
    );
    expect(run.stderr.trim()).toBe(
      "loupe export: nothing to export: no stances in bo's layers: choose a layer with stances or another format",
    );
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    // A layer no one wrote is refused the same way.
    const nobody = runCli(
      ['export', dir, '--format', 'conll', '--annotator', 'cy', '--out', out],
      home,
    );
    expect(nobody.stderr).toMatch(/^loupe export: nothing to export: cy has no annotations/);
    expect(nobody.code).toBe(1);
    // The spans go out as spans.
    const conll = runCli(
      ['export', dir, '--format', 'conll', '--annotator', 'bo', '--out', out],
      home,
    );
    expect(conll.code).toBe(0);
  });
});
