import { useState } from 'react';
import { selectOnFocus } from '../../../ui/selectOnFocus';
import { focusOnMount } from '../../../ui/focusOnMount';
import { isWindowKey } from '../../../ui/isWindowKey';
import { whenLeftByF6 } from '../../../ui/whenLeftByF6';

/**
 * A name field: Enter gives the trimmed name (when not empty), Escape gives null; F6 away
 * gives what is typed, trimmed (empty too), to `onLeft`.
 */
export function RenameField({
  initial,
  onDone,
  onLeft,
}: {
  readonly initial: string;
  onDone(name: string | null): void;
  onLeft(name: string): void;
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
        whenLeftByF6(event, () => onLeft(name.trim()));
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
