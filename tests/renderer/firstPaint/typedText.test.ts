import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../src/shared/commands';
import { keyName, typedText } from '../../../src/renderer/src/firstPaint/typedText';

function press(key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

function keys(...names: string[]): KeyPress[] {
  return names.map((name) => press(name));
}

describe('typedText', () => {
  it('types characters in order, Backspace taking back the last one', () => {
    expect(typedText(keys('a', 'm', 'x', 'Backspace', 'i', 'r', 'a')).text).toBe('amira');
    expect(typedText(keys('Backspace', 'é', '👍')).text).toBe('é👍');
  });

  it('does not apply Enter or chords, and names them', () => {
    const typed = typedText([
      ...keys('a', 'Enter'),
      press('z', { ctrlKey: true }),
      press('F', { ctrlKey: true, shiftKey: true }),
    ]);
    expect(typed).toEqual({ text: 'a', notApplied: ['Enter', 'Ctrl+Z', 'Ctrl+Shift+F'] });
  });

  it('types what AltGr makes (Windows: Ctrl+Alt with the character), typed before the name field showed', () => {
    const altGr = { ctrlKey: true, altKey: true };
    const typed = typedText([...keys('a', 'm'), press('@', altGr), ...keys('l', 'a', 'b')]);
    expect(typed).toEqual({ text: 'am@lab', notApplied: [] });
    expect(typedText([press('l', altGr)]).notApplied).toEqual(['Ctrl+Alt+L']);
  });
});

describe('keyName', () => {
  it('names a key as menus do', () => {
    expect(keyName(press(' '))).toBe('Space');
    expect(keyName(press('Tab', { shiftKey: true }))).toBe('Shift+Tab');
    expect(keyName(press('A', { shiftKey: true }))).toBe('A');
    expect(keyName(press('/', { metaKey: true }))).toBe('Cmd+/');
  });
});
