import { typedCharacterOf, type KeyPress } from '../../../shared/commands/keyChord';

/** Keys further apart than this start a new search (Chromium's `kTypeAheadTimeout`). */
export const TYPE_AHEAD_MS = 1000;

/** What a select's type-ahead remembers between keys. */
export interface TypeAhead {
  /** The characters typed so far, within {@link TYPE_AHEAD_MS} of each other. */
  readonly typed: string;
  /** When the last one was typed (ms, the clock of `KeyboardEvent.timeStamp`). */
  readonly at: number;
  /** A character typed alone or over and over: pressing it again goes to its next option. */
  readonly repeating: string;
}

/** Whitespace trimmed at the start and runs of it made one space, case folded. */
function folded(text: string): string {
  return text.replace(/^\s+/, '').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The option type-ahead picks for `char` typed at `at`, as Chromium's `TypeAhead` does for a
 * select: the typed characters (kept while keys come within a second) as a prefix of the option
 * labels, case folded, searched from the option chosen now; one character, or the same one
 * again, goes on to the next option it starts. `labels` holds null for a disabled option.
 * (Loupe's own menus and lists search as WAI-ARIA's do, `ui/typeAhead.ts`: from the first name,
 * within half a second; a select here answers as the browser's own would to a typed key.)
 * @example typeAheadOf(null, ['Favor', 'Against', 'Neutral'], 0, 'a', 0).index === 1
 */
export function typeAheadOf(
  before: TypeAhead | null,
  labels: readonly (string | null)[],
  selected: number,
  char: string,
  at: number,
): { readonly state: TypeAhead; readonly index: number } {
  const fresh = !before || at - before.at > TYPE_AHEAD_MS;
  const typed = (fresh ? '' : before.typed) + char;
  const again = !!before && char.toLowerCase() === before.repeating;
  const cycling = again || typed.length === 1;
  const state = { typed, at, repeating: cycling ? char.toLowerCase() : '' };
  const prefix = folded(cycling ? char : typed);
  const count = labels.length;
  if (count === 0 || prefix === '') return { state, index: -1 };
  let index = (Math.max(selected, 0) + (cycling ? 1 : 0)) % count;
  for (let tried = 0; tried < count; tried++, index = (index + 1) % count) {
    const label = labels[index];
    if (label !== null && label !== undefined && folded(label).startsWith(prefix))
      return { state, index };
  }
  return { state, index: -1 };
}

let remembered: { select: HTMLSelectElement; typeAhead: TypeAhead } | null = null;

/** The next option Arrow Up/Down (or Home/End) chooses, skipping disabled ones; -1 for none. */
function steppedIndex(select: HTMLSelectElement, key: string): number {
  const options = Array.from(select.options);
  const usable = (i: number): boolean => !!options[i] && !options[i].disabled && !options[i].hidden;
  const from = select.selectedIndex;
  const [start, step] =
    key === 'ArrowDown'
      ? [from + 1, 1]
      : key === 'ArrowUp'
        ? [from < 0 ? options.length - 1 : from - 1, -1]
        : key === 'Home'
          ? [0, 1]
          : [options.length - 1, -1];
  for (let i = start; i >= 0 && i < options.length; i += step) if (usable(i)) return i;
  return -1;
}

/** Chooses option `index` of `select` as the user does: with `input` and `change` (React's onChange). */
function choose(select: HTMLSelectElement, index: number): void {
  if (index < 0 || index === select.selectedIndex) return;
  select.selectedIndex = index;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Does what `press`, typed at `at`, does to a closed drop-down `select` on Windows and Linux:
 * a character searches the option labels (`typeAheadOf`), Arrow Up/Down choose the option
 * before or after, Home and End the first and last. False for any other key, and for a list
 * box or a disabled select, which are left alone.
 */
export function pickOption(select: HTMLSelectElement, press: KeyPress, at: number): boolean {
  if (select.multiple || select.size > 1 || select.disabled) return false;
  if (press.altKey || press.ctrlKey || press.metaKey) return false;
  if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(press.key)) {
    choose(select, steppedIndex(select, press.key));
    return true;
  }
  const char = typedCharacterOf(press);
  if (char === null) return false;
  const before = remembered?.select === select ? remembered.typeAhead : null;
  // Space goes on with a search under way; alone, it opens the list, which a script cannot.
  if (char === ' ' && (!before || at - before.at > TYPE_AHEAD_MS)) return false;
  const labels = Array.from(select.options, (o) => (o.disabled ? null : o.label || o.text));
  const { state, index } = typeAheadOf(before, labels, select.selectedIndex, char, at);
  remembered = { select, typeAhead: state };
  choose(select, index);
  return true;
}
