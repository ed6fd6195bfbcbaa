import type { BenchOptions } from '../benchOptions';
import { row, type BenchRow } from '../benchResult';
import { learnerTable, runLearnerBench } from '../learner/learnerBench';

/**
 * Scenario 7: Loupe's learner (`loupe suggest`) against CRFsuite (the baseline column) and a
 * gazetteer (the reference column) at 60 training documents; the full learning curves are
 * printed to the log. `--quick`: one corpus, one split.
 */
export async function learnerScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const result = await runLearnerBench(options.quick, log);
  log(`\n${learnerTable(result)}`);
  return result.curves.flatMap((curve) => {
    const at60 = curve.points.find((p, i) => p.train === 60 && i < curve.points.length - 1);
    if (!at60) return [];
    return [
      row({
        scenario: 'learner',
        size: `${curve.corpus}, 60 training docs`,
        metric: 'exact span F1 vs CRFsuite (reference: gazetteer)',
        unit: 'F1',
        loupe: at60.loupe,
        baseline: at60.crfsuite,
        reference: at60.gazetteer,
        target: '≥ 1.0×',
        bound: { kind: '>=', value: 1 },
        runs: curve.splits,
        note: `Loupe − gazetteer = ${(at60.loupe - at60.gazetteer).toFixed(3)} (target ≥ 0.05)`,
      }),
    ];
  });
}
