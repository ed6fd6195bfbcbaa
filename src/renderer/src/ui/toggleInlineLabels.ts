/** Writes each span's label after it in the text, or stops; the stylesheet reads `data-inline-labels` on <html>. */
export function toggleInlineLabels(): void {
  document.documentElement.toggleAttribute('data-inline-labels');
}
