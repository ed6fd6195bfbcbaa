import { flushSync } from 'react-dom';
import type { KeyPress } from '../../../shared/commands/keyChord';
import { scrollerOf } from '../ui/scrollerOf';
import { controlPressOf, pressControl } from './pressControl';
import { pickOption } from './selectTypeAhead';
import { moveFocusByTab } from './tabStops';
import { editField, fieldEditOf, textFieldOf } from './typeIntoField';

const READING_TEXT = '.lp-reading .ProseMirror';
/** A modal dialog's content (ui/Modal.tsx). */
const DIALOG = '.lp-dialog';
const MODIFIERS = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'CapsLock', 'OS']);
/** How long keys wait for a frame that a page not shown never draws. */
const FRAMELESS_WAIT_MS = 250;
/** Longest a key waits: should the next text never take the keyboard, keys go where it is. */
const LONGEST_HOLD_MS = 5000;

/** A key held: the press, and when it was made (`KeyboardEvent.timeStamp`) if known. */
export interface HeldPress extends KeyPress {
  readonly at?: number;
}

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

/**
 * How far a page key moves the caret in a scroller `pageHeight` high: Chromium's own page step
 * (`ScrollableArea::PageStep`: 87.5 % of the height, or the height less 40 px when that is
 * more), at least a pixel; null for other keys.
 * @example pageMoveOf(press('PageDown'), 400) → { direction: 'forward', pixels: 360 }
 */
export function pageMoveOf(
  press: KeyPress,
  pageHeight: number,
): { direction: 'forward' | 'backward'; pixels: number } | null {
  if (press.key !== 'PageDown' && press.key !== 'PageUp') return null;
  return {
    direction: press.key === 'PageDown' ? 'forward' : 'backward',
    pixels: Math.max(1, pageHeight * 0.875, pageHeight - 40),
  };
}

/**
 * The box of the line the selection's moving end is on, or null when it has none: that of the
 * character after it, since a caret where a line wraps is drawn at the start of the next line
 * while its collapsed range's box is at the end of the line before.
 */
function caretBox(selection: Selection): { top: number; bottom: number } | null {
  const { focusNode, focusOffset } = selection;
  if (!focusNode) return null;
  const range = document.createRange();
  range.setStart(focusNode, focusOffset);
  if (focusNode instanceof Text && focusOffset < focusNode.length)
    range.setEnd(focusNode, focusOffset + 1);
  const box = range.getClientRects()[0];
  if (box) return box;
  // A caret between elements (at a paragraph's start) has no box of its own: its neighbour's.
  const beside = focusNode.childNodes[focusOffset] ?? focusNode;
  if (beside instanceof Element) return beside.getClientRects()[0] ?? null;
  range.selectNode(beside);
  return range.getClientRects()[0] ?? null;
}

/**
 * Moves the caret (with Shift, the selection's end) a page on as Chromium's own PageDown does in
 * editable text (`SelectionModifier::ModifyWithPageGranularity`): line by line to the last line
 * no further than a page step; then shows it, at the top of the view for a caret and at the
 * nearest edge for a selection (`RevealSelection`'s `TopAlways` and `ToEdgeIfNeeded`).
 */
function movePage(press: KeyPress, target: Element, selection: Selection): void {
  const scroller = scrollerOf(target);
  const move = pageMoveOf(press, scroller.clientHeight);
  const start = caretBox(selection)?.top ?? null;
  if (!move || start === null || !selection.focusNode) return;
  const alter = press.shiftKey ? 'extend' : 'move';
  let last: [Node, number] = [selection.focusNode, selection.focusOffset];
  for (let line = 0; line < 1000; line++) {
    selection.modify(alter, move.direction, 'line');
    const at = selection.focusNode ? (caretBox(selection)?.top ?? null) : null;
    // At the text's first or last line, or past a page: back to the line before.
    if (!selection.focusNode || at === null || Math.abs(at - start) > move.pixels) break;
    if (selection.focusNode === last[0] && selection.focusOffset === last[1]) break;
    last = [selection.focusNode, selection.focusOffset];
  }
  selection.extend(...last);
  if (alter === 'move') selection.collapse(...last);
  const { top, bottom } = caretBox(selection) ?? { top: start, bottom: start };
  const view = scroller.getBoundingClientRect();
  const edge = scroller === document.scrollingElement ? 0 : view.top;
  const end = edge + scroller.clientHeight;
  if (alter === 'move') scroller.scrollBy(0, top - edge);
  // A selection's end is shown whole at the nearer edge, as the browser reveals it.
  else if (top < edge) scroller.scrollBy(0, top - edge);
  else if (bottom > end) scroller.scrollBy(0, bottom - end);
}

function pressOf(event: KeyboardEvent): HeldPress {
  const { key, ctrlKey, metaKey, altKey, shiftKey, timeStamp } = event;
  const altGraph = event.getModifierState('AltGraph');
  return { key, ctrlKey, metaKey, altKey, shiftKey, altGraph, at: timeStamp };
}

/**
 * Presses `press` again where the keyboard is now: the window's key handler and the text's own
 * (Ctrl+Home, Tab…) see it as they see a key; what no handler took then acts as a typed key
 * does (`actAsTyped`); then the key is let go where the keyboard is then, and Space, let go on
 * the button it went down on, presses it.
 */
export function pressAgain(press: HeldPress): void {
  const target = document.activeElement ?? document.body;
  const init = { ...press, modifierAltGraph: press.altGraph ?? false, bubbles: true };
  const down = new KeyboardEvent('keydown', { ...init, cancelable: true });
  target.dispatchEvent(down);
  // A key a handler took (a command, a field's own Enter, the dialog's Tab round) does no more.
  if (!down.defaultPrevented) actAsTyped(press, target);
  const up = new KeyboardEvent('keyup', { ...init, cancelable: true });
  (document.activeElement ?? target).dispatchEvent(up);
  const release = controlPressOf(press, target);
  if (release === 'clickOnUp' && !down.defaultPrevented && !up.defaultPrevented)
    if (document.activeElement === target) pressControl(target, release);
}

