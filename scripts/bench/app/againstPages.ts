import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SECURITY_HEADERS } from '../../../src/server/securityHeaders';
import { serveProject, type ServedProject } from '../../../tests/e2e/support/serveProject';
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

type Serve = typeof serveProject;
type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** Whose page: this checkout's app, the other checkout's, or the bench's bare ProseMirror page. */
export type Side = 'this' | 'other' | 'bare';

/** The pages the edit comparisons take turns on, and how to put them away. */
export interface AgainstPages {
  readonly size: DocumentSize;
  readonly browser: Browser;
  /** The sides served: this and the other app, and the bare page when asked for. */
  readonly sides: readonly Side[];
  url(side: Side): string;
  close(): Promise<void>;
}

/**
 * Whether `argv` asks for the bare page: `--bare`, or `--bare-isolated` for the bare page served
 * cross-origin isolated as Loupe's host serves its page (the same opener and embedder policies):
 * a fresh tab then starts a process of its own for either page, so an open compares the pages'
 * own work and not what the browser spends on isolation.
 */
export function bareWanted(argv: readonly string[]): boolean {
  return argv.includes('--bare') || argv.includes('--bare-isolated');
}

/** The headers `--bare-isolated` adds to the bare page's: those that make Loupe's page isolated. */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SECURITY_HEADERS).filter(([name]) => /^Cross-Origin-(Opener|Embedder)/.test(name)),
);

/** The value after `name` in `argv`. */
export function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
}

/**
 * `loupe serve` of this checkout and of `--against <checkout>` (its own serve and renderer),
 * each on its own copy of the generated document `--size N` (0 = 1 KB … 3 = 10 MB), one user folder,
 * optionally the bare page on the same document ({@link bareWanted}), and one headless Chromium.
 */
export async function openAgainstPages(
  argv: readonly string[],
  name: string,
  withBare: boolean,
): Promise<AgainstPages> {
  const against = argument(argv, '--against');
  if (!against) throw new Error('--against <checkout> is required');
  const options = parseBenchOptions(['--quick']);
  const size = documentSizes({ ...options, scale: 1 })[Number(argument(argv, '--size') ?? 0)];
  if (!size) throw new Error('no such size');
  const otherServe = (
    (await import(join(resolve(against), 'tests/e2e/support/serveProject.ts'))) as {
      serveProject: Serve;
    }
  ).serveProject;
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), `loupe-${name}-`));
  const home = await benchUserFolder(options);
  const servers: Record<'this' | 'other', ServedProject | null> = { this: null, other: null };
  const bareDir = withBare ? await buildBarePage() : null;
  const isolated = argv.includes('--bare-isolated') ? ISOLATION_HEADERS : {};
  const statics = bareDir ? await serveFolder(bareDir, isolated) : null;
  const browser = await launchChromium();
  const close = async (): Promise<void> => {
    await browser.close();
    await Promise.all([servers.this?.stop(), servers.other?.stop(), statics?.stop()]);
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    for (const [side, serve] of [
      ['this', serveProject],
      ['other', otherServe],
    ] as const) {
      const dir = join(scratch, side);
      await cp(generated, dir, { recursive: true });
      if (bareDir && side === 'this') await writeBareDocument(dir, bareDir, `doc-${name}.json`);
      servers[side] = await serve(dir, home);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    size,
    browser,
    sides: withBare ? ['this', 'other', 'bare'] : ['this', 'other'],
    url: (side) =>
      side === 'bare' ? `${statics?.url}?doc=doc-${name}.json` : (servers[side]?.url ?? ''),
    close,
  };
}
