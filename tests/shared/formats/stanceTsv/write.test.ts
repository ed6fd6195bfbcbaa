import { describe, expect, it } from 'vitest';
import { writeStanceTsv } from '../../../../src/shared/formats';
import { bundle, doc, entity, lines, span, stance, tsv } from '../build';

describe('writeStanceTsv', () => {
  it('writes the SemEval-2016 Task 6 columns first, then holder and document', () => {
    const text = 'Pompeo: "we\tstay\r\nin Iraq". Iraq disagrees.';
    const written = writeStanceTsv(
      bundle(
        doc(text, {
          name: 'report-1',
          spans: [
            span(0, 6, 'PERSON', { id: 'h' }),
            span(8, 26, 'QUOTE', { id: 'q' }),
            span(28, 32, 'GPE', { id: 'iraq' }),
            span(33, 42, 'X', { id: 'd' }),
          ],
          stances: [
            stance('FAVOR', ['q'], {
              holder: { kind: 'span', spanId: 'h' },
              target: { kind: 'topic', topicId: 'us-troop-presence' },
            }),
            stance('AGAINST', ['d'], {
              holder: { kind: 'span', spanId: 'iraq' },
              target: { kind: 'entity', entityId: 'e_pompeo' },
            }),
          ],
          entities: [entity('e_pompeo', 'Mike Pompeo')],
        }),
      ),
      { topics: [{ id: 'us-troop-presence', name: 'US troop presence in Iraq' }] },
    );
    expect(written.files).toEqual([
      {
        path: 'stance.tsv',
        content: lines(
          tsv('ID', 'Target', 'Tweet', 'Stance', 'Holder', 'Document'),
          tsv(1, 'US troop presence in Iraq', '"we stay in Iraq"', 'FAVOR', 'Pompeo', 'report-1'),
          tsv(2, 'Mike Pompeo', 'disagrees', 'AGAINST', 'Iraq', 'report-1'),
        ),
      },
    ]);
    expect(written.summary).toEqual({
      documents: 1,
      spans: 0,
      stances: 2,
      notExpressed: { 'tab or line break in a cell written as a space': 1 },
    });
  });

  it('counts stances on missing spans and spans outside any stance', () => {
    const written = writeStanceTsv(
      bundle(
        doc('ab', { spans: [span(0, 1, 'X', { id: 'a' })], stances: [stance('NONE', ['zz'])] }),
      ),
    );
    expect(written.files[0]?.content).toBe(
      lines(tsv('ID', 'Target', 'Tweet', 'Stance', 'Holder', 'Document')),
    );
    expect(written.summary.notExpressed).toEqual({
      'span outside any stance': 1,
      'stance referring to a missing span': 1,
    });
  });
});
