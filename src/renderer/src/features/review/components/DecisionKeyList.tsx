import { Fragment } from 'react';
import type { CommandContext } from '../../../../../shared/commands';
import { useCommandKey, useCommandKeyEntries, useCommandRegistry } from '../../../commands';
import { decisionKeyItems } from '../decisionKeyItems';

/**
 * A review's or an adjudication's keys on one line, from the command registry, and last the key
 * of the shortcuts list (a click opens it too), where every key is named in full.
 */
export function DecisionKeyList({ context }: { readonly context: CommandContext }) {
  const registry = useCommandRegistry();
  const items = decisionKeyItems(useCommandKeyEntries(), context);
  const shortcuts = useCommandKey('showShortcuts');
  return (
    <span className="lp-review-help">
      {items.map((item) => (
        <Fragment key={item.id}>
          <span className="lp-review-help-item" title={item.full}>
            {item.keys.map((key, i) => (
              <Fragment key={key}>
                {i > 0 && ' '}
                <kbd>{key}</kbd>
              </Fragment>
            ))}{' '}
            {item.does}
          </span>
          {' · '}
        </Fragment>
      ))}
      {/* Out of the Tab order: the key it names opens the list from anywhere. */}
      <button
        type="button"
        tabIndex={-1}
        className="lp-review-help-more"
        title="Every key, in full"
        onClick={() => registry.run('showShortcuts')}
      >
        {shortcuts && <kbd>{shortcuts}</kbd>} all keys
      </button>
    </span>
  );
}
