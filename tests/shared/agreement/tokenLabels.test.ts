import { describe, expect, it } from 'vitest';
import { tokenLabels } from '../../../src/shared/agreement/tokenLabels';
import { tokenize } from '../../../src/shared/text';
import { discontinuous, span } from './build';

describe('tokenLabels', () => {
  const tokens = tokenize('Mike Pompeo met Adil Abdul-Mahdi.');

  it('labels the tokens a span covers, null elsewhere', () => {
    expect(tokenLabels(tokens, [span(0, 11, 'PER')])).toEqual([
      'PER',
      'PER',
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('labels a token a span only partly covers', () => {
    expect(tokenLabels(tokens, [span(2, 7, 'PER')]).slice(0, 3)).toEqual(['PER', 'PER', null]);
  });

  it('gives a contested token to the span sharing most of it, ties to the first label', () => {
    const labels = tokenLabels(tokens, [span(0, 6, 'ORG'), span(5, 11, 'PER')]);
    expect(labels.slice(0, 2)).toEqual(['ORG', 'PER']);
    const tie = tokenLabels(tokens, [span(0, 4, 'PER'), span(0, 4, 'GPE')]);
    expect(tie[0]).toBe('GPE');
  });

  it('labels each fragment of a discontinuous span, not the gap', () => {
    const labels = tokenLabels(tokens, [discontinuous('PER', [0, 4], [16, 20])]);
    expect(labels.slice(0, 4)).toEqual(['PER', null, null, 'PER']);
  });

  it('counts code points: an emoji before a name does not shift it', () => {
    const emoji = tokenize('😀 Mike');
    expect(emoji.at(-1)).toMatchObject({ start: 2, end: 6 });
    expect(tokenLabels(emoji, [span(2, 6, 'PER')]).at(-1)).toBe('PER');
  });
});
