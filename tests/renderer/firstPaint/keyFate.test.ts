import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../src/shared/commands';
import { keyFate, type KeyScene } from '../../../src/renderer/src/firstPaint/keyFate';

function press(key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

function scene(more: Partial<KeyScene> = {}): KeyScene {
  return { firstScreen: true, labelKeys: new Set(['1', 'g']), selected: false, ...more };
}

describe('keyFate', () => {
  it('lets the first screen act on keys that only read: move, scroll, extend a selection, copy', () => {
    for (const key of [
      press('ArrowDown'),
      press('ArrowRight', { shiftKey: true }),
      press('PageDown'),
      press('End', { ctrlKey: true, shiftKey: true }),
      press(' '),
      press('Tab'),
      press('Tab', { shiftKey: true }),
      press('c', { ctrlKey: true }),
      press('c', { metaKey: true }),
      press('Shift', { shiftKey: true }),
    ])
      expect(keyFate(key, scene())).toBe('pass');
  });

  it('holds the keys of replayable commands, and a label key only on selected text', () => {
    expect(keyFate(press('f', { ctrlKey: true }), scene())).toBe('hold');
    expect(keyFate(press('P', { ctrlKey: true, shiftKey: true }), scene())).toBe('hold');
    expect(keyFate(press('F6'), scene())).toBe('hold');
    expect(keyFate(press('1'), scene())).toBe('refuse');
    expect(keyFate(press('1'), scene({ selected: true }))).toBe('hold');
    expect(keyFate(press('G', { shiftKey: true }), scene({ selected: true }))).toBe('refuse');
  });

  it('refuses what would change something the first screen cannot show', () => {
    for (const key of [
      press('z', { ctrlKey: true }),
      press('y', { ctrlKey: true }),
      press('Delete'),
      press('Backspace'),
      press('Enter'),
      press('d'),
      press('a', { ctrlKey: true }),
    ])
      expect(keyFate(key, scene({ selected: true }))).toBe('refuse');
  });

  it('holds every key but modifiers and reading keys on "Loading Loupe…", typed characters included', () => {
    const loading = scene({ firstScreen: false, labelKeys: new Set() });
    for (const key of [
      press('a'),
      press(' '),
      press('Backspace'),
      press('Enter'),
      press('z', { ctrlKey: true }),
    ])
      expect(keyFate(key, loading)).toBe('hold');
    expect(keyFate(press('Control', { ctrlKey: true }), loading)).toBe('pass');
    expect(keyFate(press('ArrowDown'), loading)).toBe('pass');
  });
});
