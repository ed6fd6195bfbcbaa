/** How long a pause ends a typed name (about half a second, as WAI-ARIA menus and list boxes do). */
export const TYPE_AHEAD_PAUSE_MS = 500;

/** What a menu or list keeps of the characters typed in it. */
export interface TypeAhead {
  /** The index of the name to go to after `char` is typed (-1: none), `current` the one now. */
  find(char: string, names: readonly string[], current: number, now?: number): number;
  /** Forgets what was typed (the menu or list lost the keyboard). */
  reset(): void;
}

/**
 * Type-ahead for a menu or list: each call adds one typed character (a pause longer than
 * `pause` starts afresh) and answers the index of the first name that starts with what was
 * typed, ignoring case, or -1 when none does. The same letter typed again ("p", "p") goes on
 * to the next name with that letter after `current`, round to the first.
 * @example const { find } = typeAhead(); find('l', ['LOC', 'LAW'], 0) === 0; find('a', ['LOC', 'LAW'], 0) === 1
 */
export function typeAhead(pause = TYPE_AHEAD_PAUSE_MS): TypeAhead {
  let typed = '';
  let last = -Infinity;
  const reset = (): void => {
    typed = '';
    last = -Infinity;
  };
  const find: TypeAhead['find'] = (char, names, current, now = performance.now()) => {
    typed = now - last > pause ? char : typed + char;
    last = now;
    const wanted = typed.toLocaleLowerCase();
    const starts = (name: string, start: string): boolean =>
      name.toLocaleLowerCase().startsWith(start);
    const found = names.findIndex((name) => starts(name, wanted));
    const first = [...wanted][0] ?? '';
    if (found >= 0 || [...wanted].some((c) => c !== first)) return found;
    for (let step = 1; step <= names.length; step++) {
      const at = (current + step) % names.length;
      if (starts(names[at]!, first)) return at;
    }
    return -1;
  };
  return { find, reset };
}
