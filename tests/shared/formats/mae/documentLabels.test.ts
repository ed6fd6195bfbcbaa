import { describe, expect, it } from 'vitest';
import { maeDocumentLabels, taskTags } from '../../../../src/shared/formats/mae/documentLabels';

describe('MAE document labels', () => {
  it('names document-level tags after the task, numbering the second on', () => {
    expect(maeDocumentLabels('VAX_SYMPTOM', ['PYREXIA', 'CHILL', 'PYREXIA'])).toEqual({
      VAX_SYMPTOM: 'PYREXIA',
      'VAX_SYMPTOM 2': 'CHILL',
      'VAX_SYMPTOM 3': 'PYREXIA',
    });
    expect(maeDocumentLabels('T', [])).toEqual({});
  });

  it("takes the task's labels, numbered or not, and counts the others", () => {
    expect(
      taskTags(
        { VAX_SYMPTOM: 'PYREXIA', 'VAX_SYMPTOM 7': 'CHILL', 'VAX_SYMPTOM x': 'A', VAX: 'B' },
        'VAX_SYMPTOM',
      ),
    ).toEqual({ tags: ['PYREXIA', 'CHILL'], others: 2 });
  });
});
