import { describe, expect, it } from 'vitest';
import {
  ariaChord,
  chordOf,
  formatChord,
  hasCommandModifier,
  isAltGraphCharacter,
  normalizeChord,
  toAccelerator,
  typedCharacterOf,
  type KeyPress,
} from '../../../src/shared/commands';

function press(key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

describe('key chords', () => {
  it('reads a press as Mod (Ctrl or Cmd), Alt, Shift and a lower-case key or a key name', () => {
    expect(chordOf(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('Mod+Shift+z');
    expect(chordOf(press('z', { metaKey: true }))).toBe('Mod+z');
    expect(chordOf(press('Tab', { shiftKey: true }))).toBe('Shift+Tab');
    expect(chordOf(press('/', { ctrlKey: true }))).toBe('Mod+/');
    expect(chordOf(press('Shift', { shiftKey: true }))).toBeNull();
  });

  it('normalizes what a person types or settings hold, and refuses what is not a chord', () => {
    expect(normalizeChord('ctrl+shift+Z')).toBe('Mod+Shift+z');
    expect(normalizeChord('Cmd+Alt+k')).toBe('Mod+Alt+k');
    expect(normalizeChord('Esc')).toBe('Escape');
    expect(normalizeChord('Mod++')).toBe('Mod++');
    expect(normalizeChord('Hyper+x')).toBeNull();
    expect(normalizeChord('Mod+Banana')).toBeNull();
  });

  it('refuses a key named like an Object.prototype member (constructor, __proto__, toString)', () => {
    expect(normalizeChord('constructor')).toBeNull();
    expect(normalizeChord('Ctrl+Constructor')).toBeNull();
    expect(normalizeChord('Alt+__proto__')).toBeNull();
    expect(normalizeChord('toString')).toBeNull();
  });

  it('shows chords as menus do, and as Electron accelerators', () => {
    expect(formatChord('Mod+Shift+z')).toBe('Ctrl+Shift+Z');
    expect(formatChord('Mod+Shift+z', true)).toBe('Cmd+Shift+Z');
    expect(formatChord('Delete')).toBe('Del');
    expect(formatChord('ArrowDown')).toBe('↓');
    expect(toAccelerator('Mod+Shift+b')).toBe('CmdOrCtrl+Shift+B');
    expect(toAccelerator('Mod+=')).toBe('CmdOrCtrl+=');
    expect(toAccelerator('ArrowUp')).toBe('Up');
  });

  it('names chords as aria-keyshortcuts does: UI Events key names, not the shown ones', () => {
    expect(ariaChord('Mod+Shift+z')).toBe('Control+Shift+Z');
    expect(ariaChord('Mod+Shift+z', true)).toBe('Meta+Shift+Z');
    expect(ariaChord('Delete')).toBe('Delete');
    expect(ariaChord('ArrowDown')).toBe('ArrowDown');
    expect(ariaChord('Shift+a')).toBe('Shift+A');
    expect(ariaChord('Mod+=')).toBe('Control+=');
  });

  it('knows which chords may fire while a text field has focus', () => {
    expect(hasCommandModifier('Mod+f')).toBe(true);
    expect(hasCommandModifier('Alt+x')).toBe(true);
    expect(hasCommandModifier('Shift+a')).toBe(false);
    expect(hasCommandModifier('e')).toBe(false);
  });
});

describe('AltGr', () => {
  const altGr = (key: string, altGraph?: boolean) =>
    press(key, { ctrlKey: true, altKey: true, ...(altGraph === undefined ? {} : { altGraph }) });

  // Windows reports AltGr as Ctrl+Alt with the character as the key: AltGr+Q types @ on a
  // German keyboard, AltGr+E €, AltGr+7 {.
  it('reads Ctrl+Alt with a character as AltGr typing it', () => {
    expect(isAltGraphCharacter(altGr('@'))).toBe(true);
    expect(isAltGraphCharacter(altGr('€'))).toBe(true);
    expect(isAltGraphCharacter(altGr('{'))).toBe(true);
    expect(typedCharacterOf(altGr('@'))).toBe('@');
  });

  it('keeps Ctrl+letter and Ctrl+Alt+letter commands, unless the press recorded AltGr', () => {
    expect(typedCharacterOf(press('a', { ctrlKey: true }))).toBeNull();
    expect(typedCharacterOf(press('@', { ctrlKey: true }))).toBeNull();
    expect(isAltGraphCharacter(altGr('l'))).toBe(false);
    expect(isAltGraphCharacter(altGr(' '))).toBe(false);
    expect(isAltGraphCharacter(altGr('l', true))).toBe(true);
    expect(isAltGraphCharacter(altGr('l', false))).toBe(false);
    expect(isAltGraphCharacter(altGr('{', false))).toBe(true); // Windows may not say AltGr
    expect(isAltGraphCharacter(press('@', { ctrlKey: true, altKey: true, metaKey: true }))).toBe(
      false,
    );
    expect(isAltGraphCharacter(altGr('Enter', true))).toBe(false);
  });

  it('types a character with Alt alone (a Mac) or none, never with Cmd', () => {
    expect(typedCharacterOf(press('å', { altKey: true }))).toBe('å');
    expect(typedCharacterOf(press('x'))).toBe('x');
    expect(typedCharacterOf(press('v', { metaKey: true }))).toBeNull();
    expect(typedCharacterOf(press('Tab'))).toBeNull();
  });
});
