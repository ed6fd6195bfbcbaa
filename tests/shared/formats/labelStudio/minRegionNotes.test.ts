import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudioMin } from '../../../../src/shared/formats';

/**
 * A per-region TextArea (`perRegion="true"`) in JSON-MIN, as label-studio-converter writes it
 * (issue #49, HumanSignal/label-studio-converter): before 1.2 each value with its region's ends,
 * `[{start, end, text: [lines]}]`; since, `prettify_result` writes one line as the bare string
 * (`"282"`, or `["282", "17"]` for two regions) and keeps `{start, end, text}` only for a note of
 * several lines. Keys: the task's data, `id`, each control, then the annotation's fields.
 */
const TEXT =
  "Dallas is 7-1-2 in its past 10, and is just two points out of a playoff spot heading into Tuesday night's clash with Carolina.";
const base = {
  ner: TEXT,
  id: 7,
  label: [
    { start: 0, end: 6, text: 'Dallas', labels: ['Team'] },
    { start: 117, end: 125, text: 'Carolina', labels: ['Team'] },
  ],
};
const annotation = {
  annotator: 1,
  annotation_id: 12,
  created_at: '2021-09-03T10:00:00.000000Z',
  updated_at: '2021-09-03T10:00:00.000000Z',
  lead_time: 4.2,
};
const file = (entityId: unknown) =>
  `${JSON.stringify([{ ...base, entity_id: entityId, ...annotation }], null, 2)}\n`;

describe('Label Studio JSON-MIN: a per-region textarea', () => {
  it('reads a value written with its region’s ends as that span’s note, and writes it back where and as it was', () => {
    for (const entityId of [
      [{ start: 117, end: 125, text: ['282'] }],
      { start: 117, end: 125, text: ['282', 'Carolina Hurricanes'] },
    ]) {
      const content = file(entityId);
      const bundle = readLabelStudio([{ path: 'min.json', content }]);
      const [doc] = bundle.documents;
      expect(doc?.spans.map((s) => [s.label, s.note])).toEqual([
        ['Team', undefined],
        ['Team', Array.isArray(entityId) ? '282' : '282\nCarolina Hurricanes'],
      ]);
      expect(doc?.metadata).not.toHaveProperty('data.entity_id');
      const written = writeLabelStudioMin(bundle).files[0]?.content ?? '';
      // Label Studio's own JSON-MIN of this note: the one line bare (its region lost), several lines with their region's ends.
      const expected = Array.isArray(entityId) ? '282' : entityId;
      expect(written).toBe(file(expected));
    }
  });

  it('keeps a bare line (its region lost) or a value tied to no one region as it was, and writes it back after id, where Label Studio writes it', () => {
    for (const entityId of [
      '282',
      ['282', '17'],
      [{ start: 1, end: 4, text: ['no region here'] }],
      [
        { start: 117, end: 125, text: ['a'] },
        { start: 117, end: 125, text: ['b'] },
      ],
    ]) {
      const content = file(entityId);
      const bundle = readLabelStudio([{ path: 'min.json', content }]);
      const [doc] = bundle.documents;
      expect(doc?.spans.map((s) => s.note)).toEqual([undefined, undefined]);
      expect(doc?.metadata).toMatchObject({ data: { entity_id: entityId } });
      expect(writeLabelStudioMin(bundle).files[0]?.content).toBe(content);
    }
  });
});
