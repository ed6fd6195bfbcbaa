import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { ProjectFolder } from '../../../src/node';
import { serveProject, type ServedProject } from '../../../tests/e2e/support/serveProject';
import type { BenchOptions } from '../benchOptions';
import {
  ANNOTATORS,
  benchUserFolder,
  documentProject,
  documentSizes,
  type DocumentSize,
} from '../benchProjects';
import type { BenchRow } from '../benchResult';
import { launchChromium } from '../browser';
import { median, timeOnce } from '../measure';
import { serveFolder } from '../staticServer';
import { measurePage, type PageFigures } from './appPages';
import { appRows, type SizeFigures } from './appRows';

const root = resolve(import.meta.dirname, '../../..');

/** Builds the bare ProseMirror page with Vite from the ProseMirror that TipTap brings. */
export async function buildBarePage(): Promise<string> {
  const outDir = resolve(root, 'out/bench-bare');
  await build({
    root: resolve(import.meta.dirname, 'barePage'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  return outDir;
}

/** One POST to the running app's API, as the renderer sends it. */
async function callApi(server: ServedProject, method: string, request: unknown): Promise<void> {
  const token = new URL(server.url).searchParams.get('token') ?? '';
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-loupe-token': token },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as { ok: boolean; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
}

/** Search, export and agreement through the running app's HTTP API: medians of `runs`. */
async function apiFigures(
  server: ServedProject,
  documentId: string,
  runs: number,
): Promise<{ search: number; export: number; agreement: number }> {
  const times = { search: [] as number[], export: [] as number[], agreement: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.search.push(
      await timeOnce(() =>
        callApi(server, 'searchText', {
          query: 'minister',
          scope: 'document',
          documentId,
          limit: 10_000,
        }),
      ),
    );
    times.export.push(
      await timeOnce(() =>
        callApi(server, 'exportProject', { format: 'spans-jsonl', annotator: ANNOTATORS[0] }),
      ),
    );
    times.agreement.push(
      await timeOnce(() =>
        callApi(server, 'agreement', { annotators: [...ANNOTATORS], match: 'exact' }),
      ),
    );
  }
  return {
    search: median(times.search),
    export: median(times.export),
    agreement: median(times.agreement),
  };
}

/** The generated document's text and first annotator's spans, for the bare page to fetch. */
export async function writeBareDocument(
  dir: string,
  outDir: string,
  name: string,
): Promise<string> {
  const store = await ProjectFolder.open(dir);
  const [meta] = store.listDocuments();
  if (!meta) throw new Error('the generated project has no documents');
  const text = await store.readText(meta.id);
  const layer = await store.readLayerShared(meta.id, ANNOTATORS[0]);
  await writeFile(join(outDir, name), JSON.stringify({ text, spans: layer.spans }));
  return meta.id;
}

function medianOf(rounds: readonly PageFigures[], key: keyof PageFigures): number {
  return median(rounds.map((r) => r[key]));
}

/**
 * Scenario `app`: the app users run. For each document size, `loupe serve` on a copy of the
 * generated project and the real renderer in headless Chromium, beside a bare ProseMirror
 * page with one DecorationSet of the same text and spans; rounds alternate which goes first
 * so background load hits both alike.
 */
export async function appScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  log('app: building the bare ProseMirror page');
  const bareDir = await buildBarePage();
  const statics = await serveFolder(bareDir);
  const browser = await launchChromium();
  const home = await benchUserFolder(options);
  const figures: SizeFigures[] = [];
  const failed: string[] = [];
  try {
    for (const [i, size] of documentSizes(options).entries()) {
      try {
        figures.push(await measureSize(options, size, i, { bareDir, statics, browser, home }, log));
      } catch (error) {
        // One size failing (a 10 MB page timing out) keeps the figures of the others.
        log(`app ${size.name} failed: ${(error as Error).stack ?? String(error)}`);
        failed.push(`app ${size.name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
    await statics.stop();
  }
  if (failed.length && figures.length === 0) throw new Error(failed.join('; '));
  return [...appRows(figures, options), ...failed.map((reason) => failedRow(reason))];
}

/** A row that says a size could not be measured, and why. */
function failedRow(reason: string): BenchRow {
  const [name = 'app', ...rest] = reason.split(': ');
  return {
    scenario: 'app',
    size: name.replace(/^app /, ''),
    metric: `not measured: ${rest.join(': ')}`,
    unit: 'ms',
    loupe: null,
    baseline: null,
    ratio: null,
    target: '',
    met: null,
    runs: 0,
  };
}

async function measureSize(
  options: BenchOptions,
  size: DocumentSize,
  index: number,
  at: {
    bareDir: string;
    statics: { url: string };
    browser: Awaited<ReturnType<typeof launchChromium>>;
    home: string;
  },
  log: (line: string) => void,
): Promise<SizeFigures> {
  const generated = await documentProject(options, size, log);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-bench-app-'));
  const dir = join(scratch, 'project');
  await cp(generated, dir, { recursive: true });
  const docName = `doc-${index}.json`;
  const documentId = await writeBareDocument(dir, at.bareDir, docName);
  const server = await serveProject(dir, at.home);
  const loupe: PageFigures[] = [];
  const bare: PageFigures[] = [];
  const steps = options.scale > 1 ? 20 : 60;
  try {
    const bareUrl = `${at.statics.url}?doc=${docName}`;
    for (let round = 0; round < options.runs; round++) {
      const order = round % 2 === 0 ? (['loupe', 'bare'] as const) : (['bare', 'loupe'] as const);
      for (const kind of order) {
        const result = await measurePage(
          at.browser,
          kind === 'loupe' ? server.url : bareUrl,
          kind,
          steps,
        );
        (kind === 'loupe' ? loupe : bare).push(result);
      }
      const open = (p: PageFigures | undefined): string =>
        p ? `${p.first.toFixed(0)}/${p.all.toFixed(0)}/${p.ready.toFixed(0)}` : '?';
      log(
        `app ${size.name} round ${round + 1}: open first/all/ready ${open(loupe.at(-1))} ms vs ${open(bare.at(-1))} ms, add ${loupe.at(-1)?.add.toFixed(0)} ms vs ${bare.at(-1)?.add.toFixed(0)} ms`,
      );
    }
    const api = await apiFigures(server, documentId, options.runs);
    const keys = [
      'first',
      'all',
      'ready',
      'heap',
      'add',
      'remove',
      'undo',
      'scrollP95',
      'keyWait',
      'longTask',
    ] as const;
    return {
      size,
      runs: options.runs,
      loupe: Object.fromEntries(keys.map((k) => [k, medianOf(loupe, k)])) as unknown as PageFigures,
      bare: Object.fromEntries(keys.map((k) => [k, medianOf(bare, k)])) as unknown as PageFigures,
      api,
    };
  } finally {
    await server.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}
