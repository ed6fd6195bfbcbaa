import { copyFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
import { ISOLATION_HEADERS } from './againstPages';
import { measurePage, type PageFigures } from './appPages';
import { startSaveServer } from './durableSaves';
import { appRows, type SizeFigures } from './appRows';

const root = resolve(import.meta.dirname, '../../..');

/** Builds one of the bench's own pages (a folder beside this file) with Vite into `out/<name>`. */
async function buildPage(folder: string, name: string): Promise<string> {
  const outDir = resolve(root, 'out', name);
  await build({
    root: resolve(import.meta.dirname, folder),
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  return outDir;
}

/** Builds the bare ProseMirror page with Vite from the ProseMirror that TipTap brings. */
export function buildBarePage(): Promise<string> {
  return buildPage('barePage', 'bench-bare');
}

/**
 * Builds the bare page that also saves each edit to disk (`durablePage`: the least a durable
 * save adds, with Loupe's own edit socket), served isolated as Loupe's page is.
 */
export function buildDurablePage(): Promise<string> {
  return buildPage('durablePage', 'bench-durable');
}

/** The durable page's address on `statics` for document `docName`, saving to `saveUrl`. */
export function durablePageUrl(statics: { url: string }, docName: string, saveUrl: string): string {
  return `${statics.url}?doc=${docName}&save=${encodeURIComponent(saveUrl)}&via=slot`;
}

/** Up to which size the app scenario also times the durable page's edits (its opens are the bare page's). */
const DURABLE_UP_TO_SPANS = 2_200;

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
  log('app: building the bare ProseMirror pages');
  const bareDir = await buildBarePage();
  const statics = await serveFolder(bareDir);
  const durableDir = await buildDurablePage();
  const durableStatics = await serveFolder(durableDir, ISOLATION_HEADERS);
  const saveDir = await mkdtemp(join(tmpdir(), 'loupe-bench-saves-'));
  const saves = await startSaveServer(saveDir);
  const browser = await launchChromium();
  const home = await benchUserFolder(options);
  const figures: SizeFigures[] = [];
  const failed: string[] = [];
  const durable = { dir: durableDir, statics: durableStatics, saveUrl: saves.url };
  try {
    for (const [i, size] of documentSizes(options).entries()) {
      try {
        figures.push(
          await measureSize(options, size, i, { bareDir, statics, durable, browser, home }, log),
        );
      } catch (error) {
        // One size failing (a 10 MB page timing out) keeps the figures of the others.
        log(`app ${size.name} failed: ${(error as Error).stack ?? String(error)}`);
        failed.push(`app ${size.name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
    await statics.stop();
    await durableStatics.stop();
    await saves.stop();
    await rm(saveDir, { recursive: true, force: true });
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
    durable: { dir: string; statics: { url: string }; saveUrl: string };
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
  const withDurable = size.spans <= DURABLE_UP_TO_SPANS;
  if (withDurable) await copyFile(join(at.bareDir, docName), join(at.durable.dir, docName));
  const server = await serveProject(dir, at.home);
  const loupe: PageFigures[] = [];
  const bare: PageFigures[] = [];
  const durable: PageFigures[] = [];
  const steps = options.scale > 1 ? 20 : 60;
  try {
    const urls = {
      loupe: server.url,
      bare: `${at.statics.url}?doc=${docName}`,
      durable: durablePageUrl(at.durable.statics, docName, at.durable.saveUrl),
    };
    const sides = withDurable
      ? (['loupe', 'bare', 'durable'] as const)
      : (['loupe', 'bare'] as const);
    for (let round = 0; round < options.runs; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const kind of order) {
        const result = await measurePage(
          at.browser,
          urls[kind],
          kind === 'loupe' ? 'loupe' : 'bare',
          kind === 'durable' ? 0 : steps,
        );
        (kind === 'loupe' ? loupe : kind === 'bare' ? bare : durable).push(result);
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
      ...(withDurable
        ? {
            durable: {
              add: median(durable.map((p) => p.add)),
              remove: median(durable.map((p) => p.remove)),
              undo: median(durable.map((p) => p.undo)),
            },
          }
        : {}),
      api,
    };
  } finally {
    await server.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}
