import { getOwn } from '../collections';

/**
 * Key chords as text: modifiers in the order `Mod` (Ctrl, or Cmd on macOS), `Alt`, `Shift`, then
 * one key: a printable character in lower case or a key name as KeyboardEvent.key spells it.
 * @example normalizeChord('ctrl+Shift+Z') === 'Mod+Shift+z'
 */
export type KeyChord = string;

/** The fields of a key press a chord is read from. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  /** AltGr held (`getModifierState('AltGraph')`), when the press recorded it. */
  readonly altGraph?: boolean;
}

/**
 * True when `press` is AltGr making a character: Windows reports AltGr as Ctrl+Alt with the
 * character as the key (`@`, `€`, `{` on German or French keyboards). Ctrl+Alt with a character
 * that is no ASCII letter or digit counts, whether or not the press says AltGr (browsers on
 * Windows do not always: w3c/uievents#147); with a letter or digit, only when it says so, since
 * Ctrl+Alt alone leaves those keys as they are (Ctrl+Alt+L is a command).
 * @example isAltGraphCharacter({ key: '@', ctrlKey: true, altKey: true, … }) === true
 */
export function isAltGraphCharacter(press: KeyPress): boolean {
  if (!press.ctrlKey || !press.altKey || press.metaKey || Array.from(press.key).length !== 1)
    return false;
  return press.altGraph === true || !/^[a-z0-9 ]$/i.test(press.key);
}

/**
 * The character `press` types into a field, or null when it types none: one character, without
 * Ctrl or Cmd (a command), though Alt may make it (as on a Mac) and so may AltGr.
 * @example typedCharacterOf({ key: 'a', ctrlKey: true, … }) === null
 */
export function typedCharacterOf(press: KeyPress): string | null {
  if (Array.from(press.key).length !== 1) return null;
  if (press.metaKey || (press.ctrlKey && !isAltGraphCharacter(press))) return null;
  return press.key;
}

const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'CapsLock']);
const NAMED_KEYS = new Set([
  'Tab',
  'Enter',
  'Escape',
  'Backspace',
  'Delete',
  'Insert',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Space',
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
]);
const ALIASES: Readonly<Record<string, string>> = {
  esc: 'Escape',
  del: 'Delete',
  return: 'Enter',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  ' ': 'Space',
  plus: '+',
};

function keyName(key: string): string | null {
  const alias = getOwn(ALIASES, key.toLowerCase()) ?? key;
  if (Array.from(alias).length === 1) return alias.toLowerCase();
  const named = [...NAMED_KEYS].find((name) => name.toLowerCase() === alias.toLowerCase());
  return named ?? null;
}

function join(mod: boolean, alt: boolean, shift: boolean, key: string): KeyChord {
  return [mod && 'Mod', alt && 'Alt', shift && 'Shift', key].filter(Boolean).join('+');
}

/** The canonical spelling of a chord typed by a person or stored in settings; null when it is not one. */
export function normalizeChord(text: string): KeyChord | null {
  const parts = text.trim().split(/\+(?!$)/);
  const key = keyName(parts.pop() ?? '');
  if (!key) return null;
  const mods = new Set(parts.map((p) => p.trim().toLowerCase()));
  const mod = mods.delete('mod') || mods.delete('ctrl') || mods.delete('cmd');
  const alt = mods.delete('alt') || mods.delete('option');
  const shift = mods.delete('shift');
  return mods.size === 0 ? join(mod, alt, shift, key) : null;
}

/** The chord a key press makes; null for a lone modifier. */
export function chordOf(press: KeyPress): KeyChord | null {
  if (MODIFIER_KEYS.has(press.key)) return null;
  const key = keyName(press.key);
  if (!key) return null;
  return join(press.ctrlKey || press.metaKey, press.altKey, press.shiftKey, key);
}

/** True when the chord holds Mod or Alt, or is a function key: it may fire while a text field has focus. */
export function hasCommandModifier(chord: KeyChord): boolean {
  return chord.startsWith('Mod+') || chord.includes('Alt+') || /(^|\+)F\d+$/.test(chord);
}

const SHOWN: Readonly<Record<string, string>> = {
  Escape: 'Esc',
  Delete: 'Del',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** How a chord reads in menus and lists. @example formatChord('Mod+Shift+z') === 'Ctrl+Shift+Z' */
export function formatChord(chord: KeyChord, mac = false): string {
  const parts = chord.split(/\+(?!$)/);
  const key = parts.pop() ?? '';
  const shownKey = SHOWN[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  const mods = parts.map((m) => (m === 'Mod' ? (mac ? 'Cmd' : 'Ctrl') : m));
  return [...mods, shownKey].join('+');
}

/**
 * A chord as `aria-keyshortcuts` names it (the UI Events key names a screen reader reads).
 * @example ariaChord('Mod+Shift+z') === 'Control+Shift+Z'; ariaChord('Delete') === 'Delete'
 */
export function ariaChord(chord: KeyChord, mac = false): string {
  const parts = chord.split(/\+(?!$)/);
  const key = parts.pop() ?? '';
  const mods = parts.map((m) => (m === 'Mod' ? (mac ? 'Meta' : 'Control') : m));
  return [...mods, key.length === 1 ? key.toUpperCase() : key].join('+');
}

const ACCELERATOR_KEYS: Readonly<Record<string, string>> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  '+': 'Plus',
};

/** Electron's accelerator for a chord. @example toAccelerator('Mod+Shift+b') === 'CmdOrCtrl+Shift+B' */
export function toAccelerator(chord: KeyChord): string {
  const parts = chord.split(/\+(?!$)/);
  const key = parts.pop() ?? '';
  const shownKey = ACCELERATOR_KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  return [...parts.map((m) => (m === 'Mod' ? 'CmdOrCtrl' : m)), shownKey].join('+');
}
