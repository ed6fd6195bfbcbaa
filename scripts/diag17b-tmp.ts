import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbench } from '../src/node';
const dir = join(await mkdtemp(join(tmpdir(), 'diag-')), 'p');
await cp(process.argv[2]!, dir, { recursive: true });
const wb = await createWorkbench(dir, { userFolder: '/tmp/loupe-bench-data/user' });
const [d] = await wb.listDocuments({});
let t = performance.now();
await wb.openDocument({ documentId: d!.id });
console.log('open', performance.now() - t);
for (let i = 0; i < 1; i++) {
  t = performance.now();
  await wb.addSpan({ documentId: d!.id, label: 'PERSON', fragments: [{ start: 20 + i, end: 31 + i }] });
  console.log('add', (performance.now() - t).toFixed(1));
}
