const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * A lone surrogate (no UTF-8 for it: the page would carry U+FFFD anyway) and NUL (which the
 * HTML parser drops from text, shifting what follows) become U+FFFD, one UTF-16 unit each, so
 * the text keeps its length and every later highlight its place.
 */
const UNSAFE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\0/g;

/**
 * Untrusted text (document text, labels, names) as HTML that reads back as the same
 * characters, in element content and in double- or single-quoted attribute values. Written
 * here rather than taken from a library: five characters and one pattern, for a page whose
 * scripts are only its own (the CSP allows no inline script), so no markup in text can run.
 * @example escapeHtml('a<b & "c"') === 'a&lt;b &amp; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(UNSAFE, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
