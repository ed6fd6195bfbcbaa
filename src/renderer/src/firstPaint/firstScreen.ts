import { FIRST_SCREEN_ATTRIBUTE } from '../../../shared/firstScreen/firstScreenHtml';
import { initialTheme } from '../model/initialTheme';
import { refuseKeysUntilReady } from './refuseKeys';

/** The first screen on the page, until the app takes its place. */
export interface FirstPreview {
  /**
   * Runs `render`, the app's first render, which replaces the first screen in the same task;
   * then the app's text is scrolled where the reader left the first screen and keys go to the app.
   */
  handOver(render: () => void): void;
}

/**
 * The first screen the loopback host wrote into the page (`firstScreenHtml`: the frame and the
 * first document with its spans, painted before any script ran), made ready to hand over: keys
 * that would change something are refused until the app is on screen. Null when the page has
 * none (the desktop app, a large document, no one annotating yet).
 */
export function takeFirstScreen(root: HTMLElement): FirstPreview | null {
  const frame = root.querySelector<HTMLElement>(`[${FIRST_SCREEN_ATTRIBUTE}]`);
  if (!frame) return null;
  document.documentElement.dataset.theme = initialTheme();
  const stopRefusing = refuseKeysUntilReady(frame);
  return {
    handOver(render) {
      const main = frame.querySelector<HTMLElement>('main.lp-main');
      const scrolled = main?.scrollTop ?? 0;
      try {
        render();
      } finally {
        stopRefusing();
      }
      const next = document.querySelector<HTMLElement>('main.lp-main');
      if (next && scrolled > 0) next.scrollTop = scrolled;
    },
  };
}
