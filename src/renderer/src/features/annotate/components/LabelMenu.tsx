import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import {
  memo,
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import type { Label, LabelStyles } from '../../../../../shared/model';
import { colorVariable } from '../../../ui/colorVariable';
import { typeAhead, type TypeAhead } from '../../../ui/typeAhead';

export interface LabelMenuProps {
  readonly anchor: DOMRect | null;
  readonly labels: readonly Label[];
  readonly styles: LabelStyles;
  readonly preview: string;
  onPick(label: string): void;
  onDismiss(): void;
  /** Esc or Tab in the menu: the keyboard goes back to the text, the selection kept. */
  onLeave(): void;
}

/**
 * A small menu beside the selection: the schema's labels with their keys. It stays mounted and
 * is hidden while there is nothing to label, so the label key's drawing changes one attribute
 * instead of taking down a popover's components and elements (about 50 components rendered in
 * that task with Radix's Popover). Placement is floating-ui's, the library Radix places with;
 * it follows the selection while the text scrolls or reflows (a panel hidden, the window resized
 * or zoomed), so the label that has the keyboard stays on screen beside it.
 */
export function LabelMenu(props: LabelMenuProps) {
  const { anchor, labels, styles, preview, onPick, onDismiss, onLeave } = props;
  const hostRef = useRef<HTMLSpanElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!anchor || !menu) return;
    // The text's scrolling box: its scrolls and size changes move the selection.
    const textBox = hostRef.current?.parentElement ?? undefined;
    const reference = {
      getBoundingClientRect: () => selectionRect(anchor),
      contextElement: textBox,
    };
    let current = true;
    // The first placing settles in this task's microtasks, so the first frame shows the menu in place.
    const place = (): void =>
      void computePosition(reference, menu, {
        placement: 'bottom-start',
        // Kept over the text's column where it fits, not over the details beside it.
        middleware: [offset(6), flip(), shift({ padding: 8, boundary: textBox })],
      }).then(({ x, y }) => {
        if (current)
          Object.assign(menu.style, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px` });
      });
    const stop = autoUpdate(reference, menu, place, { layoutShift: false });
    return () => {
      current = false;
      stop();
    };
  }, [anchor]);
  useDismissOutside(anchor !== null, menuRef, onDismiss);
  return (
    <>
      <span ref={hostRef} hidden />
      {createPortal(
        <div
          ref={menuRef}
          className="lp-labelmenu"
          role="dialog"
          // Beside the text, which keeps the keyboard: a dialog closing gives it back to the text.
          aria-modal="false"
          aria-label="Label the selection"
          hidden={anchor === null}
        >
          <div className="lp-labelmenu__preview" title={preview}>
            {preview}
          </div>
          <LabelChips labels={labels} styles={styles} onPick={onPick} onLeave={onLeave} />
        </div>,
        document.body,
      )}
    </>
  );
}

/**
 * Where the selection is now, when the browser's selection is still the text's; else `made`,
 * where it was when it was made (the keyboard in the menu may leave the selection elsewhere).
 */
function selectionRect(made: DOMRect): DOMRect {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return made;
  const range = selection.getRangeAt(0);
  const node = range.commonAncestorContainer;
  const element = node instanceof Element ? node : node.parentElement;
  if (!element?.closest('.lp-reading')) return made;
  const rect = range.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0 ? rect : made;
}

/** A press outside the open menu dismisses it (as a popover does), a press inside does not. */
function useDismissOutside(
  open: boolean,
  menuRef: RefObject<HTMLElement | null>,
  onDismiss: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const pressed = (event: PointerEvent): void => {
      const menu = menuRef.current;
      if (menu && event.target instanceof Node && menu.contains(event.target)) return;
      onDismiss();
    };
    document.addEventListener('pointerdown', pressed, true);
    return () => document.removeEventListener('pointerdown', pressed, true);
  }, [open, menuRef, onDismiss]);
}

interface LabelChipsProps {
  readonly labels: readonly Label[];
  readonly styles: LabelStyles;
  onPick(label: string): void;
  onLeave(): void;
}

const STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/**
 * Keys in the menu (WAI-ARIA APG menu pattern): arrows, Home and End move between the labels,
 * Enter or Space picks one, a label's key picks it, other characters typed go to the first label
 * whose name starts with them (`typed`), Esc and Tab go back to the text.
 */
function onMenuKeys(
  event: KeyboardEvent<HTMLDivElement>,
  props: LabelChipsProps,
  typed: TypeAhead,
): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.findIndex((item) => item === document.activeElement);
  const step = STEPS[event.key];
  let next: HTMLElement | undefined;
  if (step) next = items[(at + step + items.length) % items.length];
  else if (event.key === 'Home') next = items[0];
  else if (event.key === 'End') next = items[items.length - 1];
  else if (event.key === 'Escape' || event.key === 'Tab') {
    event.preventDefault();
    return props.onLeave();
  } else {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const keyed = props.labels.find((label) => props.styles[label.name]?.key === event.key);
    if (keyed) {
      event.preventDefault();
      return props.onPick(keyed.name);
    }
    // One printable character; Space is left to the button, which picks its label.
    if ([...event.key].length !== 1 || event.key === ' ') return;
    const names = props.labels.map((label) => label.name);
    next = items[typed.find(event.key, names, at)];
  }
  event.preventDefault();
  next?.focus();
}

/** One button per label; the same between selections, so opening and closing the menu leaves them be. */
const LabelChips = memo(function LabelChips(props: LabelChipsProps) {
  const { labels, styles, onPick } = props;
  const typed = useRef(typeAhead()).current;
  return (
    // Entered by Tab from the selected text (enterLabelMenu), so its labels are not Tab stops.
    <div
      className="lp-labelmenu__grid"
      role="menu"
      aria-label="Labels"
      onKeyDown={(event) => onMenuKeys(event, props, typed)}
      // Typing starts afresh each time the menu is entered.
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) typed.reset();
      }}
    >
      {labels.map((label) => (
        <button
          key={label.name}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="lp-chip"
          // Heard as its name ("PERSON"), not with its key run in ("1PERSON"); the key as its shortcut.
          aria-label={label.name}
          aria-keyshortcuts={styles[label.name]?.key}
          style={colorVariable(styles[label.name]?.color)}
          onClick={() => onPick(label.name)}
          title={label.description}
        >
          {styles[label.name]?.key && <kbd>{styles[label.name]?.key}</kbd>}
          {label.name}
        </button>
      ))}
    </div>
  );
});
