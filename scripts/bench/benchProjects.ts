import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './benchOptions';
import { generateProject, type ProjectSize } from './data/generateProject';

/** Bump when generated data changes, so cached projects are made again. */
const DATA_VERSION = 1;

/** The projects of one run: small and large for store/open/export, and the agreement pair. */
export interface BenchProjectSizes {
  readonly small: ProjectSize;
  readonly large: ProjectSize;
  /** Two annotators, ×10 fewer documents than `large`. */
  readonly agreementSmall: ProjectSize;
}

export const ANNOTATORS = ['amira', 'omar'] as const;

export function projectSizes(options: BenchOptions): BenchProjectSizes {
  const annotators = [...ANNOTATORS];
  if (options.scale >= 1000)
    return {
      small: { documents: 4, spans: 10, annotators },
      large: { documents: 10, spans: 30, annotators },
      agreementSmall: { documents: 1, spans: 30, annotators },
    };
  if (options.scale > 1)
    return {
      small: { documents: 32, spans: 32, annotators: ['amira'] },
      large: { documents: 316, spans: 316, annotators },
      agreementSmall: { documents: 32, spans: 316, annotators },
    };
  return {
    small: { documents: 100, spans: 100, annotators: ['amira'] },
    large: { documents: 1000, spans: 1000, annotators },
    agreementSmall: { documents: 100, spans: 1000, annotators },
  };
}

export function sizeName(size: ProjectSize): string {
  return `${size.documents.toLocaleString('en')} docs × ${size.spans.toLocaleString('en')} spans`;
}

/** The folder that holds generated projects (kept between runs; `--work DIR` moves it). */
export function dataFolder(options: BenchOptions): string {
  return options.workDir ?? join(tmpdir(), 'loupe-bench-data');
}

/** A generated project of this size, made once and reused while its marker matches. */
export async function benchProject(
  options: BenchOptions,
  size: ProjectSize,
  log: (line: string) => void,
): Promise<string> {
  const key = `v${DATA_VERSION}-${size.documents}x${size.spans}-${size.annotators.join('+')}`;
  const dir = join(dataFolder(options), key);
  const marker = join(dir, '.bench-complete');
  if (existsSync(marker) && (await readFile(marker, 'utf8')) === key) return dir;
  log(`generating ${sizeName(size)} (${size.annotators.length} annotator(s)) in ${dir}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await generateProject(dir, size);
  await writeFile(marker, key);
  return dir;
}

/** A user folder with an annotator name set, as the workbench needs one to edit. */
export async function benchUserFolder(options: BenchOptions): Promise<string> {
  const dir = join(dataFolder(options), 'user');
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'settings.json'),
    JSON.stringify({ formatVersion: 1, annotator: ANNOTATORS[0], snapToWords: true }),
  );
  return dir;
}
