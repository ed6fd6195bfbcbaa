// Run by the export scenario in a fresh process: one export (or the baseline) of a project's
// first document, timed from a warm module load to the durable write, printed as JSON.
import { join } from 'node:path';
import { exportProject, ProjectFolder, writeExportFiles } from '../../src/node';
import { atomicWrite } from '../../src/node/store';
import type { ExportFormat } from '../../src/shared/contract/interchange';

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
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - start })}\n`);
}

void main();
