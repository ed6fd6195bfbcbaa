import { useSaveTitle } from '../hooks/useSaveTitle';

const SAVE_WORDS = { saved: 'Saved', saving: 'Saving…', failed: 'Not saved' } as const;

/**
 * Whether every edit reached the disk, in the header and the window title. Its own component:
 * the state changes twice per edit, and only this badge redraws for it, not the shell around it.
 */
export function SaveStateBadge({
  projectName,
  readOnly,
}: {
  projectName: string;
  readOnly: string | null | undefined;
}) {
  const saveState = useSaveTitle(projectName, Boolean(readOnly));
  return (
    <span
      className={`lp-savestate lp-savestate--${readOnly ? 'readonly' : saveState}`}
      role="status"
      data-testid="save-state"
    >
      {readOnly ? 'Read-only' : SAVE_WORDS[saveState]}
    </span>
  );
}
