import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { exportProject, ProjectFolder, writeExportFiles } from '../../../src/node';
import { atomicWrite } from '../../../src/node/store';
import type { ExportFormat } from '../../../src/shared/contract/interchange';
import { releaseFiles } from '../../../src/shared/formats';
import { benchProject, dataFolder, projectSizes, sizeName } from '../benchProjects';
import type { BenchOptions } from '../benchOptions';
import { row, type BenchRow } from '../benchResult';
import { generateDocumentProject, LARGE_DOCUMENT } from '../data/generateDocumentProject';
import { median, medianPair } from '../measure';

const FORMATS: readonly { id: ExportFormat; name: string }[] = [
  { id: 'spans-jsonl', name: 'spans JSONL' },
  { id: 'conll', name: 'CoNLL' },
  { id: 'hf', name: 'HF token classification' },
];

const run = promisify(execFile);
const coldScript = resolve(import.meta.dirname, '../coldExport.ts');

/** Milliseconds of one export (or of the baseline) as the first thing a fresh process does after reading the document. */
async function coldRun(mode: ExportFormat | 'baseline', dir: string, out: string): Promise<number> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', coldScript, mode, dir, out], {
    maxBuffer: 1 << 20,
  });
  return (JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number }).ms;
}

/** The bench data has overlapping spans (10%): token formats keep the longest of each overlap. */
const OVERLAPS = 'longest';

