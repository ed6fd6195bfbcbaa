import { describe, expect, it } from 'vitest';
import { readLabelStudio } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';
import { pretty } from './build';

describe('readLabelStudio of Paragraphs (dialogue) tasks', () => {
  // In the shape of label-studio-frontend e2e/tests/audio-paragraphs.test.js (Apache-2.0):
  // data.text is a list of { author, text, start, end } and the regions are paragraphlabels
  // counted from a paragraph (start/end its index, startOffset/endOffset within it).
  it('refuses them, saying what the list is and how to import the transcript', () => {
    const content = pretty([
      {
        id: 1,
        data: {
          text: [
            { end: 5.6, text: 'Dont you hate that?', start: 3.1, author: 'Mia Wallace' },
            { text: 'Hate what?', start: 4.2, author: 'Vincent Vega:', duration: 3.1 },
          ],
        },
        annotations: [
          {
            id: 1,
            result: [
              {
                value: {
                  start: '0',
                  end: '0',
                  startOffset: 0,
                  endOffset: 4,
                  text: 'Dont',
                  paragraphlabels: ['General: Negative'],
                },
                id: 'RcHv5CdYBt',
                from_name: 'label',
                to_name: 'text',
                type: 'paragraphlabels',
              },
            ],
          },
        ],
      },
    ]);
    expect(errorsOf(() => readLabelStudio([file('dialogue.json', content)]))[0]?.message).toBe(
      "dialogue.json:4: data.text: a list of paragraphs (Label Studio's Paragraphs, a dialogue), which Loupe does not read (its paragraphlabels regions count from each paragraph, not from one text); to import the transcript, put it in one text field, with regions over that text",
    );
  });
});
