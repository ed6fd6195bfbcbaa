import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBrat } from '../../../../src/shared/formats';
import { runProcess } from '../../../../scripts/interop/runProcess';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { tempDir } from '../../../helpers/tempProject';
import { bundle, doc, relation, span } from '../build';

const TOOLS = join(SHARED_DIR, 'tools', 'brat');
const absent = !existsSync(join(TOOLS, 'bratsrv', 'annotation.py'));
if (absent) console.warn(`skipped: brat's parser is absent (${TOOLS})`);

/** What brat's own parser (`annotation.TextAnnotations`) reads from one document's `.ann`. */
const DUMP = `
import sys, os, json
sys.path.insert(0, os.path.join(sys.argv[1], 'bratsrv'))
from annotation import TextAnnotations
out = []
with TextAnnotations(sys.argv[2], read_only=True) as a:
    for t in a.get_textbounds():
        out.append(['T', t.type, [list(s) for s in t.spans]])
    for x in a.get_attributes():
        out.append(['A', x.type, x.value])
    for r in a.get_relations():
        out.append(['R', r.type])
print(json.dumps(out))
`;

async function bratReads(files: readonly { path: string; content: string }[], stem: string) {
  const dir = join(tempDir(), 'brat');
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.path), f.content);
  const run = await runProcess('python3', ['-c', DUMP, TOOLS, join(dir, stem)], {
    cwd: dir,
    env: { ...process.env, BRAT_BASE: join(dir, '..'), PYTHONUTF8: '1' },
  });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as unknown[];
}

describe.skipIf(absent)('brat export: written otherwise (notes) apart from not written', () => {
  it('notes what brat’s parser reads back in another form, and counts as lost what it does not see', async () => {
    const text = 'AP hired Mike \nPompeo';
    const attributes = { Count: 3, Said: 'a\nb', Tabbed: 'x\ty', Hidden: false };
    const result = writeBrat(
      bundle(
        doc(text, {
          name: 'd',
          spans: [
            span(0, 2, 'NEWS AGENCY', { id: 'ap', attributes }),
            span(9, 21, 'PERSON', { id: 'mp' }),
          ],
          relations: [relation('works for', 'mp', 'ap')],
        }),
      ),
    );
    // brat's parser sees every span, attribute value and relation, renamed, split or respaced ...
    expect(await bratReads(result.files, 'd')).toEqual([
      ['T', 'NEWS_AGENCY', [[0, 2]]],
      [
        'T',
        'PERSON',
        [
          [9, 13],
          [15, 21],
        ],
      ],
      ['A', 'Count', '3'],
      ['A', 'Said', 'a b'],
      ['A', 'Tabbed', 'x y'],
      ['R', 'works_for'],
    ]);
    expect(result.summary.notes).toEqual({
      'label with whitespace written with _': 1,
      'number attribute written as text': 1,
      'line break in an attribute value written as a space': 1,
      'tab in an attribute value written as a space': 1,
      'span crossing a line break split into fragments (as brat does)': 1,
      'relation type with whitespace written with _': 1,
    });
    // ... but no attribute Hidden: a false attribute is lost.
    expect(result.summary.notExpressed).toEqual({
      'false attribute (brat writes only attributes that are set)': 1,
    });
  });
});
