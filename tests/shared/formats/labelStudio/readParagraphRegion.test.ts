import { describe, expect, it } from 'vitest';
import { readLabelStudio } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';
import { dialogueTask, lineOf, paragraphRegion, pretty, unfiled } from './build';

const LINES: [string | undefined, string][] = [
  ['Mia Wallace', 'Dont you hate that?'],
  ['Vincent Vega:', 'Hate what?'],
  [undefined, 'Uncomfortable silences.'],
];

function read(results: object[], lines = LINES) {
  return readLabelStudio([file('dialogue.json', pretty([dialogueTask(lines, results)]))]);
}

/** Each span as `label start-end "covered text"` in code points of the document text. */
function shown(doc: FormatDocument | undefined): string[] {
  const points = [...(doc?.text ?? '')];
  return (doc?.spans ?? []).map(
    (s) =>
      `${s.label} ${s.fragments.map((f) => `${f.start}-${f.end} ${JSON.stringify(points.slice(f.start, f.end).join(''))}`).join(' + ')}`,
  );
}

function messageOf(results: object[], lines = LINES): string {
  const content = pretty([dialogueTask(lines, results)]);
  const errors = errorsOf(() => readLabelStudio([file('dialogue.json', content)]));
  return errors.map((e) => e.message).join('\n');
}

