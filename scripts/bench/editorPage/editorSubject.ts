import type { Span } from '../../../src/shared/model';
import type { BenchDocument } from './benchDocument';

/** One editor under measurement: mounting is synchronous; drawing is observed frame by frame. */
export interface EditorSubject {
  mount(root: HTMLElement, doc: BenchDocument): void;
  /** Some highlight is drawn on screen. */
  firstDrawn(): boolean;
  /** Every highlight of the document is ready. */
  allDrawn(): boolean;
  /** How many highlight elements are on screen. */
  visibleCount(): number;
  add(span: Span): void;
  remove(span: Span): void;
  /** Whether the span's highlight is in the page. */
  shows(span: Span): boolean;
  /** Undo the last removal, as the editor offers it. */
  undo(span: Span): void;
}

/**
 * Highlight elements inside the blocks (paragraphs) on screen. Only blocks from the top
 * are measured: asking for the geometry of text off screen would force the browser to lay
 * it out and the harness would pay for drawing the views skip.
 */
export function countOnScreen(blockSelector: string, selector: string): number {
  let count = 0;
  for (const block of document.querySelectorAll(blockSelector)) {
    const rect = block.getBoundingClientRect();
    if (rect.top >= window.innerHeight) break;
    if (rect.bottom > 0)
      count += block.matches(selector) ? 1 : block.querySelectorAll(selector).length;
  }
  return count;
}
