// Run by the export scenario in a fresh process: one export (or the baseline) of a project's
// first document, timed from a warm module load to the durable write, printed as JSON: wall
// milliseconds (`ms`, what the bench reports) and the main thread's CPU milliseconds (`cpu`, from
// Linux's schedstat; less moved by other processes on a loaded machine, null elsewhere).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportProject, ProjectFolder, writeExportFiles } from '../../src/node';
import { atomicWrite } from '../../src/node/store';
import type { ExportFormat } from '../../src/shared/contract/interchange';

/** CPU milliseconds the calling thread has run, or null where Linux's schedstat is not there. */
function threadCpu(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const [mode, dir, out] = process.argv.slice(2);
  if (!mode || !dir || !out)
    throw new Error('usage: coldExport.ts <format|baseline> <project> <out>');
  const store = await ProjectFolder.open(dir);
  const meta = store.listDocuments()[0];
  if (!meta) throw new Error(`${dir} has no document`);
  // Both sides start with the text and layer read: what differs is the first export itself.
  const text = await store.readText(meta.id);
  const layer = await store.readLayerShared(meta.id, 'amira');
  const cpu = threadCpu();
  const start = performance.now();
  if (mode === 'baseline') {
    await atomicWrite(join(out, 'document.json'), JSON.stringify({ text, spans: layer.spans }));
  } else {
    const request = {
      format: mode as ExportFormat,
      annotator: 'amira',
      overlaps: 'longest' as const,
    };
    const exported = await exportProject(store, request);
    await writeExportFiles(join(out, `cold-${mode}`), exported.result.files);
  }
  const ms = performance.now() - start;
  const end = threadCpu();
  process.stdout.write(
    `${JSON.stringify({ ms, cpu: cpu === null || end === null ? null : end - cpu })}\n`,
  );
}

void main();
