import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

describe('loupe export names the spans it moves off whitespace or leaves out', () => {
  it('lists document, span and old → new offsets on stderr and in --json', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    // `in  Geneva\r\n`: [8,17) starts on the space folded into `in` and ends inside CRLF; [16,18) is CRLF only
    writeFileSync(
      join(source, 'talks.jsonl'),
      `${JSON.stringify({
        text: 'Talks in  Geneva\r\nended.',
        spans: [
          { start: 8, end: 17, label: 'GPE' },
          { start: 16, end: 18, label: 'MISC' },
        ],
      })}\n`,
    );
    expect(runCli(['import', dir, source, '--annotator', 'amira'], home).code).toBe(0);
    const out = join(tempDir(), 'talks.jsonl');
    const args = ['export', dir, '--format', 'spans-jsonl', '--annotator', 'amira', '--out', out];
    const run = runCli(args, home);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/spans moved off whitespace or left out \(2\):/);
    expect(run.stderr).toMatch(/talks\S*: span \S+ \[8,17\) moved to \[10,16\)/);
    expect(run.stderr).toMatch(/talks\S*: span \S+ \[16,18\) left out \(whitespace only\)/);
    const json = runCli([...args, '--json'], home);
    const summary = JSON.parse(json.stdout) as { adjusted: unknown[]; adjustedTotal: number };
    expect(summary.adjustedTotal).toBe(2);
    expect(summary.adjusted).toEqual([
      expect.objectContaining({ from: [8, 17], to: [10, 16] }),
      expect.objectContaining({ from: [16, 18], to: null }),
    ]);
  });
});
