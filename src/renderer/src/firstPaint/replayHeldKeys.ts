import { isReplayableCommand, type KeyPress } from '../../../shared/commands';
import type { KeyMeaning } from '../commands';
import type { HeldSelection } from './heldSelection';
import { selectAgain } from './selectAgain';
import type { KeysPressed } from './keysBeforeApp';
import { keyName } from './typedText';

/** What the replay needs of the app, now on screen. */
export interface ReplayTarget {
  /** What the key would do now (the registry's `meaningOf`). */
  meaningOf(press: KeyPress): KeyMeaning | null;
  /** The model holds a text selection to label (the reading view read the one selected again). */
  hasPendingSelection(): boolean;
  /** Shows a message at the bottom of the window. */
  notify(message: string): void;
}

const READING = '.lp-reading .ProseMirror';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Selects `held` again in the app's reading view and lets the view read it as it reads a
 * selection made with the mouse (its `mouseup`), waiting a few frames for the view to be
 * mounted; true when the same text is selected and the model took it.
 */
async function selectInApp(held: HeldSelection, target: ReplayTarget): Promise<boolean> {
  for (let frame = 0; frame < 30; frame++) {
    const reading = document.querySelector(READING);
    if (reading && selectAgain(reading, held)) {
      reading.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      if (target.hasPendingSelection()) return true;
    }
    await nextFrame();
  }
  return false;
}

/** Presses `key` again, where the keyboard is now, through the window's own key handler. */
function pressAgain(key: KeyPress): void {
  const { key: name, ctrlKey, metaKey, altKey, shiftKey } = key;
  const init = { key: name, ctrlKey, metaKey, altKey, shiftKey, bubbles: true, cancelable: true };
  (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', init));
}

function sameSelection(a: HeldSelection, b: HeldSelection): boolean {
  const same = (x: typeof a.anchor, y: typeof b.anchor): boolean =>
    x.paragraph === y.paragraph && x.offset === y.offset;
  return same(a.anchor, b.anchor) && same(a.focus, b.focus) && a.text === b.text;
}

function replayable(meaning: KeyMeaning, selectedAgain: boolean): boolean {
  if ('said' in meaning) return true;
  return 'label' in meaning ? selectedAgain : isReplayableCommand(meaning.command);
}

/**
 * Replays, in order, the keys pressed while the first screen (or "Loading Loupe…") was shown,
 * once the app handles keys: a command of `REPLAYABLE_COMMANDS`, and a label key on text
 * selected on the first screen when the app selects the very same text again. Any other key
 * that would have done something is not applied, and a message names it with the keys the first
 * screen refused: nothing the user did not see coming is edited. Then the text selected last on the first screen (`final`) is
 * selected again, so the selection survives the hand-over.
 */
export async function replayHeldKeys(
  pressed: KeysPressed,
  final: HeldSelection | null,
  target: ReplayTarget,
): Promise<void> {
  const keys = pressed.held;
  const refused = [...pressed.refused];
  const keyed = keys.filter((key) => key.selection !== null);
  if (final && !keyed.length) await selectInApp(final, target);
  let selectedHeld: HeldSelection | null = null;
  let selectedAgain = false;
  for (const key of keys) {
    if (key.selection && key.selection !== selectedHeld) {
      selectedHeld = key.selection;
      selectedAgain = await selectInApp(key.selection, target);
    }
    const meaning = target.meaningOf(key);
    if (!meaning) continue;
    if (replayable(meaning, key.selection !== null && selectedAgain)) pressAgain(key);
    else refused.push(keyName(key));
  }
  const last = keyed.at(-1)?.selection;
  if (final && last && !sameSelection(final, last)) await selectInApp(final, target);
  const names = [...new Set(refused)];
  if (names.length)
    target.notify(
      names.length > 1
        ? `Loupe was still opening: ${names.join(', ')} were not applied. Press them again if you meant them.`
        : `Loupe was still opening: ${names.join('')} was not applied. Press it again if you meant it.`,
    );
}
