// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keyPress } from '../../helpers/keyPress';
import { pickOption, typeAheadOf } from '../../../src/renderer/src/commands/selectTypeAhead';

/** Types `text` one character every `gap` ms from `start`; the option index after each. */
function typeAll(labels: (string | null)[], text: string, gap = 100, selected = 0): number[] {
  let state = null;
  const picked: number[] = [];
  for (const [i, char] of Array.from(text).entries()) {
    const next = typeAheadOf(state, labels, selected, char, 1000 + i * gap);
    state = next.state;
    if (next.index >= 0) selected = next.index;
    picked.push(selected);
  }
  return picked;
}

describe('typeAheadOf (Chromium TypeAhead, as for a drop-down select)', () => {
  const labels = ['Favor', 'Against', 'Neutral', 'Ambivalent', '  neither'];

  it('takes the characters typed within a second as one prefix, case folded', () => {
    expect(typeAll(labels, 'ne')).toEqual([2, 2]);
    expect(typeAll(labels, 'nei')).toEqual([2, 2, 4]); // leading spaces do not count
    expect(typeAll(labels, 'AM')).toEqual([1, 3]);
  });

  it('starts afresh after a second', () => {
    expect(typeAll(labels, 'na')).toEqual([2, 2]); // no option starts "na"
    expect(typeAll(labels, 'na', 1001)).toEqual([2, 3]); // "a" alone, after Neutral
  });

  it('one letter again and again goes round the options it starts', () => {
    expect(typeAll(labels, 'aaa')).toEqual([1, 3, 1]);
    expect(typeAll(labels, 'nnn')).toEqual([2, 4, 2]);
  });

  it('skips disabled options (null) and picks nothing when no label fits', () => {
    expect(typeAll(['Favor', null, 'Against'], 'a')).toEqual([2]);
    expect(typeAheadOf(null, labels, 0, 'z', 0).index).toBe(-1);
  });
});

describe('pickOption', () => {
  function select(): { element: HTMLSelectElement; changes: string[] } {
    document.body.innerHTML = `<select>
      <option value="">Choose…</option><option value="favor">Favor</option>
      <option value="against">Against</option><option value="x" disabled>Absent</option>
      <option value="neutral">Neutral</option></select>`;
    const element = document.querySelector('select');
    if (!element) throw new Error('no select');
    const changes: string[] = [];
    element.addEventListener('input', () => changes.push(`input:${element.value}`));
    element.addEventListener('change', () => changes.push(`change:${element.value}`));
    return { element, changes };
  }

  it('picks the option typed, with input and change as the user does', () => {
    const { element, changes } = select();
    expect(pickOption(element, keyPress('a'), 5000)).toBe(true);
    expect(element.value).toBe('against');
    expect(changes).toEqual(['input:against', 'change:against']);
    pickOption(element, keyPress('n'), 5100);
    expect(element.value).toBe('against'); // "an": no option starts so
    pickOption(element, keyPress('n'), 7000);
    expect(element.value).toBe('neutral');
  });

  it('moves with Arrow Down and Up past disabled options, stopping at the ends', () => {
    const { element } = select();
    pickOption(element, keyPress('ArrowDown'), 0);
    expect(element.value).toBe('favor');
    pickOption(element, keyPress('ArrowDown'), 0);
    pickOption(element, keyPress('ArrowDown'), 0);
    expect(element.value).toBe('neutral');
    pickOption(element, keyPress('ArrowDown'), 0);
    expect(element.value).toBe('neutral');
    pickOption(element, keyPress('ArrowUp'), 0);
    expect(element.value).toBe('against');
    pickOption(element, keyPress('Home'), 0);
    expect(element.value).toBe('');
  });

  it('leaves commands, a lone Space and list boxes alone', () => {
    const { element } = select();
    expect(pickOption(element, keyPress('a', { ctrlKey: true }), 9000)).toBe(false);
    expect(pickOption(element, keyPress(' '), 9000)).toBe(false);
    element.multiple = true;
    expect(pickOption(element, keyPress('a'), 9000)).toBe(false);
    expect(element.value).toBe('');
  });
});
