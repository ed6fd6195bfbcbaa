import { describe, expect, it } from 'vitest';
import { typeAhead } from '../../../src/renderer/src/ui/typeAhead';

const NAMES = ['PERSON', 'LOC', 'LANGUAGE', 'LAW', 'NORP', 'Paris'];

describe('typeAhead', () => {
  it('goes to the first name that starts with what was typed, ignoring case', () => {
    const { find } = typeAhead(500);
    expect(find('l', NAMES, 0, 1000)).toBe(1); // LOC
    expect(find('A', NAMES, 1, 1100)).toBe(2); // LANGUAGE
    expect(find('w', NAMES, 2, 1200)).toBe(3); // LAW
    expect(find('x', NAMES, 3, 1300)).toBe(-1); // "lawx": none
  });

  it('starts afresh after a pause longer than its own, or when reset', () => {
    const typed = typeAhead(500);
    expect(typed.find('l', NAMES, 0, 1000)).toBe(1);
    expect(typed.find('n', NAMES, 1, 1501)).toBe(4); // "n", not "ln"
    expect(typed.find('o', NAMES, 4, 2000)).toBe(4); // "no", within the pause
    typed.reset();
    expect(typed.find('l', NAMES, 4, 2100)).toBe(1);
  });

  it('goes round the names with one letter when that letter is typed again', () => {
    const { find } = typeAhead(500);
    expect(find('p', NAMES, 1, 1000)).toBe(0); // PERSON
    expect(find('p', NAMES, 0, 1100)).toBe(5); // "pp": the next with p, Paris
    expect(find('p', NAMES, 5, 1200)).toBe(0); // round to PERSON
  });
});
