import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBratCorpus } from '../../../scripts/bench/learner/bratCorpus';
import { SHARED_DIR } from '../../../scripts/interop/sharedTools';
import { suggestionScores, trainLabeller } from '../../../src/shared/suggest';

const CONLL = join(SHARED_DIR, 'fixtures', 'real', 'brat', 'CoNLL-ST_2002');

/** The ten CoNLL-2002 Spanish documents brat ships, by name: the first seven train, the last three test. */
async function spanishSplit() {
  const docs = await readBratCorpus(join(CONLL, 'esp'), CONLL);
  return { train: docs.slice(0, 7), test: docs.slice(7) };
}

describe('trainLabeller', () => {
  it('learns a name from one sentence and finds it in another', () => {
    const model = trainLabeller(
      [
        { text: 'Mike Pompeo said so.', spans: [{ label: 'PER', start: 0, end: 11 }] },
        { text: 'Iraq asked. Pompeo left.', spans: [{ label: 'PER', start: 12, end: 18 }] },
      ],
      { seed: 3 },
    );
    const found = model.predict('Later Mike Pompeo said no.');
    const pompeo = found.find((s) => s.end === 17);
    expect(pompeo).toMatchObject({ label: 'PER', end: 17 });
    expect(pompeo?.confidence).toBeGreaterThan(0);
    expect(pompeo?.confidence).toBeLessThanOrEqual(1);
  });

  it('reaches a known exact-span F1 on held-out CoNLL-2002 Spanish documents, the same on every run', async () => {
    const { train, test } = await spanishSplit();
    const run = () => {
      // The temperature fit changes confidences only, never spans: left out to keep the test quick.
      // Word classes learn from every document's text, the test documents' too, as in a project.
      const unlabeledTexts = [...train, ...test].map((d) => d.text);
      const model = trainLabeller(train, { seed: 1, calibrationFolds: 0, unlabeledTexts });
      return suggestionScores(
        test.map((d) => ({
          id: d.name,
          text: d.text,
          reference: d.spans,
          predicted: model.predict(d.text),
        })),
      ).overall;
    };
    const first = run();
    // Seed 1, default passes (20 × 5 votes), spaCy's English tokens, features seen at least
    // three times, the lower-case and sentence-initial features, reliable gazetteer forms
    // proposed where the perceptron tagged nothing, and word classes learned from all ten
    // documents' text: 88 of the 136 test spans found exactly, 55 wrong, over BILOU tags
    // (89 and 52 over BIO tags; 84 and 57 over BIO without the word classes; 80 and 52 with
    // Loupe's word tokenizer and none of these). One split of three documents is noisy: the
    // bench's curves, not this figure, chose BILOU.
    expect(first).toMatchObject({ tp: 88, fp: 55, fn: 48 });
    expect(first.f1).toBeCloseTo(KNOWN_F1, 9);
    expect(run()).toEqual(first);
  }, 120_000);
});

/** 2 × 88 / (2 × 88 + 55 + 48), documented in README (Pre-annotation). */
const KNOWN_F1 = 176 / 279;
