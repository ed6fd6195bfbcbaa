import { describe, expect, it } from 'vitest';
import { readLoupe, writeLoupe } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { bundle, doc, entity, errorsOf, file, nestedJson, relation, span, stance } from '../build';
import { lineOf } from '../labelStudio/build';

function loupeFile(...docs: FormatDocument[]): string {
  return writeLoupe(bundle(...docs)).files[0]?.content ?? '';
}

describe('readLoupe', () => {
  it('reads what it wrote, with every entity of the file', () => {
    const pompeo = entity('e_pompeo', 'Mike Pompeo');
    const content = loupeFile(
      doc('Pompeo', {
        name: 'a',
        spans: [span(0, 6, 'PERSON', { id: 's1', entityId: 'e_pompeo' })],
        entities: [pompeo],
      }),
    );
    const result = readLoupe([file('loupe.json', content)]);
    expect(result.documents[0]?.entities).toEqual([pompeo]);
    expect(result.entities).toEqual([pompeo]);
    expect(result.labels).toEqual(['PERSON']);
  });
});

describe('readLoupe errors', () => {
  it('rejects truncated JSON with its line', () => {
    const content = loupeFile(doc('IBM', { spans: [span(0, 3, 'ORG')] }));
    const cut = content.slice(0, content.indexOf('"fragments"'));
    expect(errorsOf(() => readLoupe([file('l.json', cut)]))[0]?.message).toBe(
      `l.json:${cut.split('\n').length}: not valid JSON: unexpected end of input (the file looks truncated)`,
    );
  });

  it('refuses a document whose metadata nests 100 000 deep on its line, instead of overflowing the stack', () => {
    const content = loupeFile(doc('IBM', { metadata: { x: 'DEEP' } })).replace(
      '"DEEP"',
      nestedJson(100_000),
    );
    expect(errorsOf(() => readLoupe([file('l.json', content)])).map((e) => e.message)).toEqual([
      `l.json:${lineOf(content, '"metadata"')}: documents[0].metadata: nests arrays and objects over 512 deep, which Loupe cannot read (annotation formats nest a few levels); the file is damaged: mend or remove that field`,
    ]);
  });

  it('rejects another format version', () => {
    const content = loupeFile(doc('IBM')).replace('"formatVersion": 1', '"formatVersion": 2');
    expect(errorsOf(() => readLoupe([file('l.json', content)]))[0]?.message).toBe(
      'l.json:3: formatVersion: expected 1',
    );
  });

  it.each([
    // A fragment's line is the line of its opening brace, just above "start".
    [
      'an offset beyond the text',
      span(0, 9, 'ORG', { id: 's1' }),
      ['"start": 0', -1],
      'documents[0].spans[0].fragments[0]: fragment: end 9 is beyond the text (3 code points long)',
    ],
    [
      'start not before end',
      span(2, 1, 'ORG', { id: 's1' }),
      ['"start": 2', -1],
      'documents[0].spans[0].fragments[0]: a fragment must have start < end',
    ],
    [
      'a link to a missing entity',
      span(0, 3, 'ORG', { id: 's1', entityId: 'e_x' }),
      ['"entityId"', 0],
      'documents[0].spans[0].entityId: entity e_x is not in entities',
    ],
  ] as const)('rejects %s with its line', (_, bad, [marker, shift], reason) => {
    const content = loupeFile(doc('IBM', { spans: [bad] }));
    const line = lineOf(content, marker) + shift;
    expect(errorsOf(() => readLoupe([file('l.json', content)]))[0]?.message).toBe(
      `l.json:${line}: ${reason}`,
    );
  });

  it('rejects duplicate ids and references to missing spans, each on its line', () => {
    const content = loupeFile(
      doc('IBM in Armonk', {
        spans: [span(0, 3, 'ORG', { id: 's1' }), span(7, 13, 'GPE', { id: 's1' })],
        relations: [relation('Located_in', 's1', 's9')],
        stances: [stance('FAVOR', ['s8'])],
      }),
    );
    expect(errorsOf(() => readLoupe([file('l.json', content)])).map((e) => e.message)).toEqual([
      `l.json:${lineOf(content, '"label": "GPE"') - 1}: documents[0].spans[1].id: duplicate span id s1 (also at index 0)`,
      `l.json:${lineOf(content, '"to": "s9"')}: documents[0].relations[0].to: to: span s9 is not in this document`,
      `l.json:${lineOf(content, '"s8"')}: documents[0].stances[0].evidence[0]: evidence: span s8 is not in this document`,
    ]);
  });
});
