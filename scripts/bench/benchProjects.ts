import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, DocumentSizeKey } from './benchOptions';
import { generateProject, type ProjectSize } from './data/generateProject';

/** Bump when generated data changes, so cached projects are made again. */
const DATA_VERSION = 3;

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
  const chars = size.chars === undefined ? '' : `-${size.chars}c`;
  const key = `v${DATA_VERSION}-${size.documents}x${size.spans}${chars}-${size.annotators.join('+')}`;
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

/** One generated document of a given size: the curve the app and the store are measured along. */
export interface DocumentSize {
  /** The name `--sizes` takes. */
  readonly key: DocumentSizeKey;
  readonly name: string;
  readonly chars: number;
  readonly spans: number;
}

/** 1 KB / 10 spans, 100 KB / 2.2k, 1 MB / 22k; 10 MB / 220k in full mode only (the tiny smoke run keeps two small ones); `--sizes` picks any. */
export function documentSizes(options: BenchOptions): DocumentSize[] {
  const sizes: DocumentSize[] = [
    { key: '1kb', name: '1 KB / 10 spans', chars: 1_000, spans: 10 },
    { key: '100kb', name: '100 KB / 2.2k spans', chars: 100_000, spans: 2_200 },
    { key: '1mb', name: '1 MB / 22k spans', chars: 1_000_000, spans: 22_000 },
    { key: '10mb', name: '10 MB / 220k spans', chars: 10_000_000, spans: 220_000 },
  ];
  const { sizes: only } = options;
  if (only) return sizes.filter((size) => only.includes(size.key));
  if (options.scale >= 1000) return sizes.slice(0, 2);
  return options.scale > 1 ? sizes.slice(0, 3) : sizes;
}

/** A project holding one generated document of `size`, annotated by both bench annotators (they mostly agree). */
export function documentProject(
  options: BenchOptions,
  size: DocumentSize,
  log: (line: string) => void,
): Promise<string> {
  return benchProject(
    options,
    { documents: 1, spans: size.spans, chars: size.chars, annotators: [...ANNOTATORS] },
    log,
  );
}
