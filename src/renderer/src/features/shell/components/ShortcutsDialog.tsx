import * as Dialog from '@radix-ui/react-dialog';
import { Modal } from '../../../ui/Modal';

const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['1 – 9', 'label the selection (or relabel the selected span)'],
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z, Ctrl+Y', 'redo'],
  ['Ctrl+F', 'search'],
  ['Tab, Shift+Tab', 'next or previous span'],
  ['Del', 'delete the selected span'],
  ['E', 'link the span to an entity'],
  ['S', 'new stance with the span as evidence'],
  ['P', 'label the same text elsewhere'],
  ['D', 'mark done, open the next document'],
  ['Enter, Backspace', 'accept or dismiss a suggestion'],
  ['Esc', 'clear the selection'],
  ['Ctrl+B, Ctrl+Shift+B', 'toggle the side panel, the inspector'],
  ['Ctrl+Shift+L', 'dark or light theme'],
  ['Ctrl+/', 'this list'],
];

/** Every keyboard shortcut, in one list. */
export function ShortcutsDialog({ open, onClose }: { readonly open: boolean; onClose(): void }) {
  return (
    <Modal open={open} onClose={onClose} title="Keyboard shortcuts" size="wide">
      <dl className="lp-shortcuts">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys} className="lp-shortcuts__row">
            <dt>
              {keys.split(', ').map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <div className="lp-dialog__actions">
        <Dialog.Close className="lp-button lp-button--primary">Close</Dialog.Close>
      </div>
    </Modal>
  );
}
