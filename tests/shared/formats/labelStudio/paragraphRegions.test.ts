import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { file, span } from '../build';
import { dialogueTask, paragraphRegion, pretty } from './build';

const LINES: [string | undefined, string][] = [
  ['Mia Wallace', 'Dont you hate that?'],
  ['Vincent Vega:', 'Hate what? 😀 ok'],
  [undefined, 'Uncomfortable silences.'],
];

const REGIONS = [
  paragraphRegion('r1', [0, 0], [0, 4], 'Dont', 'Negative'),
  // "ok" after the emoji: 14-16 in UTF-16 units, as Label Studio writes it.
  paragraphRegion('r2', [1, 14], [1, 16], 'ok', 'Positive'),
  paragraphRegion('r3', [0, 9], [2, 13], 'hate that?\nHate what? 😀 ok\nUncomfortable', 'Span'),
];

function read(content: string): FormatBundle {
  return readLabelStudio([file('dialogue.json', content)]);
}

interface Task {
  data: Record<string, unknown>;
  annotations: { result: { id: string; type: string; value: Record<string, unknown> }[] }[];
}

function written(bundle: FormatBundle) {
  const out = writeLabelStudio(bundle);
  return { tasks: JSON.parse(out.files[0]?.content ?? '') as Task[], summary: out.summary };
}

describe('writeLabelStudio of documents read from Paragraphs', () => {
  const original = pretty([dialogueTask(LINES, REGIONS)]);

  it('writes the same paragraph list and paragraphlabels regions back', () => {
    const { tasks, summary } = written(read(original));
    expect(tasks[0]?.data).toEqual({
      dialogue: [
        { author: 'Mia Wallace', text: 'Dont you hate that?' },
        { author: 'Vincent Vega:', text: 'Hate what? 😀 ok' },
        { text: 'Uncomfortable silences.' },
      ],
    });
    expect(tasks[0]?.annotations[0]?.result).toEqual(REGIONS);
    expect(summary.notExpressed).toEqual({});
  });

  it('reads its own export back to the same spans', () => {
    const first = read(original);
    const again = read(pretty(written(first).tasks));
    expect(again.documents.map((d) => [d.text, d.spans])).toEqual(
      first.documents.map((d) => [d.text, d.spans]),
    );
  });

  it('writes a new span across a paragraph boundary as one region with start ≠ end, the author name left out', () => {
    const [doc] = read(pretty([dialogueTask(LINES, [])])).documents;
    if (!doc) throw new Error('no document');
    // "that?" is 27-32 of line 0; "Hate" is 47-51 ("Vincent Vega: " starts at 33, 14 long).
    const { tasks, summary } = written({
      ...read(original),
      documents: [{ ...doc, spans: [span(27, 51, 'Q', { id: 'n1' })] }],
    });
    expect(tasks[0]?.annotations[0]?.result).toEqual([
      paragraphRegion('n1', [0, 14], [1, 4], 'that?\nHate', 'Q'),
    ]);
    expect(summary.notExpressed).toEqual({
      'span cut to the paragraphs’ text (author names and line breaks left out)': 1,
    });
  });

  it('counts a span over an author name alone, which no region can hold', () => {
    const [doc] = read(pretty([dialogueTask(LINES, [])])).documents;
    if (!doc) throw new Error('no document');
    const { tasks, summary } = written({
      ...read(original),
      documents: [{ ...doc, spans: [span(33, 45, 'PERSON')] }],
    });
    expect(tasks[0]?.annotations[0]?.result).toEqual([]);
    expect(summary.notExpressed).toEqual({
      'span over an author name only (not the text of a paragraph), not written': 1,
    });
  });
});
