import { FIRST_SCREEN_ATTRIBUTE } from '../../../shared/firstScreen/firstScreenHtml';
import { initialTheme } from '../model/initialTheme';
import { heldSelectionIn, type HeldSelection } from './heldSelection';
import { keysBeforeApp } from './keysBeforeApp';

/** The first screen on the page, until the app takes its place. */
export interface FirstPreview {
  /**
   * Runs `render`, the app's first render, which replaces the first screen in the same task;
   * then the app's text is scrolled where the reader left the first screen. Returns the text
   * selected on the first screen, for the app to select again.
   */
  handOver(render: () => void): HeldSelection | null;
}

/**
 * The first screen the loopback host wrote into the page (`firstScreenHtml`: the frame and the
 * first document with its spans, painted before any script ran), made ready to hand over. From
 * now on keys are held for the app, or refused with a note (`keysBeforeApp`), with or without
 * a first screen. Null when the page has none (the desktop app, a large document, no one
 * annotating yet).
 */
export function takeFirstScreen(root: HTMLElement): FirstPreview | null {
  const frame = root.querySelector<HTMLElement>(`[${FIRST_SCREEN_ATTRIBUTE}]`);
  keysBeforeApp.listen(frame);
  if (!frame) return null;
  document.documentElement.dataset.theme = initialTheme();
  return {
    handOver(render) {
      const main = frame.querySelector<HTMLElement>('main.lp-main');
      const reading = frame.querySelector('.lp-reading .ProseMirror');
      const selected = reading ? heldSelectionIn(reading) : null;
      const scrolled = main?.scrollTop ?? 0;
      render();
      const next = document.querySelector<HTMLElement>('main.lp-main');
      if (next && scrolled > 0) next.scrollTop = scrolled;
      return selected;
    },
  };
}
