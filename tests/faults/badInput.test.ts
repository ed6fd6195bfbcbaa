import { describe, expect, it } from 'vitest';
import { faultSizes } from './support/faultSizes';
import { reportCounts } from './support/faultReport';
import { fragmentOf } from '../../src/shared/spans';
import { bundleProblem, fuzzReaders, readableFormats, readOutcome } from './support/formatFuzz';

const sizes = faultSizes();

describe('bad input: every reader, fed generated and damaged files', () => {
  it(
    `returns a storable bundle or throws FormatErrors for ${sizes.formatInputs} inputs per format (seed ${sizes.seed}: LOUPE_FAULTS_SEED=${sizes.seed} runs them again)`,
    { timeout: 60_000 + sizes.formatInputs * 50 },
    () => {
      const report = fuzzReaders(sizes.formatInputs, sizes.seed);
      reportCounts({ suite: 'formats', inputs: report.inputs, failures: report.failures.length });
      expect(report.failures).toEqual([]);
      // Plain text takes almost any text; every structured format must have met inputs it rejects.
      for (const format of readableFormats().filter((f) => f.id !== 'txt')) {
        expect(
          report.rejected[format.id],
          `${format.id}: no input was rejected, so nothing was damaged`,
        ).toBeGreaterThan(sizes.formatInputs / 10);
      }
    },
  );

  it('notices a reader that throws something else or returns offsets past the text (the checker checks)', () => {
    const [format] = readableFormats();
    if (!format) throw new Error('no reader');
    const crashing = { ...format, read: () => JSON.parse('{') as never };
    expect(readOutcome(crashing, [{ path: 'a.txt', content: '' }]).failure).toMatch(
      /threw SyntaxError/,
    );
    const bundle = {
      documents: [
        {
          name: 'a',
          text: 'IBM',
          spans: [{ label: 'ORG', fragments: [fragmentOf(0, 4)] }],
          relations: [],
          stances: [],
          entities: [],
          documentLabels: {},
        },
      ],
      entities: [],
      labels: ['ORG'],
      warnings: [],
    };
    expect(bundleProblem(bundle)).toMatch(/past the text/);
  });
});
