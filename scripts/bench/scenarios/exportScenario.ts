import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportProject, ProjectFolder, writeExportFiles } from '../../../src/node';
import type { ExportFormat } from '../../../src/shared/contract/interchange';
import { benchProject, projectSizes, sizeName } from '../benchProjects';
import type { BenchOptions } from '../benchOptions';
import { row, type BenchRow } from '../benchResult';
import { medianPair } from '../measure';

const FORMATS: readonly { id: ExportFormat; name: string }[] = [
  { id: 'spans-jsonl', name: 'spans JSONL' },
  { id: 'conll', name: 'CoNLL' },
  { id: 'hf', name: 'HF token classification' },
];

/** Scenario 4: exports of one layer of the whole project, against JSON.stringify of the same records and one write. */
export async function exportScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const sizes = projectSizes(options);
  const rows: BenchRow[] = [];
  const out = await mkdtemp(join(tmpdir(), 'loupe-bench-export-'));
  try {
    for (const size of [sizes.small, sizes.large]) {
      const dir = await benchProject(options, size, log);
      const store = await ProjectFolder.open(dir);
      let megabytes = 0;
      for (const meta of store.listDocuments())
        megabytes += Buffer.byteLength(await store.readText(meta.id)) / 1e6;
      const runs = size === sizes.large ? Math.min(options.runs, 3) : options.runs;
      for (const format of FORMATS) {
        const target = join(out, format.id);
        const loupe = async (): Promise<void> => {
          const exported = await exportProject(store, {
            format: format.id,
            annotator: 'amira',
          });
          await writeExportFiles(target, exported.result.files);
        };
        // The same records Loupe writes, as plain objects: JSON Lines parsed back, CoNLL as [token, tag] rows per sentence.
        const sample = await exportProject(store, {
          format: format.id,
          annotator: 'amira',
        });
        const records = sample.result.files.flatMap((file) => recordsOf(format.id, file.content));
        const baseline = (): Promise<void> =>
          writeFile(
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
            note: `${megabytes.toFixed(1)} MB of text; Loupe ${pair.subject.toFixed(0)} ms (read layers, tokenize, build, write) vs baseline ${pair.baseline.toFixed(0)} ms (JSON.stringify of the same ${records.length} records + one write)`,
          }),
        );
      }
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  return rows;
}

/** The records of one exported file: JSON Lines parsed, CoNLL sentences as [token, tag] rows, other files as one string. */
function recordsOf(format: ExportFormat, content: string): unknown[] {
  const lines = content.split('\n');
  if (format === 'conll') {
    const sentences: string[][][] = [[]];
    for (const line of lines) {
      if (line === '') sentences.push([]);
      else (sentences.at(-1) as string[][]).push(line.split('\t'));
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
