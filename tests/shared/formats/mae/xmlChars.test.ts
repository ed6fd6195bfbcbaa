import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { readMae, writeMae } from '../../../../src/shared/formats';
import { bundle, doc, file, span } from '../build';

/** What a conforming XML parser (saxes) reads of a file: its first error, TEXT and tag attributes. */
function parseXml(content: string) {
  const parser = new SaxesParser();
  let error: string | null = null;
  let text = '';
  let inText = false;
  const tags: Record<string, string>[] = [];
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('opentag', (tag) => {
    if (tag.name === 'TEXT') inText = true;
    else if (tag.attributes.id !== undefined) tags.push(tag.attributes as Record<string, string>);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'TEXT') inText = false;
  });
  parser.on('cdata', (chunk) => {
    if (inText) text += chunk;
  });
  parser.write(content).close();
  return { error, text, tags };
}

// Every class XML 1.0 leaves out (2.2 Characters): C0 controls but tab, LF, CR; U+FFFE,
// U+FFFF; a surrogate without its pair.
const FORBIDDEN = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u000E',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
];

describe('MAE export of text XML 1.0 cannot hold', () => {
  it.each(FORBIDDEN.map((c) => [c.codePointAt(0)?.toString(16), c]))(
    'U+%s: a file holding it is no XML, so the export writes U+FFFD in its place',
    (_, char) => {
      const text = `a${char}b 😀 Bo`;
      // The control: the character itself in CDATA is refused by the parser; a lone high
      // surrogate, which saxes lets through, no UTF-8 file can hold (it is written as U+FFFD).
      if (char === '\uD800')
        expect(new TextDecoder().decode(new TextEncoder().encode(text))).not.toBe(text);
      else expect(parseXml(`<T><TEXT><![CDATA[${text}]]></TEXT></T>`).error).toMatch(/disallowed/);
      const written = writeMae(bundle(doc(text, { name: 'd', spans: [span(6, 8, 'PER')] })));
      const xml = parseXml(written.files[0]?.content ?? '');
      expect(xml.error).toBeNull();
      expect(xml.text).toBe('a\uFFFDb 😀 Bo');
      // Bo is at UTF-16 units 7–9 (the emoji is two), as before the replacement.
      expect(xml.tags[0]).toMatchObject({ spans: '7~9', text: 'Bo' });
      expect(Object.keys(written.summary.notExpressed)).toEqual([
        `d: 1 character XML 1.0 cannot hold (first U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at line 1, column 2) written as U+FFFD, each in its place so offsets stay; MAE cannot open a file holding them`,
      ]);
    },
  );

  it('writes carriage returns so an XML parser reads every offset where it was', () => {
    const text = 'Ana\r\nmet\rBo.';
    // The control: XML reads CR LF and a lone CR as LF, one character fewer before Bo.
    expect(parseXml(`<T><TEXT><![CDATA[${text}]]></TEXT></T>`).text).toBe('Ana\nmet\nBo.');
    const written = writeMae(bundle(doc(text, { name: 'd', spans: [span(9, 11, 'PER')] })));
    const xml = parseXml(written.files[0]?.content ?? '');
    expect(xml.text).toBe('Ana \nmet\nBo.');
    expect(xml.text.slice(9, 11)).toBe('Bo');
    expect(xml.tags[0]).toMatchObject({ spans: '9~11', text: 'Bo' });
    expect(Object.keys(written.summary.notExpressed)).toEqual([
      'd: 2 carriage returns (first at line 1, column 4) written as a space before a line feed, or as a line feed, so offsets stay: XML reads CR LF as LF',
    ]);
    const back = readMae(written.files.map((f) => file(f.path, f.content))).documents[0];
    expect(back?.spans[0]?.fragments).toEqual([{ start: 9, end: 11 }]);
  });

  it('writes an attribute value holding such a character with U+FFFD, counted', () => {
    const spans = [span(0, 2, 'PER', { attributes: { comment: 'x\u0007y\r' } })];
    const written = writeMae(bundle(doc('Bo', { name: 'd', spans })));
    const xml = parseXml(written.files[0]?.content ?? '');
    expect(xml.error).toBeNull();
    expect(xml.tags[0]?.comment).toBe('x\uFFFDy\r');
    expect(written.summary.notExpressed).toEqual({
      'attribute value holding a character XML 1.0 cannot hold, written as U+FFFD': 1,
    });
  });
});
