import type { KeyPress } from '../../src/shared/commands';

/** A key press with no modifier but those given. @example keyPress('a', { ctrlKey: true }) */
export function keyPress(key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}