/** Scenario 4: exports of one layer of the whole project, against JSON.stringify of the same records and one durable write. */
export async function exportScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const sizes = projectSizes(options);
  const rows: BenchRow[] = [];
  const out = await mkdtemp(join(tmpdir(), 'loupe-bench-export-'));
  try {
    rows.push(...(await longDocument(options, out, log)));
    for (const size of [sizes.small, sizes.large]) {
      const dir = await benchProject(options, size, log);
      const store = await ProjectFolder.open(dir);
      let megabytes = 0;
      for (const meta of store.listDocuments())
        megabytes += Buffer.byteLength(await store.readText(meta.id)) / 1e6;
      const runs = size === sizes.large ? Math.min(options.runs, 3) : options.runs;
      for (const format of FORMATS) {
        const target = join(out, format.id);
        const request = { format: format.id, annotator: 'amira', overlaps: OVERLAPS } as const;
        // As the app's export does: build, write, give the output buffers back.
        const loupe = async (): Promise<void> => {
          const exported = await exportProject(store, request);
          await writeExportFiles(target, exported.result.files);
          releaseFiles(exported.result.files);
        };
        // The same records Loupe writes, as plain objects: JSON Lines parsed back, CoNLL as rows of columns per sentence.
        const sample = await exportProject(store, request);
        const records = sample.result.files.flatMap((file) => recordsOf(format.id, file.content));
        // Written durably, as the long document's baseline and every export are: the target is
        // JSON.stringify + a durable write (atomicWrite), not a write the page cache may still lose.
        const baseline = (): Promise<void> =>
          atomicWrite(
            join(out, 'baseline.jsonl'),
            records.map((r) => `${JSON.stringify(r)}\n`).join(''),
          );
        const pair = await medianPair(runs, loupe, baseline);
        log(
          `export ${format.name} ${sizeName(size)}: ${pair.subject.toFixed(0)} ms vs ${pair.baseline.toFixed(0)} ms`,
        );
        rows.push(
          row({
            scenario: 'export',
            size: sizeName(size),
            metric: `${format.name} throughput (MB of text/s)`,
            unit: 'MB/s',
            loupe: megabytes / (pair.subject / 1000),
            baseline: megabytes / (pair.baseline / 1000),
            target: '≥ 0.5×',
            bound: { kind: '>=', value: 0.5 },
            runs,
            note: `${megabytes.toFixed(1)} MB of text; Loupe ${pair.subject.toFixed(0)} ms (read layers, tokenize, build, write) vs baseline ${pair.baseline.toFixed(0)} ms (JSON.stringify of the same ${records.length} records + one durable write)`,
          }),
        );
      }
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  return rows;
}

/**
 * The editor's 1 MB document with 22,000 spans, exported in each token format (read, tokenize,
 * tag, write durably) against JSON.stringify of its text and spans written durably.
 */
async function longDocument(
  options: BenchOptions,
  out: string,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const scale = options.scale;
  const size = {
    chars: Math.round(LARGE_DOCUMENT.chars / scale),
    spans: Math.round(LARGE_DOCUMENT.spans / scale),
    overlapping: Math.round(LARGE_DOCUMENT.overlapping / scale),
  };
  const dir = join(dataFolder(options), `document-${size.chars}-${size.spans}`);
  await rm(dir, { recursive: true, force: true });
  await generateDocumentProject(dir, 'amira', size);
  const store = await ProjectFolder.open(dir);
  const meta = store.listDocuments()[0];
  if (!meta) throw new Error('the bench document project has no document');
  const text = await store.readText(meta.id);
  const layer = await store.readLayerShared(meta.id, 'amira');
  const megabytes = Buffer.byteLength(text) / 1e6;
  const label = `${(size.chars / 1000).toLocaleString('en')} KB, ${size.spans.toLocaleString('en')}+${size.overlapping.toLocaleString('en')} spans`;
  const rows: BenchRow[] = [];
  for (const format of FORMATS) {
    const target = join(out, `document-${format.id}`);
    // As the app's export does: build, write, give the output buffers back.
    const loupe = async (): Promise<void> => {
      const exported = await exportProject(store, {
        format: format.id,
        annotator: 'amira',
        overlaps: OVERLAPS,
      });
      await writeExportFiles(target, exported.result.files);
      releaseFiles(exported.result.files);
    };
    const baseline = (): Promise<void> =>
      atomicWrite(join(out, 'document.json'), JSON.stringify({ text, spans: layer.spans }));
    // One pair takes well under 0.2 s: enough rounds that one quick baseline round cannot move the median.
    const warmRuns = Math.max(options.runs, 9);
    const pair = await medianPair(warmRuns, loupe, baseline);
    log(
      `export ${format.name} ${label}: ${pair.subject.toFixed(0)} ms vs ${pair.baseline.toFixed(0)} ms`,
    );
    // The first export in a fresh process: tokenizer rules built, the text tokenized, code not yet optimized.
    const cold: number[] = [];
    const coldBaseline: number[] = [];
    for (let i = 0; i < Math.min(options.runs, 3); i++) {
      cold.push(await coldRun(format.id, dir, out));
      coldBaseline.push(await coldRun('baseline', dir, out));
    }
    log(
      `export ${format.name} ${label}, first in a fresh process: ${median(cold).toFixed(0)} ms vs ${median(coldBaseline).toFixed(0)} ms`,
    );
    rows.push(
      row({
        scenario: 'export',
        size: label,
        metric: `${format.name} first export in a fresh process (MB of text/s)`,
        unit: 'MB/s',
        loupe: megabytes / (median(cold) / 1000),
        baseline: megabytes / (median(coldBaseline) / 1000),
        target: '≥ 0.5×',
        bound: { kind: '>=', value: 0.5 },
        runs: cold.length,
        note: `each run a new process that has read the document: Loupe ${median(cold).toFixed(0)} ms (tokenizer rules built, text tokenized, code not yet optimized, durable write) vs baseline ${median(coldBaseline).toFixed(0)} ms (the same process shape, JSON.stringify + durable write)`,
      }),
    );
    rows.push(
      row({
        scenario: 'export',
        size: label,
        metric: `${format.name} throughput (MB of text/s)`,
        unit: 'MB/s',
        loupe: megabytes / (pair.subject / 1000),
        baseline: megabytes / (pair.baseline / 1000),
        target: '≥ 0.5×',
        bound: { kind: '>=', value: 0.5 },
        runs: warmRuns,
        note: `one document of ${megabytes.toFixed(2)} MB; Loupe ${pair.subject.toFixed(0)} ms (read, tokenize, tag, durable write) vs baseline ${pair.baseline.toFixed(0)} ms (JSON.stringify of its text and ${layer.spans.length} spans + durable write)`,
      }),
    );
  }
  return rows;
}

/** The records of one exported file: JSON Lines parsed, CoNLL sentences as rows of columns, other files as one string. */
export function recordsOf(format: ExportFormat, content: string): unknown[] {
  const lines = content.split('\n');
  if (format === 'conll') {
    const sentences: string[][][] = [[]];
    for (const line of lines) {
      if (line === '') sentences.push([]);
      else (sentences.at(-1) as string[][]).push(line.split(' '));
    }
    return sentences.filter((sentence) => sentence.length > 0);
  }
  const parsed = lines
    .filter((line) => line.trim() !== '')
    .map((line): unknown => {
      try {
        return JSON.parse(line);
      } catch {
        return line;
      }
    });
  return parsed;
}
