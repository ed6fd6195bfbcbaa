import { FIRST_PAINT_META } from '../../shared/contract/firstAnswers';
import './app/styles.css';
import { paintFirstDocument } from './firstPaint';

/** Resolves once the frame after this task has been painted. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The page's entry, kept small: paints the first document with ProseMirror alone, then loads
 * the app (React, TipTap, the shell), which takes the preview's place. The app's code is
 * fetched beside this chunk (a modulepreload) but evaluated only after the first paint.
 */
async function boot(root: HTMLElement): Promise<void> {
  // The loopback host says in the page whether there is a first document to paint; without
  // it (the desktop app, a large document) the app runs at once, beside the first requests.
  const wanted = document.querySelector(`meta[name="${FIRST_PAINT_META}"]`) !== null;
  const preview = wanted ? await paintFirstDocument(root).catch(() => null) : null;
  if (preview) await afterNextPaint();
  const { mountApp } = await import('./main');
  mountApp(root, preview);
}

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root');
void boot(root);