describe('readLabelStudio of Paragraphs (dialogue) tasks', () => {
  it('reads regions within a paragraph over the `author: text` lines', () => {
    const { documents, warnings } = read([
      paragraphRegion('r1', [0, 0], [0, 4], 'Dont', 'Negative'),
      paragraphRegion('r2', [2, 0], [2, 13], 'Uncomfortable', 'Topic'),
    ]);
    expect(documents[0]?.text).toBe(
      'Mia Wallace: Dont you hate that?\nVincent Vega: Hate what?\nUncomfortable silences.',
    );
    // "Mia Wallace: " is 13 long; line 3 starts after 32 + 1 + 24 + 1 = 58 and has no author.
    expect(shown(documents[0])).toEqual(['Negative 13-17 "Dont"', 'Topic 58-71 "Uncomfortable"']);
    expect(warnings).toEqual([]);
  });

  it('reads a region over several paragraphs as one fragment per paragraph, author names left out', () => {
    // From "hate that?" (offset 9 of paragraph 0) to "Uncomfortable" (13 of paragraph 2);
    // Label Studio's selection text has line breaks between paragraphs.
    const { documents, warnings } = read([
      paragraphRegion('r1', [0, 9], [2, 13], 'hate that?\nHate what?\nUncomfortable', 'Span'),
    ]);
    expect(shown(documents[0])).toEqual([
      'Span 22-32 "hate that?" + 47-57 "Hate what?" + 58-71 "Uncomfortable"',
    ]);
    expect(warnings).toEqual([]);
  });

  it('counts offsets in UTF-16 units within a paragraph, as Label Studio measures a selection', () => {
    // "😀 ok": the emoji is 2 UTF-16 units, so "ok" is 3-5 there and 2-4 in code points.
    const { documents } = read(
      [paragraphRegion('r1', [1, 3], [1, 5], 'ok', 'X')],
      [
        ['A', 'hi'],
        ['B', '😀 ok'],
      ],
    );
    // "A: hi\n" is 6, "B: " 3, then "😀 " 2 code points: "ok" at 11-13.
    expect(shown(documents[0])).toEqual(['X 11-13 "ok"']);
  });

  it('reads offsets that fit value.text only as code points so, and says so', () => {
    const { documents, warnings } = read(
      [paragraphRegion('r1', [0, 2], [0, 4], 'ok', 'X')],
      [['A', '😀 ok']],
    );
    expect(shown(documents[0])).toEqual(['X 5-7 "ok"']);
    expect(warnings).toEqual([
      expect.stringContaining(
        'startOffset/endOffset fit value.text "ok" only as code points (Label Studio counts UTF-16 units)',
      ),
    ]);
  });

  it('reads code point offsets that would split a character as UTF-16 units so, when they fit value.text', () => {
    // "ab😀": the emoji is code point 2-3 but UTF-16 units 2-4, so 2-3 in units splits it.
    const { documents, warnings } = read(
      [paragraphRegion('r1', [0, 2], [0, 3], '😀', 'X')],
      [['A', 'ab😀']],
    );
    expect(shown(documents[0])).toEqual(['X 5-6 "😀"']);
    expect(warnings).toEqual([expect.stringContaining('only as code points')]);
    expect(
      messageOf([paragraphRegion('r1', [0, 2], [0, 3], undefined, 'X')], [['A', 'ab😀']]),
    ).toContain(
      'value.endOffset falls inside a character of paragraph 0 (A) (between the halves of a surrogate pair)',
    );
  });

  it('reads a region without value.text (savetextresult="no") by its offsets', () => {
    const { documents } = read([paragraphRegion('r1', [1, 0], [1, 4], undefined, 'Q')]);
    expect(shown(documents[0])).toEqual(['Q 47-51 "Hate"']);
  });

  it('keeps the paragraph list, its key and each paragraph’s other fields in the metadata', () => {
    const lines: [string | undefined, string][] = [['Mia', 'Hi']];
    const task = {
      ...dialogueTask(lines, []),
      data: { dialogue: [{ author: 'Mia', text: 'Hi', start: 3.1 }], url: 'a.mp3' },
    };
    const { documents } = readLabelStudio([file('d.json', pretty([task]))]);
    expect(unfiled(documents[0])?.metadata).toEqual({
      id: 7,
      data: {
        dialogue: {
          $loupe: 'paragraphs of the document text',
          paragraphs: [{ author: 'Mia', text: 'Hi', start: 3.1 }],
        },
        url: 'a.mp3',
      },
    });
  });

  it('refuses a region whose text is not the paragraph’s, naming file, line, task, region and both texts', () => {
    const results = [paragraphRegion('r9', [1, 0], [1, 4], 'Love', 'Q')];
    const content = pretty([dialogueTask(LINES, results)]);
    expect(messageOf(results)).toBe(
      `dialogue.json:${lineOf(content, '"text": "Love"')}: [0].annotations[0].result[0] (task 7, region "r9"): value.text is "Love", but paragraph 1 (Vincent Vega:) has "Hate" at 0-4 (UTF-16 units, as Label Studio counts); the task's data is not the text these regions were drawn on: export the task with its data from Label Studio again, or correct value.text or the offsets`,
    );
  });

  it('refuses offsets outside their paragraph', () => {
    expect(messageOf([paragraphRegion('r1', [1, 5], [1, 40], undefined, 'Q')])).toContain(
      '(task 7, region "r1"): value.endOffset 40 is beyond paragraph 1 (Vincent Vega:), 10 UTF-16 units long',
    );
  });

  it('refuses a paragraph index the list does not have, or one that is not an index', () => {
    expect(messageOf([paragraphRegion('r1', [3, 0], [3, 2], undefined, 'Q')])).toContain(
      '(task 7, region "r1"): value.start "3" names no paragraph: data.dialogue has 3 (0 to 2)',
    );
    expect(
      messageOf([paragraphRegion('r1', ['/div[1]/p[2]', 0], [1, 2], undefined, 'Q')]),
    ).toContain(
      'value.start "/div[1]/p[2]" is not a paragraph index (Label Studio writes "0", "1", … counting the paragraphs of data.dialogue from 0)',
    );
  });

  it('refuses paragraphlabels regions with no paragraph list to count from', () => {
    const task = {
      data: { text: 'Hi there' },
      annotations: [{ result: [paragraphRegion('r1', [0, 0], [0, 2], 'Hi', 'Q')] }],
    };
    const errors = errorsOf(() => readLabelStudio([file('d.json', pretty([task]))]));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining(
        "data: the annotations hold paragraphlabels regions (Label Studio's Paragraphs) but data has no list of paragraphs",
      ),
    ]);
  });
});
