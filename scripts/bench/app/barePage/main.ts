/**
 * The baseline page of the app benchmark: a bare ProseMirror view with one DecorationSet of
 * the same document and spans Loupe shows, fetched from its static server like Loupe fetches
 * its own. Keys do what Loupe's do to the span the harness names in `window.benchNext`:
 * 1 adds it, Delete removes it, Ctrl+Z adds it back.
 */
import type { Span } from '../../../../src/shared/model';
import { prosemirrorSubject } from '../../editorPage/prosemirrorSubject';

declare global {
  interface Window {
    benchNext?: Span;
  }
}

async function main(): Promise<void> {
  const name = new URLSearchParams(location.search).get('doc') ?? 'doc.json';
  const doc = (await (await fetch(`./${name}`)).json()) as { text: string; spans: Span[] };
  const subject = prosemirrorSubject();
  const root = document.getElementById('root') as HTMLElement;
  subject.mount(root, { text: doc.text, spans: doc.spans, fragments: 0, extras: [] });
  root.querySelector('.ProseMirror')?.setAttribute('data-spans', 'drawn');
  // Ready for edits as soon as its view exists (the key handler below is installed with it).
  document.documentElement.dataset.app = 'ready';
  window.addEventListener('keydown', (event) => {
    const span = window.benchNext;
    if (!span) return;
    if (event.key === '1') subject.add(span);
    else if (event.key === 'Delete') subject.remove(span);
    else if (event.key === 'z' && event.ctrlKey) subject.undo(span);
  });
}

void main();
