/** Keys that only read (move, scroll, copy): they act on the first paint as on any page. */
const READING_KEYS = new Set([
  'Shift',
  'Control',
  'Alt',
  'Meta',
  'CapsLock',
  'Tab',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  ' ',
]);

function isReadingKey(event: KeyboardEvent): boolean {
  const chord = event.ctrlKey || event.metaKey;
  if (chord) return event.key === 'c' || event.key === 'C';
  return !event.altKey && READING_KEYS.has(event.key);
}

function nameOf(event: KeyboardEvent): string {
  const mods = [event.ctrlKey && 'Ctrl', event.metaKey && 'Cmd', event.altKey && 'Alt'];
  const shown = event.key === ' ' ? 'Space' : event.key;
  return [...mods.filter(Boolean), shown].join('+');
}

/**
 * Until the app is ready, a key that would change something (a label key, Delete, Ctrl+Z…)
 * is not applied, and a note in `frame` says so: the first paint is read-only, and a key kept
 * for later could act on a selection the user no longer sees. Returns a function that stops
 * refusing.
 */
export function refuseKeysUntilReady(frame: HTMLElement): () => void {
  let note: HTMLElement | null = null;
  const refuse = (event: KeyboardEvent): void => {
    if (isReadingKey(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!note) {
      note = document.createElement('p');
      note.className = 'lp-toast';
      note.setAttribute('role', 'status');
      frame.append(note);
    }
    note.textContent = `Loupe is still opening: ${nameOf(event)} was not applied. Press it again in a moment.`;
  };
  window.addEventListener('keydown', refuse, true);
  return () => window.removeEventListener('keydown', refuse, true);
}
