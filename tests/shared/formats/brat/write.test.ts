import { describe, expect, it } from 'vitest';
import { writeBrat } from '../../../../src/shared/formats';
import { bundle, doc, entity, lines, relation, span, stance, tsv } from '../build';
import { fragmentOf } from '../../../../src/shared/spans';

function annOf(...docs: Parameters<typeof bundle>) {
  const result = writeBrat(bundle(...docs));
  return {
    ann: result.files.find((f) => f.path.endsWith('.ann'))?.content,
    summary: result.summary,
  };
}

describe('writeBrat', () => {
  it('writes the .txt unchanged and T lines as in brat’s documentation', () => {
    const text = 'International Business Machines Corporation (IBM) is an American company.';
    const result = writeBrat(
      bundle(
        doc(text, {
          name: 'ibm',
          spans: [span(0, 43, 'Organization'), span(45, 48, 'Organization')],
        }),
      ),
    );
    expect(result.files.slice(0, 2)).toEqual([
      { path: 'ibm.txt', content: text },
      {
        path: 'ibm.ann',
        content: lines(
          tsv('T1', 'Organization 0 43', 'International Business Machines Corporation'),
          tsv('T2', 'Organization 45 48', 'IBM'),
        ),
      },
    ]);
    expect(result.summary).toEqual({ documents: 1, spans: 2, stances: 0, notExpressed: {} });
  });

  it('writes discontinuous spans with ; between fragments and a space between their texts', () => {
    expect(
      annOf(
        doc('Mike said Pompeo', {
          spans: [
            {
              label: 'PERSON',
              fragments: [fragmentOf(0, 4), fragmentOf(10, 14)],
            },
          ],
        }),
      ).ann,
    ).toBe(lines(tsv('T1', 'PERSON 0 4;10 14', 'Mike Pomp')));
  });

  it('splits a span crossing a line break into fragments there, as brat does, and notes it', () => {
    const { ann, summary } = annOf(doc('Mike \r\n Pompeo spoke', { spans: [span(0, 14)] }));
    expect(ann).toBe(lines(tsv('T1', 'PERSON 0 4;8 14', 'Mike Pompeo')));
    expect(summary.notExpressed).toEqual({});
    expect(summary.notes).toEqual({
      'span crossing a line break split into fragments (as brat does)': 1,
    });
  });

  it('drops a span of line breaks only, with what refers to it, and counts both', () => {
    const { ann, summary } = annOf(
      doc('a\n\nb', {
        spans: [span(1, 3, 'X', { id: 's1' }), span(0, 1, 'Y', { id: 's2' })],
        relations: [relation('R', 's1', 's2')],
      }),
    );
    expect(ann).toBe(lines(tsv('T1', 'Y 0 1', 'a')));
    expect(summary.notExpressed).toEqual({
      'span of line breaks only': 1,
      'relation referring to a span that was not written': 1,
    });
  });

  it('writes an entity link as its knowledge base reference only, and counts a link without one', () => {
    const pompeo = entity('e_pompeo', 'Mike Pompeo', 'PERSON', { kbId: 'Q473239' });
    const odd = entity('e_odd', 'Odd', 'MISC', { kbId: 'm.0abc' });
    const { ann } = annOf(
      doc('Pompeo and Odd', {
        spans: [
          span(0, 6, 'PERSON', { entityId: 'e_pompeo' }),
          span(11, 14, 'MISC', { entityId: 'e_odd' }),
        ],
        entities: [pompeo, odd],
      }),
    );
    expect(ann).toBe(
      lines(
        tsv('T1', 'PERSON 0 6', 'Pompeo'),
        tsv('N1', 'Reference T1 Wikidata:Q473239', 'Mike Pompeo'),
        tsv('T2', 'MISC 11 14', 'Odd'),
        tsv('N2', 'Reference T2 KB:m.0abc', 'Odd'),
      ),
    );
    const unlinked = annOf(
      doc('Pompeo', {
        spans: [span(0, 6, 'PERSON', { entityId: 'e_x' })],
        entities: [entity('e_x', 'X', 'PERSON')],
      }),
    );
    expect(unlinked.ann).toBe(lines(tsv('T1', 'PERSON 0 6', 'Pompeo')));
    expect(unlinked.summary.notExpressed).toEqual({
      'entity link without a knowledge base id (brat has no place for it)': 1,
    });
  });

  it('writes normalizations back with their database names and texts, and a kbId not among them', () => {
    const { ann } = annOf(
      doc('former Mexican president', {
        spans: [
          span(0, 24, 'Person', {
            entityId: 'e_c',
            normalizations: [{ db: 'Wikipedia', key: '64488', text: 'Carlos Salinas de Gortari' }],
          }),
        ],
        entities: [entity('e_c', 'Carlos', 'Person', { kbId: 'Q295153' })],
      }),
    );
    expect(ann).toBe(
      lines(
        tsv('T1', 'Person 0 24', 'former Mexican president'),
        tsv('N1', 'Reference T1 Wikipedia:64488', 'Carlos Salinas de Gortari'),
        tsv('N2', 'Reference T1 Wikidata:Q295153', 'Carlos'),
      ),
    );
  });

  it('writes events, relations on events and equivalence sets, and declares them in annotation.conf', () => {
    const result = writeBrat(
      bundle(
        doc('Wikinews reported Google and YouTube merged.', {
          spans: [
            span(18, 24, 'Organization', { id: 'g' }),
            span(29, 36, 'Organization', { id: 'y' }),
            span(37, 43, 'Merge-org', { id: 'm' }),
            span(0, 8, 'Organization', { id: 'w' }),
            span(9, 17, 'Report', { id: 'r' }),
          ],
          events: [
            {
              id: 'ev2',
              type: 'Report',
              trigger: 'r',
              arguments: [
                { role: 'Reporter-Arg', ref: 'w' },
                { role: 'Event-Arg', ref: 'ev1' },
              ],
              attributes: { Confidence: 'High' },
            },
            {
              id: 'ev1',
              type: 'Merge-org',
              trigger: 'm',
              arguments: [
                { role: 'Org-Arg', ref: 'g' },
                { role: 'Org-Arg2', ref: 'y' },
              ],
              note: 'one merge\nor two?',
            },
          ],
          relations: [relation('Origin', 'ev1', 'w', { fromRole: 'Source', toRole: 'Place' })],
          equivalences: [{ type: 'Equiv', members: ['g', 'y'] }],
        }),
      ),
    );
    const ann = result.files.find((f) => f.path.endsWith('.ann'))?.content;
    expect(ann).toBe(
      lines(
        tsv('T1', 'Organization 18 24', 'Google'),
        tsv('T2', 'Organization 29 36', 'YouTube'),
        tsv('T3', 'Merge-org 37 43', 'merged'),
        tsv('T4', 'Organization 0 8', 'Wikinews'),
        tsv('T5', 'Report 9 17', 'reported'),
        tsv('E1', 'Report:T5 Reporter-Arg:T4 Event-Arg:E2'),
        tsv('A1', 'Confidence E1 High'),
        tsv('E2', 'Merge-org:T3 Org-Arg:T1 Org-Arg2:T2'),
        tsv('#1', 'AnnotatorNotes E2', 'one merge'),
        tsv('#2', 'AnnotatorNotes E2', 'or two?'),
        tsv('R1', 'Origin Source:E2 Place:T4'),
        tsv('*', 'Equiv T1 T2'),
      ),
    );
    expect(result.files.find((f) => f.path === 'annotation.conf')?.content).toBe(
      lines(
        '# Written by Loupe: every type, role and attribute used in this collection.',
        '[entities]',
        'Organization',
        '',
        '[relations]',
        '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
        'Origin\tSource:Merge-org, Place:Organization',
        'Equiv\tArg1:Organization, Arg2:Organization, <REL-TYPE>:symmetric-transitive',
        '',
        '[events]',
        'Report\tReporter-Arg?:Organization, Event-Arg?:Merge-org',
        'Merge-org\tOrg-Arg*:Organization',
        '',
        '[attributes]',
        'Confidence\tArg:Report, Value:High',
      ),
    );
  });

  it('writes binary and valued attributes, and counts what brat cannot say', () => {
    const attributes = { Negated: true, Confidence: 'very high', Count: 3, Hidden: false };
    const { ann, summary } = annOf(doc('IBM', { spans: [span(0, 3, 'ORG', { attributes })] }));
    expect(ann).toBe(
      lines(
        tsv('T1', 'ORG 0 3', 'IBM'),
        tsv('A1', 'Negated T1'),
        tsv('A2', 'Confidence T1 very high'),
        tsv('A3', 'Count T1 3'),
      ),
    );
    expect(summary.notExpressed).toEqual({
      'false attribute (brat writes only attributes that are set)': 1,
    });
    expect(summary.notes).toEqual({ 'number attribute written as text': 1 });
  });

  it('writes notes of spans and relations, a note of several lines as several # lines', () => {
    const { ann, summary } = annOf(
      doc('IBM in Armonk', {
        spans: [
          span(0, 3, 'ORG', { id: 'a', note: 'line one\nline two' }),
          span(7, 13, 'GPE', { id: 'b' }),
        ],
        relations: [relation('Located_in', 'a', 'b', { note: 'HQ' })],
      }),
    );
    expect(ann).toBe(
      lines(
        tsv('T1', 'ORG 0 3', 'IBM'),
        tsv('#1', 'AnnotatorNotes T1', 'line one'),
        tsv('#2', 'AnnotatorNotes T1', 'line two'),
        tsv('T2', 'GPE 7 13', 'Armonk'),
        tsv('R1', 'Located_in Arg1:T1 Arg2:T2'),
        tsv('#3', 'AnnotatorNotes R1', 'HQ'),
      ),
    );
    expect(summary.notExpressed).toEqual({});
  });

  it('writes a stance whose only evidence is a Stance span with that span as the trigger', () => {
    const { ann, summary } = annOf(
      doc('Pompeo said the troops stay.', {
        spans: [span(0, 6, 'PERSON', { id: 'h' }), span(12, 27, 'Stance', { id: 'ev' })],
        stances: [
          stance('FAVOR', ['ev'], {
            holder: { kind: 'span', spanId: 'h' },
            target: { kind: 'topic', topicId: 'us-troop-presence' },
            note: 'clear',
          }),
        ],
      }),
    );
    expect(ann).toBe(
      lines(
        tsv('T1', 'PERSON 0 6', 'Pompeo'),
        tsv('T2', 'Stance 12 27', 'the troops stay'),
        tsv('E1', 'Stance:T2 Holder:T1'),
        tsv('A1', 'Polarity E1 FAVOR'),
        tsv('A2', 'Target E1 us-troop-presence'),
        tsv('#1', 'AnnotatorNotes E1', 'clear'),
      ),
    );
    expect(summary.stances).toBe(1);
  });

  it('writes a stance on other evidence with its own Stance trigger and Evidence arguments', () => {
    const { ann } = annOf(
      doc('Iraq asked. Pompeo refused.', {
        spans: [span(0, 4, 'GPE', { id: 'iraq' }), span(12, 27, 'QUOTE', { id: 'q' })],
        stances: [
          stance('AGAINST', ['q'], {
            holder: { kind: 'entity', entityId: 'e_pompeo' },
            target: { kind: 'span', spanId: 'iraq' },
          }),
        ],
      }),
    );
    expect(ann).toBe(
      lines(
        tsv('T1', 'GPE 0 4', 'Iraq'),
        tsv('T2', 'QUOTE 12 27', 'Pompeo refused.'),
        tsv('T3', 'Stance 12 27', 'Pompeo refused.'),
        tsv('E1', 'Stance:T3 Target:T1 Evidence:T2'),
        tsv('A1', 'Polarity E1 AGAINST'),
        tsv('A2', 'HolderEntity E1 e_pompeo'),
      ),
    );
  });

  it('writes labels with whitespace with underscores (a note) and counts document labels (a loss)', () => {
    const { ann, summary } = annOf(
      doc('AP', { spans: [span(0, 2, 'NEWS AGENCY')], documentLabels: { source: 'agency' } }),
    );
    expect(ann).toBe(lines(tsv('T1', 'NEWS_AGENCY 0 2', 'AP')));
    expect(summary.notExpressed).toEqual({ 'document label': 1 });
    expect(summary.notes).toEqual({ 'label with whitespace written with _': 1 });
  });

  it('makes safe, distinct file names', () => {
    const result = writeBrat(
      bundle(doc('a', { name: 'a/b' }), doc('b', { name: 'a_b' }), doc('c', { name: '../x' })),
    );
    expect(result.files.map((f) => f.path).filter((p) => !p.endsWith('.conf'))).toEqual([
      'a_b.txt',
      'a_b.ann',
      'a_b-2.txt',
      'a_b-2.ann',
      '_x.txt',
      '_x.ann',
    ]);
  });

  it('writes each document in its folder, and one annotation.conf at the top for all', () => {
    const result = writeBrat(
      bundle(
        doc('Ana', { name: 'a', folder: 'esp', spans: [span(0, 3, 'PER')] }),
        doc('Jan', { name: 'a', folder: 'ned' }),
        doc('Eva', { name: 'a' }),
      ),
    );
    expect(result.files.map((f) => f.path)).toEqual([
      'esp/a.txt',
      'esp/a.ann',
      'ned/a.txt',
      'ned/a.ann',
      'a.txt',
      'a.ann',
      'annotation.conf',
      'visual.conf',
    ]);
  });
});
