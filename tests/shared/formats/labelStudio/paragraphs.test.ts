import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../../src/shared/formats/labelStudio/paragraphs';

describe('layoutOf', () => {
  it('lays paragraphs out as `author: text` lines, and counts where each text starts', () => {
    const layout = layoutOf('dialogue', [
      { author: 'Mia Wallace', text: 'Dont you hate that?' },
      { author: 'Vincent Vega:', text: 'Hate what?' },
      { text: 'silence' },
    ]);
    // "Mia Wallace: " is 13 code points; the line is 13 + 19 = 32, then a line break.
    // Label Studio's example authors end in ':' already: "Vincent Vega: " (14) starts at 33.
    expect(layout.text).toBe('Mia Wallace: Dont you hate that?\nVincent Vega: Hate what?\nsilence');
    expect(layout.starts).toEqual([13, 47, 58]);
    expect(layout.nameKey).toBe('author');
  });

  it('reads `speaker` where there is no author, and counts code points (an emoji is one)', () => {
    const layout = layoutOf('chat', [
      { speaker: 'A', text: '😀 hi' },
      { speaker: 'B', text: 'yo' },
    ]);
    expect(layout.text).toBe('A: 😀 hi\nB: yo');
    // "A: 😀 hi" is 3 + 4 code points; then "\n" and "B: " (3): 7 + 1 + 3 = 11.
    expect(layout.starts).toEqual([3, 11]);
    expect(layout.nameKey).toBe('speaker');
  });
});
