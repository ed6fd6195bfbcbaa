/** Which panel a toggle hides; the stylesheet reads `data-hide-<panel>` on <html>. */
export type Panel = 'side' | 'inspector';

/** Hides or shows a panel of the window. */
export function togglePanel(panel: Panel): void {
  document.documentElement.toggleAttribute(`data-hide-${panel}`);
}
