import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

// Two documents in the shape of RareDis' corpus/train.zip (meng-ma-biomedical-AI/the-RareDis-corpus):
// one valid, one with a relation naming a T no line defines and a T whose text column is not
// the text at its offsets, each R line ending in a tab as the corpus writes them.
const TEXT = 'Alport syndrome causes hearing loss.\n';
const GOOD = ['T1\tRAREDISEASE 0 15\tAlport syndrome', 'T2\tSIGN 23 35\thearing loss'];
const BAD = [
  'T1\tRAREDISEASE 0 15\tAlport syndrome',
  'R1\tProduces Arg1:T1 Arg2:T80\t',
  'T2\tSIGN 23 35\t"""hearing"" loss"',
  'T3\tSIGN 31 35\tloss',
  'R2\tProduces Arg1:T1 Arg2:T3\t',
];

describe(
  'loupe import --skip-invalid and export of a brat collection',
  { timeout: 120_000 },
  () => {
    it('writes the lines left out back, says so, and says what other formats leave out', () => {
      const input = join(tempDir(), 'corpus');
      mkdirSync(input);
      for (const [name, ann] of [
        ['good', GOOD],
        ['bad', BAD],
      ] as const) {
        writeFileSync(join(input, `${name}.txt`), TEXT);
        writeFileSync(join(input, `${name}.ann`), `${ann.join('\n')}\n`);
      }
      const home = tempDir();
      const dir = join(tempDir(), 'project');
      expect(runCli(['init', dir], home).code).toBe(0);
      const imported = runCli(
        ['import', dir, input, '--format', 'brat', '--skip-invalid', '--annotator', 'amy'],
        home,
      );
      expect(imported.code, imported.stderr).toBe(0);
      const out = join(tempDir(), 'brat');
      const exported = runCli(
        ['export', dir, '--format', 'brat', '--annotator', 'amy', '--out', out, '--json'],
        home,
      );
      expect(exported.code, exported.stderr).toBe(0);
      for (const name of ['good', 'bad'])
        expect(readFileSync(join(out, `${name}.ann`), 'utf8')).toBe(
          readFileSync(join(input, `${name}.ann`), 'utf8'),
        );
      expect(JSON.parse(exported.stdout).notes).toContain(
        'brat standoff: 2 × line left out as invalid on import (--skip-invalid) written back as it was: brat finds it invalid, as it found the original',
      );
      const doccano = runCli(
        [
          'export',
          dir,
          '--format',
          'doccano',
          '--annotator',
          'amy',
          '--out',
          join(tempDir(), 'd.jsonl'),
          '--json',
        ],
        home,
      );
      expect(doccano.code, doccano.stderr).toBe(0);
      expect(JSON.parse(doccano.stdout).warnings).toContain(
        'doccano JSONL: 2 × line kept from a brat file that was invalid on import',
      );
    });
  },
);
