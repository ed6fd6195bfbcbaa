import { describe, expect, it } from 'vitest';
import {
  hyperTextLayout,
  MAX_HTML_DEPTH,
  MAX_HTML_LENGTH,
  type HyperTextLayout,
} from '../../../../src/shared/formats/labelStudio/hyperText';

function layout(html: string): HyperTextLayout {
  const laid = hyperTextLayout('html', html, 'hypertextlabels');
  if (typeof laid === 'string') throw new Error(laid);
  return laid;
}

/** Each text node as `path start-end`. */
function nodes(html: string): string[] {
  return layout(html).nodes.map((n) => `${n.path} ${n.start}-${n.end}`);
}

describe('hyperTextLayout', () => {
  // Label Studio's browser test (web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts):
  // "test" lies at globalOffsets 23-27 in /article[1]/p[1]/text()[1], "Warning" starts at 2 in
  // /article[1]/h2[1]/text()[1]: the space between </h2> and <p> is a text node that counts.
  it("counts the body's text nodes in code points, the whitespace between tags too", () => {
    const html = '<article><h2>🐱 Warning:</h2> <p>🐱 This is a test text</p></article>';
    expect(nodes(html)).toEqual([
      '/article[1]/h2[1]/text()[1] 0-10',
      '/article[1]/text()[1] 10-11',
      '/article[1]/p[1]/text()[1] 11-32',
    ]);
    expect([...layout(html).text].slice(23, 27).join('')).toBe('test');
  });

  it('counts a <br> as one character (a line break) and no text node', () => {
    const laid = layout('<p>A<br>B</p>');
    expect(laid.text).toBe('A\nB');
    expect([...laid.breaks]).toEqual([1]);
    expect(laid.nodes.map((n) => n.path)).toEqual(['/p[1]/text()[1]', '/p[1]/text()[2]']);
  });

  it('reads entities, leaves the head out, and joins the text around a comment into one node', () => {
    const html =
      '<!DOCTYPE html><html><head><title>T</title></head><body><p>a &amp; b<!-- x -->c</p></body></html>';
    expect(layout(html).text).toBe('a & bc');
    expect(nodes(html)).toEqual(['/p[1]/text()[1] 0-6']);
  });

  it('puts text a table cannot hold before the table, as the browser does', () => {
    expect(layout('<table>abc<tr><td>x</td></tr></table>').text).toBe('abcx');
    expect(nodes('<table>abc<tr><td>x</td></tr></table>')[1]).toBe(
      '/table[1]/tbody[1]/tr[1]/td[1]/text()[1] 3-4',
    );
  });

  it('refuses HTML whose text Label Studio changes, too long, or nested too deep', () => {
    expect(hyperTextLayout('h', '<p>a</p><script>b</script>', 'hypertextlabels')).toMatch(
      /<script> element.*remove the <script> elements/,
    );
    expect(hyperTextLayout('h', '<p>a</p><style>p > b {}</style>', 'x')).toMatch(
      /<style>.*&, < or >/,
    );
    expect(typeof hyperTextLayout('h', '<style>p b {}</style><p>a</p>', 'x')).toBe('object');
    expect(hyperTextLayout('h', 'a'.repeat(MAX_HTML_LENGTH + 1), 'x')).toMatch(/split the task/);
    const deep = `${'<div>'.repeat(MAX_HTML_DEPTH + 1)}x`;
    expect(hyperTextLayout('h', deep, 'x')).toMatch(/nest more than 512 deep/);
  });
});
