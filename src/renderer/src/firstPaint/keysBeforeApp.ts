import { normalizeChord, type KeyPress } from '../../../shared/commands/keyChord';
import { heldSelectionIn, type HeldSelection } from './heldSelection';
import { keyFate, type KeyFate } from './keyFate';
import { keyName, typedText, type TypedText } from './typedText';

/** Keys pressed before the app handled keys: those held for it, and the names of those refused. */
export interface KeysPressed {
  readonly held: readonly HeldKey[];
  readonly refused: readonly string[];
}

/** A key pressed before the app handled keys, and the text selected on the first screen then. */
export interface HeldKey extends KeyPress {
  readonly selection: HeldSelection | null;
}

function isField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function labelKeysOf(frame: HTMLElement | null): Set<string> {
  const kbds = frame ? Array.from(frame.querySelectorAll('.lp-legend kbd')) : [];
  return new Set(kbds.map((kbd) => normalizeChord(kbd.textContent ?? '') ?? '').filter(Boolean));
}

function noteIn(frame: HTMLElement, fate: KeyFate, press: KeyPress): void {
  let note = frame.querySelector<HTMLElement>(':scope > .lp-toast');
  if (!note) {
    note = document.createElement('p');
    note.className = 'lp-toast';
    note.setAttribute('role', 'status');
    frame.append(note);
  }
  note.textContent =
    fate === 'hold'
      ? `Loupe is still opening: ${keyName(press)} will act once it is ready.`
      : `Loupe is still opening: ${keyName(press)} was not applied. Press it again in a moment.`;
}

/**
 * Keys pressed between the page's start and the moment the app handles keys, so none is lost:
 * from the first instant the page's entry holds every key the page should not act on
 * (`keyFate`), in order, with the first screen's text selection, and says on the first screen
 * what waits and what was refused. The app then takes them: the "Who is annotating?" field
 * takes the typed characters (`takeTyped`), or the app replays what is safe (`release`).
 */
export class KeysBeforeApp {
  private held: HeldKey[] = [];
  private refused: string[] = [];
  private stopListening: (() => void) | null = null;

  /** Starts holding keys; `frame` is the first screen, or null on "Loading Loupe…" (or in the desktop app). */
  listen(frame: HTMLElement | null): void {
    this.release();
    const reading = frame?.querySelector('.lp-reading .ProseMirror') ?? null;
    const labelKeys = labelKeysOf(frame);
    const onKey = (event: KeyboardEvent): void => {
      if (event.isComposing || isField(event.target)) return;
      const selection = reading ? heldSelectionIn(reading) : null;
      const scene = { firstScreen: frame !== null, labelKeys, selected: selection !== null };
      const fate = keyFate(event, scene);
      if (fate === 'pass') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (fate === 'hold') this.held.push(heldKey(event, selection));
      else this.refused.push(keyName(event));
      if (frame) noteIn(frame, fate, event);
    };
    window.addEventListener('keydown', onKey, true);
    this.stopListening = () => window.removeEventListener('keydown', onKey, true);
  }

  /** Stops holding and hands over the keys, in the order they were pressed. */
  release(): KeysPressed {
    this.stopListening?.();
    this.stopListening = null;
    const pressed = { held: this.held, refused: this.refused };
    this.held = [];
    this.refused = [];
    return pressed;
  }

  /** Stops holding and hands over what the held keys typed, for the field that has the focus now. */
  readonly takeTyped = (): TypedText => typedText(this.release().held);
}

function heldKey(event: KeyboardEvent, selection: HeldSelection | null): HeldKey {
  const { key, ctrlKey, metaKey, altKey, shiftKey } = event;
  const altGraph = event.getModifierState('AltGraph');
  return { key, ctrlKey, metaKey, altKey, shiftKey, altGraph, selection };
}

/** The page's one holder of keys pressed before the app is ready. */
export const keysBeforeApp = new KeysBeforeApp();
