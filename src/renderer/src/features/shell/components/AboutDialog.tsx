import * as Dialog from '@radix-ui/react-dialog';
import { Modal } from '../../../ui/Modal';

/** What Loupe is and where this project lives. */
export function AboutDialog({
  open,
  projectDir,
  onClose,
}: {
  readonly open: boolean;
  readonly projectDir: string;
  onClose(): void;
}) {
  return (
    <Modal open={open} onClose={onClose} title="Loupe" describedBy="lp-about-text">
      <p id="lp-about-text" className="lp-muted">
        A desktop annotation workbench for entities and stances in news text. Every edit is saved as
        you make it, in a plain project folder you can read, diff and commit to git.
      </p>
      <p className="lp-small">
        Project folder: <code>{projectDir}</code>
      </p>
      <div className="lp-dialog__actions">
        <Dialog.Close className="lp-button lp-button--primary">Close</Dialog.Close>
      </div>
    </Modal>
  );
}
