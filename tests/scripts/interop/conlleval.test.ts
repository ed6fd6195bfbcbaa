import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConlleval } from '../../../scripts/interop/conlleval';
import { pasteNerColumn } from '../../../scripts/interop/pasteNerColumn';
import { SHARED_DIR } from '../../../scripts/interop/sharedTools';

const script = join(SHARED_DIR, 'tools', 'conlleval.pl');
const absent = !existsSync(script);
const conll =
  '-DOCSTART- -X- O O\n\nIraq _ _ B-GPE\nIran _ _ B-GPE\ntalks _ _ O\nMike _ _ B-PERSON\nPompeo _ _ I-PERSON\n\n';

describe.skipIf(absent)('runConlleval (../shared/tools/conlleval.pl)', () => {
  it('reads a 100% gold-vs-gold score and the phrases per type', async () => {
    const report = await runConlleval(script, pasteNerColumn(conll));
    expect(report).toMatchObject({
      code: 0,
      phrases: 3,
      found: 3,
      correct: 3,
      accuracy: 100,
      fb1: 100,
    });
    expect(report.byType).toEqual({ GPE: 2, PERSON: 1 });
  });

  it('does not score 100% on the same file with tab separators', async () => {
    const report = await runConlleval(script, pasteNerColumn(conll.replaceAll(' ', '\t')));
    expect(report.accuracy).not.toBe(100);
    expect(report.output).toMatch(/Use of uninitialized value/);
  });
});
