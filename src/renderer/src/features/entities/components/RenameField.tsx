import { useState } from 'react';
import { selectOnFocus } from '../../../ui/selectOnFocus';
import { focusOnMount } from '../../../ui/focusOnMount';
import { isWindowKey } from '../../../ui/isWindowKey';

/** A name field: Enter gives the trimmed name (when not empty), Escape gives null. */
export function RenameField({
  initial,
  onDone,
}: {
  readonly initial: string;
  onDone(name: string | null): void;
}) {
  const [name, setName] = useState(initial);
  return (
    <input
      ref={focusOnMount}
      className="lp-input"
      aria-label="Entity name"
      value={name}
      onFocus={selectOnFocus}
      onChange={(event) => setName(event.target.value)}
      onKeyDown={(event) => {
        if (isWindowKey(event)) return;
        event.stopPropagation();
        if (event.key !== 'Enter' && event.key !== 'Escape') return;
        // The key is the field's: not also a press of the button that takes the keyboard back.
        event.preventDefault();
        if (event.key === 'Escape') onDone(null);
        else if (name.trim()) onDone(name.trim());
      }}
    />
  );
}
