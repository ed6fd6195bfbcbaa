import { describe, expect, it } from 'vitest';
import { unreadAnnotationKeys } from '../../../../src/shared/formats/common';

describe('unreadAnnotationKeys', () => {
  it('names the keys tools write annotations under that the reader did not read', () => {
    const record = { text: 'IBM', spans: [{ start: 0, end: 3, label: 'ORG' }], label: [] };
    expect(unreadAnnotationKeys(record, new Set(['text', 'label']))).toEqual(['spans']);
  });

  it('names spans under a key no tool name gives away', () => {
    // The pattern of lcclab-blcu/CHED all.jsonl: doccano-shaped spans under `events`.
    const record = {
      text: '见吕不韦姬',
      events: [{ id: 1, trigger: '见', label: '见面', start_offset: 0, end_offset: 1 }],
      mentions: [[0, 1, 'PER']],
      words: [{ start: 0, end: 1 }],
    };
    expect(unreadAnnotationKeys(record, new Set(['text']))).toEqual(['events', 'mentions']);
  });

  it('leaves out tokens, which are not annotations, and lists of plain values', () => {
    const record = {
      text: 'IBM',
      tokens: [{ text: 'IBM', start: 0, end: 3, id: 0 }],
      keywords: ['IBM'],
      sizes: [[0, 3]],
    };
    expect(unreadAnnotationKeys(record, new Set(['text']))).toEqual([]);
  });
});
