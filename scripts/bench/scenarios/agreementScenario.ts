import { ProjectFolder, projectAgreement } from '../../../src/node';
import { ANNOTATORS, benchProject, projectSizes, sizeName } from '../benchProjects';
import type { BenchOptions } from '../benchOptions';
import { row, type BenchRow } from '../benchResult';
import { median, timeOnce } from '../measure';

/** Scenario 5: `loupe agree` (projectAgreement) on two annotators' layers, at two sizes ×10 apart; time per 1,000 spans should stay flat. */
export async function agreementScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const sizes = projectSizes(options);
  const perSpan: number[] = [];
  const totals: number[] = [];
  for (const size of [sizes.agreementSmall, sizes.large]) {
    const dir = await benchProject(options, size, log);
    const store = await ProjectFolder.open(dir);
    const query = { annotators: [...ANNOTATORS], match: 'exact' as const };
    await projectAgreement(store, query);
    const runs = Math.min(options.runs, 3);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await timeOnce(() => projectAgreement(store, query)));
    const spans = size.documents * size.spans * 2;
    totals.push(median(times));
    perSpan.push(median(times) / (spans / 1000));
    log(`agreement ${sizeName(size)}: ${median(times).toFixed(0)} ms`);
  }
  const [small, large] = perSpan as [number, number];
  return [
    row({
      scenario: 'agreement',
      size: sizeName(sizes.agreementSmall),
      metric: 'loupe agree, exact match (total)',
      unit: 'ms',
      loupe: totals[0] ?? null,
      baseline: null,
      target: '',
      runs: options.runs,
    }),
    row({
      scenario: 'agreement',
      size: sizeName(sizes.large),
      metric: 'loupe agree, exact match (total)',
      unit: 'ms',
      loupe: totals[1] ?? null,
      baseline: null,
      target: '',
      runs: options.runs,
    }),
    row({
      scenario: 'agreement',
      size: `${sizeName(sizes.large)} vs ${sizeName(sizes.agreementSmall)}`,
      metric: 'time per 1,000 spans, large vs small (linear = 1.0)',
      unit: 'ms/1k spans',
      loupe: large,
      baseline: small,
      target: '≤ 1.5×',
      bound: { kind: '<=', value: 1.5 },
      runs: options.runs,
      note: 'baseline: the same measure on the ×10 smaller project',
    }),
  ];
}
