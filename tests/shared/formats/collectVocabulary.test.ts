import { describe, expect, it } from 'vitest';
import { collectVocabulary } from '../../../src/shared/formats';
import { bundle, doc, entity, relation, span, stance } from './build';

describe('collectVocabulary', () => {
  it('collects every label, type, polarity, topic and value a bundle uses, sorted', () => {
    const d = doc('IBM in Armonk', {
      spans: [
        span(0, 3, 'ORG', { id: 'a', attributes: { Confidence: 'High', Negated: true } }),
        span(7, 13, 'GPE', { id: 'b', attributes: { Confidence: 'Low' } }),
      ],
      relations: [relation('Located_in', 'a', 'b')],
      stances: [
        stance('FAVOR', ['a'], { target: { kind: 'topic', topicId: 'ibm' } }),
        stance('AGAINST', ['b']),
      ],
      documentLabels: { source: 'wire' },
      entities: [entity('e', 'IBM', 'ORG')],
    });
    expect(collectVocabulary(bundle(d))).toEqual({
      labels: ['GPE', 'ORG'],
      relationTypes: ['Located_in'],
      polarities: ['AGAINST', 'FAVOR'],
      topics: ['ibm'],
      entityTypes: ['ORG'],
      attributes: { Confidence: ['High', 'Low'], Negated: [] },
      documentLabels: { source: ['wire'] },
    });
  });
});
