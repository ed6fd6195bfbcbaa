import { useEffect, useState } from 'react';
import { afterEditPainted } from '../afterEditPainted';
import { editOnItsWay } from '../saveState';

/**
 * `value`, except that a change that comes with an edit (between its key and the painted frame
 * of its answer) shows once that edit is painted and saved (see {@link afterEditPainted}). For
 * what may follow an edit a frame late (a side panel), so that the frames showing the edit and
 * its "Saved" carry the edit alone; a change without an edit (a span selected by Tab) shows at
 * once. Values in a row meanwhile show the last one, once.
 * @example const inspected = useAfterEdit(selectedSpan) // the inspector follows the highlight
 */
export function useAfterEdit<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const now = !Object.is(shown, value) && !editOnItsWay();
  if (now) setShown(() => value); // derived while rendering, as React advises: no second commit
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterEditPainted(() => setShown(() => value));
  }, [shown, value]);
  return now ? value : shown;
}
