import { useModel, useStore } from '../model';
import { Toast } from '../ui/Toast';

/** The notifications store's message, as a toast. */
export function Notifications() {
  const { notifications, view } = useModel();
  const { message } = useStore(notifications);
  return message ? (
    <Toast message={message} onClose={notifications.dismiss} onKeyboardBack={view.focusReading} />
  ) : null;
}
