// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFirstScreen } from '../../src/server/firstAnswers';
import type { FirstAnswer } from '../../src/shared/contract';
import { labelClass, labelOfClasses } from '../../src/shared/spanLook';
import { span } from '../helpers/span';

const PAGE = readFileSync(
  join(import.meta.dirname, '..', '..', 'src', 'renderer', 'index.html'),
  'utf8',
);

const HOSTILE_LABEL = `"><img src=x onerror="alert(1)">'&`;
const TEXT = [
  'Before </script><script>alert(1)</script> after.',
  `<img src=x onerror="alert(2)"> & &amp; "double" 'single' <!-- comment --> ]]>`,
  'Line\u2028separator and paragraph\u2029separator, a lone \uD800 high and \uDC00 low, NUL \0 here, 👍 kept.',
].join('\n');

function answer(method: string, result: unknown): FirstAnswer {
  return { method, request: {}, envelope: { ok: true, result } };
}

/** The first answers of a project whose text, labels, names and colours all try to break out. */
function hostileAnswers(): FirstAnswer[] {
  const project = {
    name: '</title><script>alert(3)</script>',
    schema: { labels: [{ name: HOSTILE_LABEL }, { name: 'GPE' }] },
    styles: {
      [HOSTILE_LABEL]: { color: `red" onmouseover="alert(4)`, key: '<' },
      GPE: { color: '#008060' },
    },
    problems: [],
  };
  const document = { id: 'd1', name: '"><svg onload=alert(5)>.txt', text: TEXT };
  const spans = [
    span(0, 6, HOSTILE_LABEL, `"'><b>id`),
    span(7, 17, 'GPE', 's2'),
    span(50, 80, HOSTILE_LABEL, 's3'),
  ];
  return [
    answer('getSettings', { annotator: 'amira' }),
    answer('listDocuments', [{ id: 'd1', title: '<b>Title</b> & "more"' }]),
    answer('getProject', project),
    answer('listEntities', []),
    answer('openDocument', { document, layer: { spans, stances: [], status: 'open' } }),
  ];
}

describe('the page with its first screen, from hostile text', () => {
  const html = withFirstScreen(PAGE, '/first-answers', hostileAnswers());
  // Parsed without the preload, which the test's DOM would try to fetch.
  const page = new DOMParser().parseFromString(
    html.replace(/<link rel="preload"[^>]*>/, ''),
    'text/html',
  );

  it('adds no script, no element and no attribute the text spells', () => {
    expect(html.match(/<script/g)?.length).toBe(1);
    expect(html).not.toMatch(/<(img|svg|b|title>)[\s>]/i);
    expect([...page.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([
      './src/boot.ts',
    ]);
    expect(page.querySelectorAll('img, svg, b').length).toBe(0);
    for (const element of page.querySelectorAll('*'))
      for (const name of element.getAttributeNames()) expect(name).not.toMatch(/^on/);
    const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(policy?.getAttribute('content')).toContain("script-src 'self';");
  });

  it('reads back every character as written, a lone surrogate and NUL as U+FFFD', () => {
    const reading = page.querySelector('.lp-reading .ProseMirror') as HTMLElement;
    const paragraphs = [...reading.querySelectorAll('p')].map((p) => p.textContent);
    const shown = TEXT.replace(/\uD800|\uDC00|\0/g, '\uFFFD').split('\n');
    expect(paragraphs).toEqual(shown);
    expect(paragraphs[2]).toContain('\u2028');
    const first = reading.querySelector('.lp-span') as HTMLElement;
    expect(labelOfClasses(first.className)).toBe(HOSTILE_LABEL);
    expect(first.getAttribute('data-span-id')).toBe(`"'><b>id`);
    expect(first.textContent).toBe('Before');
    // The label's rule: a colour that is not #rrggbb is not written, the name only escaped.
    const sheets = [...page.querySelectorAll('style')].map((s) => s.textContent);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toContain(`.lp-span.${labelClass(HOSTILE_LABEL)}{--lp-color:#888888;`);
    expect(sheets[0]).toContain('.lp-span.lp-label-GPE{--lp-color:#008060;');
    expect(sheets[0]).not.toMatch(/[<>'&]|alert\(4\)/);
    expect(page.querySelector('.lp-doc-title')?.textContent).toBe('<b>Title</b> & "more"');
    expect(page.querySelector('.lp-legend kbd')?.textContent).toBe('<');
    expect(page.querySelector('.lp-legend span')?.textContent).toBe(HOSTILE_LABEL);
  });
});
