/** What a button its own press makes busy takes, spread on it. */
export interface BusyButtonProps {
  readonly 'aria-disabled': true | undefined;
  readonly onClick: () => void;
}

/**
 * A button busy with what its press started (Sync now, Import) is aria-disabled, not disabled:
 * a disabled button drops the keyboard that pressed it to the page, and a screen reader then
 * says nothing of where it is. While `busy`, a press does nothing.
 * @example <button {...busyButton(running, () => void sync())}>{running ? 'Syncing…' : 'Sync now'}</button>
 */
export function busyButton(busy: boolean, press: () => void): BusyButtonProps {
  return {
    'aria-disabled': busy || undefined,
    onClick: () => {
      if (!busy) press();
    },
  };
}
