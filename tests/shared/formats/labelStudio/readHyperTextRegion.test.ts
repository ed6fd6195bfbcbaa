import { describe, expect, it } from 'vitest';
import { readLabelStudio } from '../../../../src/shared/formats';
import { lineOf, pretty } from './build';

/** A hypertextlabels region as Label Studio writes it (our own text, not a copied file). */
function htmlRegion(id: string, value: Record<string, unknown>, ...labels: string[]) {
  return {
    id,
    from_name: 'ner',
    to_name: 'html',
    type: 'hypertextlabels',
    value: { ...value, hypertextlabels: labels },
  };
}

function htmlTask(html: string, ...results: object[]) {
  return { id: 7, data: { html }, annotations: [{ result: results }] };
}

function read(content: string) {
  return readLabelStudio([{ path: 'ls.json', content }]);
}

const HTML = '<div><p>Amira met <b>IBM</b> people.</p>\n<p>In Paris.</p></div>';

describe('reading hypertextlabels regions', () => {
  it('reads globalOffsets over the HTML text, whitespace and \\n in value.text aside', () => {
    const content = pretty([
      htmlTask(
        HTML,
        htmlRegion('r1', { globalOffsets: { start: 10, end: 13 }, text: 'IBM' }, 'ORG'),
        htmlRegion(
          'r2',
          { globalOffsets: { start: 14, end: 30 }, text: 'people.\\nIn Paris' },
          'X',
        ),
      ),
    ]);
    const [doc] = read(content).documents;
    expect(doc?.text).toBe('Amira met IBM people.\nIn Paris.');
    expect(
      doc?.spans.map((s) => [s.id, s.label, s.fragments[0]?.start, s.fragments[0]?.end]),
    ).toEqual([
      ['r1', 'ORG', 10, 13],
      ['r2', 'X', 14, 30],
    ]);
  });

  it('reads a region placed by XPaths and UTF-16 offsets alone (no globalOffsets)', () => {
    const value = {
      start: '/div[1]/p[2]/text()[1]',
      startOffset: 3,
      end: '/div[1]/p[2]/text()[1]',
      endOffset: 8,
      text: 'Paris',
    };
    const [doc] = read(pretty([htmlTask(HTML, htmlRegion('r1', value, 'GPE'))])).documents;
    expect(doc?.spans[0]?.fragments).toEqual([{ start: 25, end: 30 }]);
  });

  it('refuses a region whose value.text is not what its offsets cover, on its line', () => {
    const content = pretty([
      htmlTask(
        HTML,
        htmlRegion('r1', { globalOffsets: { start: 0, end: 5 }, text: 'Paris' }, 'GPE'),
      ),
    ]);
    expect(() => read(content)).toThrow(
      new RegExp(
        `ls\\.json:${lineOf(content, '"text": "Paris"')}: .*task 7, region "r1".*value\\.text is "Paris", but value\\.globalOffsets 0-5 cover "Amira"`,
      ),
    );
  });

  it('follows the XPaths, with a warning, when only they cover value.text', () => {
    const value = {
      start: '/div[1]/p[1]/b[1]/text()[1]',
      startOffset: 0,
      end: '/div[1]/p[1]/b[1]/text()[1]',
      endOffset: 3,
      globalOffsets: { start: 0, end: 3 },
      text: 'IBM',
    };
    const { documents, warnings } = read(pretty([htmlTask(HTML, htmlRegion('r1', value, 'ORG'))]));
    expect(documents[0]?.spans[0]?.fragments).toEqual([{ start: 10, end: 13 }]);
    expect(warnings.join('\n')).toMatch(
      /globalOffsets cover "Ami", but value\.start\/end .* cover value\.text/,
    );
  });

  it('refuses a task whose HTML holds a script, naming the field, rather than import it without spans', () => {
    const content = pretty([
      htmlTask(
        '<p>IBM</p><script>alert(1)</script>',
        htmlRegion('r1', { globalOffsets: { start: 0, end: 3 }, text: 'IBM' }, 'ORG'),
      ),
    ]);
    expect(() => read(content)).toThrow(/data\.html: the HTML holds a <script> element/);
  });
});
