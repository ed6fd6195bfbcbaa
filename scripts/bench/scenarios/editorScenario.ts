import { resolve } from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import type { BenchOptions } from '../benchOptions';
import { row, type BenchRow } from '../benchResult';
import { launchChromium } from '../browser';
import type { EditorMetrics, EditorRunRequest, EditorSubjectId } from '../editorPage/editorMetrics';
import { median } from '../measure';
import { serveFolder } from '../staticServer';

const root = resolve(import.meta.dirname, '../../..');
const METRICS = ['firstFrame', 'allReady', 'add', 'delete', 'undo', 'scroll'] as const;
type Metric = (typeof METRICS)[number];
const LABEL: Record<Metric, string> = {
  firstFrame: 'first frame with highlights',
  allReady: 'all highlights ready',
  add: 'add one span, seen',
  delete: 'delete one span, seen',
  undo: 'undo the delete, seen',
  scroll: 'scroll top→bottom (100 painted steps)',
};
const TARGET: Partial<Record<Metric, number>> = {
  firstFrame: 1.0,
  add: 1.2,
  delete: 1.2,
  undo: 1.2,
};

async function measureOnce(
  browser: Browser,
  url: string,
  request: EditorRunRequest,
): Promise<EditorMetrics> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(240_000);
    await page.goto(url);
    await page.waitForFunction(() => 'loupeBench' in window);
    return await page.evaluate((r) => window.loupeBench.run(r), request);
  } finally {
    await context.close();
  }
}

function medianOf(runs: readonly EditorMetrics[], metric: Metric): number | null {
  const values = runs.map((r) => r[metric]).filter((v): v is number => typeof v === 'number');
  return values.length ? median(values) : null;
}

/** Scenario 1: the editor in headless Chromium against a bare ProseMirror view and @recogito/text-annotator. */
export async function editorScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  log('editor: building the benchmark page');
  await build({
    configFile: resolve(root, 'scripts/bench/editorPage/vite.config.ts'),
    logLevel: 'warn',
  });
  const server = await serveFolder(resolve(root, 'out/bench-editor'));
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const factor of [10, 1]) {
      const scale = factor * options.scale;
      const base = {
        chars: Math.round(1_000_000 / scale),
        spans: Math.round(20_000 / scale),
        overlapping: Math.round(2_000 / scale),
        seed: 8,
        edits: 5,
        scrollSteps: 100,
      };
      const size = `${(base.chars / 1000).toLocaleString('en')} KB, ${base.spans.toLocaleString('en')}+${base.overlapping.toLocaleString('en')} spans`;
      const runs: Record<EditorSubjectId, EditorMetrics[]> = {
        loupe: [],
        prosemirror: [],
        recogito: [],
      };
      const notes: string[] = [];
      for (let i = 0; i < options.runs; i++) {
        for (const subject of ['prosemirror', 'loupe'] as const)
          runs[subject].push(await measureOnce(browser, server.url, { ...base, subject }));
      }
      // The reference component takes seconds per run at the large size: fewer runs.
      const referenceRuns = factor === 1 ? Math.min(options.runs, 2) : Math.min(options.runs, 3);
      for (let i = 0; i < referenceRuns; i++) {
        try {
          runs.recogito.push(
            await measureOnce(browser, server.url, { ...base, subject: 'recogito', edits: 3 }),
          );
        } catch (error) {
          notes.push(`@recogito/text-annotator failed: ${(error as Error).message.split('\n')[0]}`);
          break;
        }
      }
      log(`editor ${size}: loupe ${JSON.stringify(runs.loupe.at(-1))}`);
      log(`editor ${size}: prosemirror ${JSON.stringify(runs.prosemirror.at(-1))}`);
      log(`editor ${size}: recogito ${JSON.stringify(runs.recogito.at(-1) ?? null)}`);
      const visible = median(runs.loupe.map((r) => r.visibleSpans));
      for (const metric of METRICS) {
        const target = TARGET[metric];
        rows.push(
          row({
            scenario: 'editor',
            size,
            metric: LABEL[metric],
            unit: 'ms',
            loupe: medianOf(runs.loupe, metric),
            baseline: medianOf(runs.prosemirror, metric),
            reference: medianOf(runs.recogito, metric),
            target: target ? `≤ ${target.toFixed(1)}×` : '',
            runs: options.runs,
            ...(target ? { bound: { kind: '<=' as const, value: target } } : {}),
            ...(metric === 'firstFrame'
              ? { note: `${visible} span elements on screen in Loupe's first frame` }
              : {}),
            ...(metric === 'firstFrame' && notes.length ? { note: notes.join('; ') } : {}),
          }),
        );
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return rows;
}
