import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBrat } from '../../../../src/shared/formats';
import { runProcess } from '../../../../scripts/interop/runProcess';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { tempDir } from '../../../helpers/tempProject';
import { bundle, doc, relation, span } from '../build';

const TOOLS = join(SHARED_DIR, 'tools', 'brat');
const absent = !existsSync(join(TOOLS, 'brat_load.py'));
if (absent) console.warn(`skipped: brat's parser is absent (${TOOLS})`);

interface BratLoad {
  client_json_counts: Record<string, number>;
  n_verify_issues: number;
  issue_samples: string[];
}

/** brat's server code path and `verify_annotations` on the written collection (tools/brat/brat_load.py). */
async function bratLoads(files: readonly { path: string; content: string }[]): Promise<BratLoad> {
  const dir = join(tempDir(), 'brat');
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.path), f.content);
  const run = await runProcess('python3', [join(TOOLS, 'brat_load.py'), dir], {
    cwd: dir,
    env: { ...process.env, PYTHONUTF8: '1' },
  });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as BratLoad;
}

describe.skipIf(absent)('brat export: types brat’s configuration cannot declare', () => {
  it('a label or relation type with letters beyond A–Z is written as it is, read by brat, and noted', async () => {
    const text = 'Zoë went to Tokyo.';
    const result = writeBrat(
      bundle(
        doc(text, {
          name: 'd',
          spans: [span(0, 3, 'Person', { id: 'z' }), span(12, 17, 'Ort-Näme', { id: 't' })],
          relations: [relation('fährt nach', 'z', 't')],
        }),
      ),
    );
    const ann = result.files.find((f) => f.path === 'd.ann')?.content ?? '';
    expect(ann).toContain('T2\tOrt-Näme 12 17\tTokyo');
    expect(ann).toContain('R1\tfährt_nach Arg1:T1 Arg2:T2');
    const loaded = await bratLoads(result.files);
    // brat's own parser reads both; its verify_annotations knows neither type (said in the notes).
    expect(loaded.client_json_counts).toMatchObject({ entities: 2, relations: 1 });
    expect(loaded.n_verify_issues).toBeGreaterThan(0);
    const beyond = (what: string) =>
      `${what} with characters brat's configuration cannot declare (beyond A–Z, digits, _ and -): read by brat's parser, unknown to its verify_annotations`;
    expect(result.summary.notes).toEqual({
      [beyond('label')]: 1,
      [beyond('relation type')]: 1,
      'relation type with whitespace written with _': 1,
    });
  });
});
