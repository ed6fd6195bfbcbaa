import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { memo, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Label, LabelStyles } from '../../../../../shared/model';
import { colorVariable } from '../../../ui/colorVariable';

export interface LabelMenuProps {
  readonly anchor: DOMRect | null;
  readonly labels: readonly Label[];
  readonly styles: LabelStyles;
  readonly preview: string;
  onPick(label: string): void;
  onDismiss(): void;
}

/**
 * A small menu beside the selection: the schema's labels with their keys. It stays mounted and
 * is hidden while there is nothing to label, so the label key's drawing changes one attribute
 * instead of taking down a popover's components and elements (about 50 components rendered in
 * that task with Radix's Popover). Placement is floating-ui's, the library Radix places with.
 */
export function LabelMenu({ anchor, labels, styles, preview, onPick, onDismiss }: LabelMenuProps) {
  const anchorRef = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const reference = anchorRef.current;
    const menu = menuRef.current;
    if (!anchor || !reference || !menu) return;
    let current = true;
    // Settled in this task's microtasks, so the first frame that shows the menu shows it in place.
    void computePosition(reference, menu, {
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (current)
        Object.assign(menu.style, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px` });
    });
    return () => void (current = false);
  }, [anchor]);
  useDismissOutside(anchor !== null, menuRef, onDismiss);
  return (
    <>
      <div
        ref={anchorRef}
        className="lp-anchor"
        style={
          anchor
            ? {
                left: anchor.left + window.scrollX,
                top: anchor.bottom + window.scrollY,
                width: anchor.width,
              }
            : { display: 'none' }
        }
      />
      {createPortal(
        <div
          ref={menuRef}
          className="lp-labelmenu"
          role="dialog"
          aria-label="Label the selection"
          hidden={anchor === null}
        >
          <div className="lp-labelmenu__preview" title={preview}>
            {preview}
          </div>
          <LabelChips labels={labels} styles={styles} onPick={onPick} />
        </div>,
        document.body,
      )}
    </>
  );
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
}

/** One button per label; the same between selections, so opening and closing the menu leaves them be. */
const LabelChips = memo(function LabelChips({ labels, styles, onPick }: LabelChipsProps) {
  return (
    <div className="lp-labelmenu__grid" role="menu">
      {labels.map((label) => (
        <button
          key={label.name}
          type="button"
          role="menuitem"
          className="lp-chip"
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
