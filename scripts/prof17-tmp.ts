import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbench } from '../src/node';
const src = '/tmp/loupe-bench-data/v2-1x22000-1000000c-amira';
const dir = join(mkdtempSync(join(tmpdir(), 'p17-')), 'p');
cpSync(src, dir, { recursive: true });
const wb = await createWorkbench(dir, { userFolder: '/tmp/loupe-bench-data/user' });
const [d] = await wb.listDocuments({});
await wb.openDocument({ documentId: d!.id });
const t0 = performance.now();
for (let i = 0; i < 1500; i++) {
  const r = await wb.addSpan({ documentId: d!.id, label: 'PERSON', fragments: [{ start: 10, end: 20 }] });
  await wb.deleteSpan({ documentId: d!.id, spanId: r.changes[0]!.upserted[0]!.id });
}
console.log('per op ms', (performance.now() - t0) / 3000);
await wb.close();
