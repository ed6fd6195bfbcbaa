import { memo } from 'react';
import '../keyhints.css';
import { keyHintGroups, useCommandKeyEntries } from '../../../commands';

/** The annotation view's keys by situation, from the command registry (the user's own where set); an edit does not render it. */
function KeyHintsSection() {
  const groups = keyHintGroups(useCommandKeyEntries());
  return (
    <section className="lp-keyhints lp-small" aria-label="Keys" data-testid="key-hints">
      <h2 className="lp-panel-title">Keys</h2>
      <p className="lp-muted">Select text, then press a label’s key.</p>
      {groups.map((group) => (
        <div key={group.title}>
          <h3 className="lp-keyhints__title">{group.title}</h3>
          <dl className="lp-keyhints__list">
            {group.hints.map((hint) => (
              <div key={hint.key} className="lp-keyhints__item">
                <dt>
                  <kbd>{hint.key}</kbd>
                </dt>
                <dd>{hint.does}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

/** Memoized: the panel around it renders at every edit, the keys change only when rebound. */
export const KeyHints = memo(KeyHintsSection);
