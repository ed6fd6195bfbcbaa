import { describe, expect, it } from 'vitest';
import { writeLoupe } from '../../../../src/shared/formats';
import { bundle, doc, entity, relation, span } from '../build';

describe('writeLoupe', () => {
  it('writes pretty JSON with the format, its version, entities and documents in a stable order', () => {
    const pompeo = entity('e_pompeo', 'Mike Pompeo', 'PERSON', { kbId: 'Q473239' });
    const written = writeLoupe(
      bundle(
        doc('Pompeo\r\n😀', {
          name: 'a',
          annotator: 'amira',
          spans: [span(0, 6, 'PERSON', { id: 's1', entityId: 'e_pompeo' })],
          entities: [pompeo],
        }),
      ),
    );
    expect(written.files[0]?.path).toBe('loupe.json');
    expect(JSON.parse(written.files[0]?.content ?? '')).toEqual({
      format: 'loupe',
      formatVersion: 1,
      entities: [pompeo],
      documents: [
        {
          name: 'a',
          text: 'Pompeo\r\n😀',
          annotator: 'amira',
          documentLabels: {},
          spans: [
            { label: 'PERSON', fragments: [{ start: 0, end: 6 }], id: 's1', entityId: 'e_pompeo' },
          ],
          relations: [],
          stances: [],
        },
      ],
    });
    expect(written.files[0]?.content.split('\n').slice(0, 3)).toEqual([
      '{',
      '  "format": "loupe",',
      '  "formatVersion": 1,',
    ]);
    expect(written.summary).toEqual({ documents: 1, spans: 1, stances: 0, notExpressed: {} });
  });
});

describe('writeLoupe: the relations written, counted', () => {
  it('counts every relation, as it writes every one', () => {
    const written = writeLoupe(
      bundle(
        doc('Bob met Al.', {
          spans: [span(0, 3, 'PER', { id: 'a' }), span(8, 10, 'PER', { id: 'b' })],
          relations: [
            relation('met', 'a', 'b', { id: 'r1' }),
            relation('knows', 'b', 'a', { id: 'r2' }),
          ],
        }),
      ),
    );
    expect(written.summary).toEqual({
      documents: 1,
      spans: 2,
      stances: 0,
      relations: 2,
      notExpressed: {},
    });
  });
});
