import * as Popover from '@radix-ui/react-popover';
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

/** A small menu beside the selection: the schema's labels with their keys. */
export function LabelMenu({ anchor, labels, styles, preview, onPick, onDismiss }: LabelMenuProps) {
  // The root stays mounted while closed: unmounting it made its positioning state update
  // during the commit, and React rendered the window a second time in the label key's task.
  return (
    <Popover.Root open={anchor !== null} onOpenChange={(open) => !open && onDismiss()}>
      <Popover.Anchor asChild>
        <div
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
      </Popover.Anchor>
      <Popover.Portal>
        <Popover.Content
          className="lp-labelmenu"
          side="bottom"
          align="start"
          sideOffset={6}
          onOpenAutoFocus={(event) => event.preventDefault()}
          aria-label="Label the selection"
        >
          <div className="lp-labelmenu__preview" title={preview}>
            {preview}
          </div>
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
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
