import { useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { annotatorSchema } from '../../../../../shared/model';
import { errorMessage } from '../../../../../shared/errors';

export interface AnnotatorDialogProps {
  readonly open: boolean;
  readonly current: string | null;
  onSave(name: string): Promise<void>;
  onCancel?(): void;
}

/** Asks who is annotating; every span records this name as its author. */
export function AnnotatorDialog({ open, current, onSave, onCancel }: AnnotatorDialogProps) {
  const [name, setName] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
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
        <Dialog.Content className="lp-dialog" aria-describedby="lp-annotator-help">
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
              autoFocus
              className="lp-input"
              aria-label="Annotator name"
              placeholder="e.g. amira"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setError(null);
              }}
            />
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
