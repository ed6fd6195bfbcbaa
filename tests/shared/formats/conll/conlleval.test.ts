import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeConll } from '../../../../src/shared/formats';
import { runConlleval } from '../../../../scripts/interop/conlleval';
import { pasteNerColumn } from '../../../../scripts/interop/pasteNerColumn';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { bundle, doc, span } from '../build';

/** The CoNLL-2000 scorer, unchanged, beside the checkout (../shared/tools/README.md). */
const CONLLEVAL = join(SHARED_DIR, 'tools', 'conlleval.pl');
const absent = !existsSync(CONLLEVAL);
if (absent) console.warn(`skipped: conlleval.pl is absent (${CONLLEVAL})`);

// Mike Pompeo (PERSON) visited Iraq (GPE) . The US (GPE) rejected it . — 10 words, 3 phrases;
// conlleval.pl counts the -DOCSTART- line as one more token (tagged O): 11 tokens
const TEXT = 'Mike Pompeo visited Iraq. The US rejected it.';
const GOLD = [span(0, 11, 'PERSON'), span(20, 24, 'GPE'), span(30, 32, 'GPE')];

function exported(): string {
  return writeConll(bundle(doc(TEXT, { spans: GOLD }))).files[0]?.content ?? '';
}

/** The export with a prediction column: each tag the function gives for row k (word rows only). */
function withPrediction(content: string, predict: (gold: string, k: number) => string): string {
  let k = 0;
  return content
    .split('\n')
    .map((line) => {
      if (line === '' || line.startsWith('-DOCSTART-')) return line === '' ? line : `${line} O`;
      const gold = line.split(' ').at(-1) as string;
      return `${line} ${predict(gold, k++)}`;
    })
    .join('\n');
}

describe.skipIf(absent)('CoNLL export read by conlleval.pl', () => {
  it('scores the gold column against itself 100% with 3 phrases (2 GPE, 1 PERSON)', async () => {
    const report = await runConlleval(CONLLEVAL, pasteNerColumn(exported()));
    expect(report.output).not.toMatch(/Use of uninitialized|unexpected number/u);
    expect(report).toMatchObject({
      code: 0,
      tokens: 11,
      phrases: 3,
      found: 3,
      correct: 3,
      accuracy: 100,
      fb1: 100,
      byType: { GPE: 2, PERSON: 1 },
    });
  });

  it('scores a prediction with one entity a token too long and one missed as worked out by hand', async () => {
    // rows: Mike Pompeo visited Iraq . | The US rejected it .
    // prediction: visited I-PERSON (PERSON too long: wrong), US O (missed): found 2, correct 1 (Iraq),
    // precision 1/2 = 50.00%, recall 1/3 = 33.33%, FB1 = 40.00, accuracy 9/11 tokens = 81.82%.
    const predicted = withPrediction(exported(), (gold, k) =>
      k === 2 ? 'I-PERSON' : k === 6 ? 'O' : gold,
    );
    const report = await runConlleval(CONLLEVAL, predicted);
    expect(report).toMatchObject({ code: 0, tokens: 11, phrases: 3, found: 2, correct: 1 });
    expect(report.accuracy).toBe(81.82);
    expect(report.fb1).toBe(40);
    expect(report.output).toMatch(/precision:\s+50\.00%; recall:\s+33\.33%/u);
  });
});
