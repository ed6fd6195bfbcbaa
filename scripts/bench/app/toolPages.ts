import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveProject } from '../../../tests/e2e/support/serveProject';
import { parseBenchOptions } from '../benchOptions';
import {
  benchUserFolder,
  documentProject,
  documentSizes,
  type DocumentSize,
} from '../benchProjects';
import { launchChromium } from '../browser';
import { serveFolder } from '../staticServer';
import { buildBarePage, writeBareDocument } from './appScenario';

type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** What the open tools (openTrace, profileHeap, waterfall) look at, and how to put it away. */
export interface ToolPages {
  readonly size: DocumentSize;
  /** Name and address of each page: Loupe's, then the bare ProseMirror page's with `--bare`. */
  readonly pages: readonly (readonly [string, string])[];
  readonly browser: Browser;
  close(): Promise<void>;
}

/** The value after `name` in `argv`. */
export function argOf(argv: readonly string[], name: string): string | undefined {
  return argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined;
}

/**
 * `loupe serve` on a copy of the generated document `--size N` (0 unless given), with `--bare`
 * the bare ProseMirror page serving the same document too, and one headless Chromium.
 */
export async function openToolPages(argv: readonly string[], name: string): Promise<ToolPages> {
  const options = parseBenchOptions(['--quick', ...argv.filter((a) => a !== '--bare')]);
  const size = documentSizes({ ...options, scale: 1 })[Number(argOf(argv, '--size') ?? 0)];
  if (!size) throw new Error('no such size');
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), `loupe-${name}-`));
  await cp(generated, join(scratch, 'p'), { recursive: true });
  const server = await serveProject(join(scratch, 'p'), await benchUserFolder(options));
  const pages: (readonly [string, string])[] = [['Loupe', server.url]];
  const bareDir = argv.includes('--bare') ? await buildBarePage() : null;
  const statics = bareDir ? await serveFolder(bareDir) : null;
  if (bareDir && statics) {
    await writeBareDocument(join(scratch, 'p'), bareDir, `doc-${name}.json`);
    pages.push(['bare ProseMirror', `${statics.url}?doc=doc-${name}.json`]);
  }
  const browser = await launchChromium();
  return {
    size,
    pages,
    browser,
    async close() {
      await browser.close();
      await statics?.stop();
      await server.stop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
