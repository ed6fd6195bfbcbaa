import { Fragment } from 'react';
import { contextPath, formatChord } from '../../../../../shared/commands';
import { useCommandEntries } from '../../../commands';

/** The annotation view's keys, from the command registry (the user's own where set). */
export function KeyHints() {
  const hints = useCommandEntries().filter(
    (e) => e.keys.length > 0 && contextPath(e.spec.context).includes('annotate'),
  );
  return (
    <p className="lp-muted lp-pad lp-small" data-testid="key-hints">
      Keys: select text then a label's key ·{' '}
      {hints.map((e, i) => (
        <Fragment key={e.spec.id}>
          {i > 0 && ' · '}
          <kbd>{formatChord(e.keys[0] ?? '')}</kbd> {e.spec.description ?? e.spec.title}
        </Fragment>
      ))}
    </p>
  );
}
