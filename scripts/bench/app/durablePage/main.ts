/**
 * The bench's bare ProseMirror page (../barePage) with the least a durable save can add: each
 * key also sends its change over a WebSocket to a server that appends it to a file and flushes
 * it to disk (`durableSaveServer.ts`), and a save state says "Saved" once every change sent is
 * acknowledged. The edit tools time it as they time Loupe: until the span is drawn and the save
 * state says saved. `?via=page`: the socket is the page's own, its answers come as tasks;
 * `?via=slot`: Loupe's own edit socket (a worker holds the socket and writes each answer in
 * shared memory, read at the start of each frame after a call and again once it is laid out).
 */
import type { Span } from '../../../../src/shared/model';
import {
  EditSocket,
  lateInFrame,
  WorkerSocket,
  type SocketLike,
} from '../../../../src/renderer/src/editSocket';
import { prosemirrorSubject } from '../../editorPage/prosemirrorSubject';

declare global {
  interface Window {
    benchNext?: Span;
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const doc = (await (await fetch(`./${params.get('doc') ?? 'doc.json'}`)).json()) as {
    text: string;
    spans: Span[];
  };
  const url = params.get('save') ?? '';
  const raw: SocketLike =
    params.get('via') === 'slot'
      ? new WorkerSocket(
          new Worker(new URL('../../../../src/renderer/src/editSocketWorker.ts', import.meta.url), {
            type: 'module',
          }),
          url,
          (callback) => void requestAnimationFrame(callback),
          lateInFrame(),
        )
      : new WebSocket(url);
  const opened = new Promise((resolve) => (raw.onopen = resolve));
  const socket = new EditSocket(raw);
  const subject = prosemirrorSubject();
  const root = document.getElementById('root') as HTMLElement;
  subject.mount(root, { text: doc.text, spans: doc.spans, fragments: 0, extras: [] });
  const state = document.createElement('div');
  state.dataset.testid = 'save-state';
  const show = (saved: boolean): void => {
    state.className = saved ? 'lp-savestate--saved' : 'lp-savestate--saving';
    state.textContent = saved ? 'Saved' : 'Saving…';
  };
  show(true);
  document.body.prepend(state);
  let pending = 0;
  await opened;
  root.querySelector('.ProseMirror')?.setAttribute('data-spans', 'drawn');
  document.documentElement.dataset.app = 'ready';
  window.addEventListener('keydown', (event) => {
    const span = window.benchNext;
    if (!span) return;
    const op =
      event.key === '1'
        ? 'add'
        : event.key === 'Delete'
          ? 'delete'
          : event.key === 'z' && event.ctrlKey
            ? 'undo'
            : null;
    if (!op) return;
    if (op === 'delete') subject.remove(span);
    else if (op === 'add') subject.add(span);
    else subject.undo(span);
    pending += 1;
    show(false);
    void socket.call('save', { op, span })?.then(() => {
      pending -= 1;
      if (pending === 0) show(true);
    });
  });
}

void main();
