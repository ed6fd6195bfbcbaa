import { useCallback, useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { annotatorSchema } from '../../../../../shared/model';
import { errorMessage } from '../../../../../shared/errors';
import { useDialogOpener } from '../../../ui/useDialogOpener';

export interface AnnotatorDialogProps {
  readonly open: boolean;
  readonly current: string | null;
  onSave(name: string): Promise<void>;
  onCancel?(): void;
  /**
   * What was typed before the field showed (the window opens on this dialog): its characters
   * go into the field, other keys are named as not applied.
   */
  typedBefore?(): { readonly text: string; readonly notApplied: readonly string[] };
}

/** Asks who is annotating; every span records this name as its author. */
export function AnnotatorDialog({
  open,
  current,
  onSave,
  onCancel,
  typedBefore,
}: AnnotatorDialogProps) {
  const [name, setName] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
  const [notApplied, setNotApplied] = useState<readonly string[]>([]);
  const { contentRef, onCloseAutoFocus } = useDialogOpener(open);
  // The field has the keyboard from the moment it is in the page (before it is painted, not an
  // effect later), and takes what was typed before: no key typed at start-up is lost.
  const takeKeyboard = useCallback(
    (field: HTMLInputElement | null) => {
      if (!field) return;
      field.focus();
      const typed = typedBefore?.();
      if (typed?.text) setName((before) => before + typed.text);
      // The name to change is selected: typing replaces it, Enter keeps it.
      else field.select();
      if (typed?.notApplied.length) setNotApplied(typed.notApplied);
    },
    [typedBefore],
  );
  const submit = async (): Promise<void> => {
    const parsed = annotatorSchema.safeParse(name.trim());
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'invalid name');
    try {
      await onSave(parsed.data);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && current && onCancel?.()}>
      <Dialog.Portal>
        <Dialog.Overlay className="lp-overlay" />
        <Dialog.Content
          ref={contentRef}
          className="lp-dialog"
          aria-describedby="lp-annotator-help"
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <Dialog.Title className="lp-dialog__title">Who is annotating?</Dialog.Title>
          <p id="lp-annotator-help" className="lp-muted">
            Your name labels every span you make and names your folder in the project, so teammates'
            work never collides.
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <input
              ref={takeKeyboard}
              className="lp-input"
              aria-label="Annotator name"
              placeholder="e.g. amira"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setError(null);
              }}
            />
            {notApplied.length > 0 && (
              <p className="lp-muted" role="status">
                Typed while Loupe opened, not applied: {notApplied.join(', ')}. Check the name, then
                press Enter.
              </p>
            )}
            {error && (
              <p className="lp-error" role="alert">
                {error}
              </p>
            )}
            <div className="lp-dialog__actions">
              {current && (
                <Dialog.Close asChild>
                  <button type="button" className="lp-button">
                    Cancel
                  </button>
                </Dialog.Close>
              )}
              <button type="submit" className="lp-button lp-button--primary">
                Start annotating
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
