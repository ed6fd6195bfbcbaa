import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

describe('loupe export tells what it wrote otherwise apart from what it did not write', () => {
  it('says a word holding a space was written (with tabs), and a comment line was not', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    // Tab-separated, as the Broad Twitter Corpus is: `New York` is one word; `# id 7` a comment.
    writeFileSync(join(source, 'h.conll'), '# id 7\nNew York\tB-LOC\nrocks\tO\n');
    expect(runCli(['import', dir, source, '--annotator', 'amira'], home).code).toBe(0);
    const out = join(tempDir(), 'h.conll');
    // In another scheme than the file's, the comment line is not written back.
    const args = ['export', dir, '--format', 'conll', '--annotator', 'amira', '--out', out];
    args.push('--scheme', 'iob1');
    const run = runCli(args, home);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('New York\tI-LOC\nrocks\tO\n');
    const said = run.stderr.split('\n');
    expect(said.filter((l) => l.includes('word holding a space'))).toEqual([
      expect.stringMatching(
        /^ {2}written otherwise: CoNLL \/ IOB: 1 × word holding a space written whole, the export tab-separated/u,
      ),
    ]);
    expect(said.filter((l) => l.includes('comment line'))).toEqual([
      expect.stringMatching(
        /^ {2}not written: CoNLL \/ IOB: 1 × comment line kept from a CoNLL file/u,
      ),
    ]);
    const json = runCli([...args, '--json'], home);
    const summary = JSON.parse(json.stdout) as { notes: string[]; warnings: string[] };
    expect(summary.notes).toEqual([expect.stringMatching(/1 × word holding a space/u)]);
    expect(summary.warnings).toEqual([expect.stringMatching(/1 × comment line kept/u)]);
  });
});