/**
 * What a key no handler took does where it went down, as the browser's own handling of a typed
 * key (which a key pressed by script never gets): Tab moves the keyboard on; Enter presses the
 * button or link that has it (Space does as it is let go); in a drop-down a character or arrow
 * chooses an option; in a field that takes text it edits it (a character goes in, Backspace,
 * Delete, Enter); elsewhere it moves the caret or a page on the browser's selection.
 */
function actAsTyped(press: HeldPress, target: Element): void {
  if (press.key === 'Tab' && !press.ctrlKey && !press.metaKey && !press.altKey)
    return void moveFocusByTab(target, press.shiftKey);
  const control = controlPressOf(press, target);
  if (control) {
    if (control !== 'clickOnUp') pressControl(target, control);
    return;
  }
  if (
    target instanceof HTMLSelectElement &&
    pickOption(target, press, press.at ?? performance.now())
  )
    return;
  const field = textFieldOf(document.activeElement);
  const edit = field === target ? fieldEditOf(press, !(field instanceof HTMLInputElement)) : null;
  const selection = window.getSelection();
  if (field && edit) editField(field, edit);
  else if (selection && typeof selection.modify === 'function') {
    const move = caretMoveOf(press);
    if (move) selection.modify(...move);
    else movePage(press, target, selection);
  }
}

/**
 * Runs `then` once the next frame has been drawn: the view that took the keyboard has placed
 * its caret, and the browser has laid out the paragraphs near it. A new text's paragraphs are
 * skipped (content-visibility) until a frame finds them near the view, and the browser's line
 * moves pass over skipped ones: PageDown replayed before that frame went thirty paragraphs on.
 */
function afterNextFrame(then: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once));
  // A page that is not shown draws no frames: the keys go after a moment all the same.
  setTimeout(once, FRAMELESS_WAIT_MS);
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
  private held: HeldPress[] = [];
  private readonly before = document.activeElement;
  private done = false;
  private readonly timer: ReturnType<typeof setTimeout>;
  /** Where the keyboard is awaited besides a new text: a dialog or a field (see {@link releaseIn}). */
  private awaited: string | null = null;
  private readonly onKey = (event: KeyboardEvent): void => {
    // An input method's keys are its own: held, they would break the composition.
    if (event.isComposing || event.key === 'Process') return;
    // The dialog has the keyboard: the keys held go there first, then this one as it is.
    if (this.arrived()) {
      this.release();
      // A key pressed again opened another form or dialog: this one waits for it too, in order,
      // rather than reaching the dialog that is closing (its wait began during this key).
      if (holding && holding !== this) holding.onKey(event);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'keydown' && !MODIFIERS.has(event.key)) this.held.push(pressOf(event));
  };
  private readonly onFocus = (event: FocusEvent): void => {
    const target = event.target;
    // Awaiting a dialog, the text taking the keyboard back (from a closing palette) is no cue.
    if (this.awaited !== null) return;
    if (target instanceof Element && target !== this.before && target.matches(READING_TEXT))
      afterNextFrame(() => this.release());
  };

  private constructor(earlier: readonly HeldPress[]) {
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

  private stop(): HeldPress[] {
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
   * or, should the view be kept rather than replaced (the same text), after `waitMs`. A time,
   * not a count of frames: a renderer busy drawing the next text still paints frames, and keys
   * released before it takes the keyboard would act in the text it replaces.
   */
  releaseOnNewText(waitMs = 2000, until = performance.now() + waitMs): void {
    if (this.done) return;
    const active = document.activeElement;
    if (performance.now() >= until || (active !== this.before && active?.matches(READING_TEXT)))
      return void afterNextFrame(() => this.release());
    requestAnimationFrame(() => this.releaseOnNewText(waitMs, until));
  }

  /**
   * A dialog is on its way (its code may still load): releases once a control of it has the
   * keyboard, so keys typed before it appears go to the dialog, never to the text it covers; or,
   * should no dialog take the keyboard, after a few frames.
   */
  releaseInDialog(frames = 120): void {
    this.releaseIn(DIALOG, frames);
  }

  /**
   * A field or form matching `place` (the search field, the entity picker) is on its way:
   * releases once it has the keyboard, so the keys typed meanwhile go into it; or, should it
   * never take the keyboard, after `frames` frames.
   */
  releaseIn(place: string, frames: number): void {
    if (this.done) return;
    this.awaited = place;
    if (frames <= 0 || this.arrived()) return void setTimeout(() => this.release());
    requestAnimationFrame(() => this.releaseIn(place, frames - 1));
  }

  /**
   * The awaited dialog or field has the keyboard: a new one, not the one the keys were typed in
   * (the palette, closing as the dialog its command opens comes).
   */
  private arrived(): boolean {
    const place = this.awaited === null ? null : document.activeElement?.closest(this.awaited);
    return !!place && !(this.before && place.contains(this.before));
  }

  /** Stops holding and presses the held keys again where the keyboard is now. */
  release(): void {
    const keys = this.stop();
    for (const [index, key] of keys.entries()) {
      // Each key's changes are rendered before the next is pressed, as between two keys typed
      // (Enter after "Iraq" submits "Iraq"): Preact, unlike React DOM, would render a field's
      // change only after the whole replay.
      flushSync(() => pressAgain(key));
      // The key opened another document: the rest wait for its text.
      if (holding) {
        holding.held.unshift(...keys.slice(index + 1));
        return;
      }
    }
  }
}
