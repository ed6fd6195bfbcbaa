import type { KeyPress } from '../../../shared/commands/keyChord';

const READING_TEXT = '.lp-reading .ProseMirror';
const MODIFIERS = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'CapsLock', 'OS']);
/** Longest a key waits: should the next text never take the keyboard, keys go where it is. */
const LONGEST_HOLD_MS = 5000;

type CaretMove = readonly [alter: 'move' | 'extend', direction: string, granularity: string];

/**
 * How the browser would move the caret for `press` in text it may not edit (Chromium's own
 * moves, which a key pressed again by script does not make); null for any other key.
 */
export function caretMoveOf(press: KeyPress): CaretMove | null {
  const alter = press.shiftKey ? 'extend' : 'move';
  const word = press.ctrlKey || press.altKey;
  switch (press.key) {
    case 'ArrowLeft':
      return [alter, 'left', word ? 'word' : 'character'];
    case 'ArrowRight':
      return [alter, 'right', word ? 'word' : 'character'];
    case 'ArrowUp':
      return [alter, 'backward', press.ctrlKey ? 'paragraphboundary' : 'line'];
    case 'ArrowDown':
      return [alter, 'forward', press.ctrlKey ? 'paragraphboundary' : 'line'];
    case 'Home':
      return [alter, 'backward', 'lineboundary'];
    case 'End':
      return [alter, 'forward', 'lineboundary'];
    default:
      return null;
  }
}

function pressOf(event: KeyboardEvent): KeyPress {
  const { key, ctrlKey, metaKey, altKey, shiftKey } = event;
  return { key, ctrlKey, metaKey, altKey, shiftKey };
}

/**
 * Presses `press` again where the keyboard is now: the window's key handler and the text's own
 * (Ctrl+Home, Tab…) see it as they see a key; a caret move no handler took is made on the
 * browser's selection; then the key is let go, so a Shift selection is read as one made by hand.
 */
export function pressAgain(press: KeyPress): void {
  const target = document.activeElement ?? document.body;
  const init = { ...press, bubbles: true, cancelable: true };
  const down = new KeyboardEvent('keydown', init);
  target.dispatchEvent(down);
  const move = caretMoveOf(press);
  const selection = window.getSelection();
  if (!down.defaultPrevented && move && typeof selection?.modify === 'function')
    selection.modify(...move);
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

let holding: KeysWhileOpening | null = null;

/**
 * Keys pressed while the next document opens in place of the one that has the keyboard (Loupe's
 * "mark done, open the next"), kept for the new text instead of acting on the old one, which is
 * about to go: from the command's key on, every key is held, in order, until a new text takes the
 * keyboard, then pressed again there (`pressAgain`). Held keys a replayed key makes wait again
 * (it opened yet another document) go on waiting, in order, for that one.
 */
export class KeysWhileOpening {
  private held: KeyPress[] = [];
  private readonly before = document.activeElement;
  private done = false;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'keydown' && !MODIFIERS.has(event.key)) this.held.push(pressOf(event));
  };
  private readonly onFocus = (event: FocusEvent): void => {
    const target = event.target;
    if (target instanceof Element && target !== this.before && target.matches(READING_TEXT))
      // After the view that took the keyboard has placed its caret.
      setTimeout(() => this.release());
  };

  private constructor(earlier: readonly KeyPress[]) {
    this.held = [...earlier];
    window.addEventListener('keydown', this.onKey, true);
    window.addEventListener('keyup', this.onKey, true);
    window.addEventListener('focusin', this.onFocus, true);
    this.timer = setTimeout(() => this.release(), LONGEST_HOLD_MS);
  }

  /** Starts holding keys (taking over any a replay had not pressed yet). */
  static hold(): KeysWhileOpening {
    const earlier = holding ? holding.stop() : [];
    holding = new KeysWhileOpening(earlier);
    return holding;
  }

  private stop(): KeyPress[] {
    if (this.done) return [];
    this.done = true;
    clearTimeout(this.timer);
    window.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('keyup', this.onKey, true);
    window.removeEventListener('focusin', this.onFocus, true);
    if (holding === this) holding = null;
    const held = this.held;
    this.held = [];
    return held;
  }

  /**
   * The next text is on its way: releases once it has the keyboard (a new reading view took it)
   * or, should the view be kept rather than replaced, after a few frames.
   */
  releaseOnNewText(frames = 20): void {
    if (this.done) return;
    const active = document.activeElement;
    if (frames <= 0 || (active !== this.before && active?.matches(READING_TEXT)))
      return void setTimeout(() => this.release());
    requestAnimationFrame(() => this.releaseOnNewText(frames - 1));
  }

  /** Stops holding and presses the held keys again where the keyboard is now. */
  release(): void {
    const keys = this.stop();
    for (const [index, key] of keys.entries()) {
      pressAgain(key);
      // The key opened another document: the rest wait for its text.
      if (holding) {
        holding.held.unshift(...keys.slice(index + 1));
        return;
      }
    }
  }
}
