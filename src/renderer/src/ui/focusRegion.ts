const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** How many times the window has moved the keyboard to another of its parts. */
let regionMoves = 0;

/**
 * How many times the window has moved the keyboard to another of its parts (Next or Previous
 * Part of the Window, whatever key runs it): a field left that way can tell it was.
 */
export function regionMoveCount(): number {
  return regionMoves;
}

/**
 * Moves the keyboard to the next (1) or previous (-1) part of the window marked `data-region`
 * (header, side panel, text, details; in a full view, its bar, text and list), as F6 does in
 * browsers: the part's `data-region-focus` element, else its first control.
 */
export function focusRegion(step: 1 | -1): void {
  regionMoves++;
  // A panel kept mounted but hidden (the document panel while a span is inspected) is skipped,
  // and so is the window under a full view (agreement, review), inert there.
  const regions = [...document.querySelectorAll<HTMLElement>('[data-region]')].filter(
    (region) => region.checkVisibility() && region.closest('[inert]') === null,
  );
  if (regions.length === 0) return;
  const at = regions.findIndex((region) => region.contains(document.activeElement));
  const from = at < 0 ? (step > 0 ? -1 : 0) : at;
  const next = regions[(from + step + regions.length) % regions.length];
  if (next) focusInRegion(next);
}

/** Gives the keyboard to a part of the window: its `data-region-focus` element, else its first control, else itself. */
export function focusInRegion(region: HTMLElement): void {
  const target =
    region.querySelector<HTMLElement>('[data-region-focus]') ??
    region.querySelector<HTMLElement>(FOCUSABLE);
  (target ?? region).focus();
}
