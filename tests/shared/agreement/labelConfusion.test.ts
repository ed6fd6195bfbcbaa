import { describe, expect, it } from 'vitest';
import {
  labelConfusion,
  labelConfusionSchema,
  NO_SPAN,
} from '../../../src/shared/agreement/labelConfusion';

describe('labelConfusion', () => {
  it('puts reference labels in rows, candidate labels in columns, no-span last', () => {
    const confusion = labelConfusion([
      ['PER', 'PER'],
      ['PER', 'PER'],
      ['ORG', 'PER'],
      ['PER', null],
      [null, 'ORG'],
      [null, null],
    ]);
    expect(confusion).toEqual({
      labels: ['ORG', 'PER', NO_SPAN],
      counts: [
        [0, 1, 0],
        [0, 2, 1],
        [1, 0, 0],
      ],
    });
    expect(labelConfusionSchema.parse(confusion)).toEqual(confusion);
  });

  it('is a lone no-span cell without pairings', () => {
    expect(labelConfusion([])).toEqual({ labels: [NO_SPAN], counts: [[0]] });
  });
});
