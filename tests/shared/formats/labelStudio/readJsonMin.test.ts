import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { file } from '../build';
import { pretty } from './build';

describe('readLabelStudio JSON-MIN', () => {
  it('reads a JSON-MIN export: regions under their control name, the annotator and times as the annotation', () => {
    // The shape of Label Studio's JSON-MIN export (label-studio-sdk converter.convert_to_json_min:
    // data fields flattened, each control's values under its name, annotator, annotation_id,
    // created_at, updated_at, lead_time), as a user pasted one in label-studio issue #1803
    // (text under $Full_Text). It was refused: "[0].data: … this one has no data".
    const text = 'BORROWER: Electric City Corp., a Delaware corporation (the Company), agree.';
    const record = {
      Full_Text: text,
      id: 5297,
      label: [
        { start: 10, end: 30, text: 'Electric City Corp.,', labels: ['Name'] },
        { start: 59, end: 66, text: 'Company', labels: ['Reference'] },
      ],
      annotator: 'someone@example.com',
      annotation_id: 12,
      created_at: '2021-12-02T10:00:00.000000Z',
      lead_time: 30.5,
    };
    const read = readLabelStudio([file('min.json', pretty([record]))]);
    const [doc] = read.documents;
    expect(doc?.name).toBe('5297');
    expect(doc?.annotator).toBe('someone@example.com');
    expect(doc?.spans.map((s) => [s.label, s.fragments])).toEqual([
      ['Name', [{ start: 10, end: 30 }]],
      ['Reference', [{ start: 59, end: 66 }]],
    ]);
    expect(read.warnings).toEqual([
      'min.json: read as Label Studio\'s JSON-MIN export, which holds no relations and gives a single choice or a textarea as a plain field (read as data; a field holding {"choices": [...]} in some record is read as choices, a plain value there as one choice); export Label Studio\'s JSON to keep them',
    ]);
    const [task] = JSON.parse(writeLabelStudio(read).files[0]?.content ?? '[]') as Record<
      string,
      unknown
    >[];
    // The id names the document: no data.name.
    expect(task?.data).toEqual({ Full_Text: text });
    expect(task?.annotations).toMatchObject([
      {
        id: 12,
        completed_by: { email: 'someone@example.com' },
        lead_time: 30.5,
        result: [{ from_name: 'label', value: { start: 10, end: 30, labels: ['Name'] } }, {}],
      },
    ]);
  });
});
