/**
 * Writes each span's label after it in the text, or stops; the stylesheet reads
 * `data-inline-labels` on <html>. True when the labels are now written.
 */
export function toggleInlineLabels(): boolean {
  return document.documentElement.toggleAttribute('data-inline-labels');
}
