/**
 * The editor child of the crash suite: `node --import tsx tests/faults/support/editor.ts <projectDir> <seed> [--wait]`.
 * Opens the project through the real workbench (user folder from LOUPE_HOME) and applies a
 * stream of edits, printing an intent line before each call and an ack line after its promise
 * resolves. With --wait it loads its modules, prints `loaded` and waits for a line on stdin
 * before opening the project, so the parent can keep a warm spare while another child runs.
 * LOUPE_FAULTS_SABOTAGE=lose-writes breaks its writes on purpose (the checker's self-check).
 */
import { once } from 'node:events';
import { createWorkbench, type Workbench } from '../../../src/node';
import type { EditResult } from '../../../src/shared/contract';
import { type EditIntent, type EditorLine, formatLine } from './editorProtocol';
import { type EditorView, nextIntent, viewWith } from './editPlan';
import { loseWrites } from './sabotage';
import { seededRandom } from './seededRandom';

const MAX_EDITS = 100_000;

/**
 * Writes one line and resolves once the pipe has taken it. A pipe's writes are asynchronous on
 * POSIX: when the parent falls behind, a line written without waiting is only queued in this
 * process, and a SIGKILL then loses it while the edits after it reach the disk; waiting keeps
 * every edit behind the lines that announce it.
 */
function say(line: EditorLine): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(formatLine(line), (error) => (error ? reject(error) : resolve())),
  );
}

async function waitForGo(): Promise<void> {
  await say({ t: 'loaded' });
  process.stdin.setEncoding('utf8');
  await once(process.stdin, 'data');
  process.stdin.pause();
}

async function openView(workbench: Workbench): Promise<EditorView> {
  const project = await workbench.getProject({});
  const documents = await workbench.listDocuments({});
  const opened = await Promise.all(
    documents.map((d) => workbench.openDocument({ documentId: d.id })),
  );
  return viewWith(
    project.schema.labels.map((l) => l.name),
    opened,
  );
}

function send(workbench: Workbench, intent: EditIntent): Promise<EditResult | null> {
  switch (intent.op) {
    case 'add':
      return workbench.addSpan({
        documentId: intent.documentId,
        label: intent.label,
        fragments: intent.fragments,
        ...(intent.note ? { note: intent.note } : {}),
      });
    case 'update': {
      const { op: _op, ...request } = intent;
      return workbench.updateSpan(request);
    }
    case 'delete':
      return workbench.deleteSpan({ documentId: intent.documentId, spanId: intent.spanId });
    case 'status':
      return workbench.setStatus({ documentId: intent.documentId, status: intent.status });
    case 'undo':
      return workbench.undo({});
  }
}

async function main(args: string[]): Promise<void> {
  const [projectDir, seedText, flag] = args;
  if (!projectDir || !seedText) throw new Error('usage: editor.ts <projectDir> <seed> [--wait]');
  if (flag === '--wait') await waitForGo();
  if (process.env.LOUPE_FAULTS_SABOTAGE === 'lose-writes') loseWrites();
  const random = seededRandom(Number(seedText));
  const workbench = await createWorkbench(projectDir, { userFolder: process.env.LOUPE_HOME });
  const view = await openView(workbench);
  await say({ t: 'ready' });
  for (let i = 0; i < MAX_EDITS; i++) {
    const intent = nextIntent(view, random);
    await say({ t: 'intent', intent });
    const result = await send(workbench, intent);
    await say({ t: 'ack', result });
    if (result) view.apply(result);
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) =>
    void say({
      t: 'error',
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    }).finally(() => process.exit(1)),
);
