import './app/styles.css';
import { takeFirstScreen } from './firstPaint/firstScreen';

/**
 * The page's entry, kept small: the loopback host wrote the first screen into the page (the
 * browser painted it before this ran); this makes it ready to hand over, then loads the app
 * (React, TipTap, the shell), which takes its place in one render. Without a first screen
 * (the desktop app, a large document) the app starts at once.
 */
async function boot(root: HTMLElement): Promise<void> {
  const preview = takeFirstScreen(root);
  const { mountApp } = await import('./main');
  mountApp(root, preview);
}

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root');
void boot(root);
