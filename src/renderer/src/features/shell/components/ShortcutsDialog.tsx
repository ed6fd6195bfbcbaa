import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import type { CommandContext } from '../../../../../shared/commands';
import { useCommandKeyEntries } from '../../../commands';
import { useModel } from '../../../model';
import { Modal } from '../../../ui/Modal';
import { LabelKeys } from './LabelKeys';
import { ShortcutRow } from './ShortcutRow';

/** A section per context, in the order shown: every context has one, so no command's keys go unlisted. */
const SECTION_TITLES: Record<CommandContext, string> = {
  global: 'Everywhere',
  annotate: 'Annotating',
  'annotate.span': 'With a span selected',
  'annotate.relate': 'Relating one span to another',
  'annotate.suggestion': 'With a known-name suggestion selected',
  'annotate.modelSuggestion': 'With a model suggestion under the cursor',
  agreement: 'Agreement',
  review: 'Review',
  panel: 'Adjudicating among all annotators',
};
const SECTIONS = Object.entries(SECTION_TITLES);

/** Every keyboard shortcut, from the command registry; a command's key can be changed here by keyboard. */
export function ShortcutsDialog({ open }: { readonly open: boolean }) {
  const { view } = useModel();
  const entries = useCommandKeyEntries().filter((e) => e.spec.id !== 'openRecent');
  const [recording, setRecording] = useState<string | null>(null);
  // What the last change or reset did, said while the dialog stays open (not again as it reopens).
  const [said, setSaid] = useState('');
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    setSaid('');
  }
  return (
    <Modal
      open={open}
      onClose={view.close}
      title="Keyboard shortcuts"
      size="wide"
      describedBy="lp-shortcuts-help"
      onEscapeKeyDown={(event) => {
        if (recording) event.preventDefault();
      }}
    >
      <p id="lp-shortcuts-help" className="lp-muted lp-small">
        To change a key, choose <em>Change</em> beside it and press the new key; Esc cancels.
      </p>
      {/* The modal hides the window's own live region from screen readers. */}
      <p className="lp-sr-only" role="status" data-testid="shortcuts-announcement">
        {said}
      </p>
      {SECTIONS.map(([context, title]) => {
        const rows = entries.filter((e) => e.spec.context === context);
        if (rows.length === 0) return null;
        return (
          <section key={context} className="lp-shortcuts__section" aria-label={title}>
            <h3 className="lp-shortcuts__title">{title}</h3>
            {context === 'annotate' && <LabelKeys />}
            <dl className="lp-shortcuts">
              {rows.map((entry) => (
                <ShortcutRow
                  key={entry.spec.id}
                  entry={entry}
                  recording={recording === entry.spec.id}
                  onRecording={(on) => setRecording(on ? entry.spec.id : null)}
                  onSaid={setSaid}
                />
              ))}
            </dl>
          </section>
        );
      })}
      <div className="lp-dialog__actions">
        <Dialog.Close className="lp-button lp-button--primary">Close</Dialog.Close>
      </div>
    </Modal>
  );
}
