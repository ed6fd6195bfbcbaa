import { Fragment } from 'react';
import type { LabelSchema, LabelStyles } from '../../../../../shared/model';
import { selectOnFocus } from '../../../ui/selectOnFocus';
import type { LabelDeletes } from './labelDeletes';
import type { LabelKeyProblem } from './labelKeyProblem';
import type { LabelRenames } from './labelRenames';

export interface LabelTableProps {
  readonly labels: LabelSchema['labels'];
  readonly styles: LabelStyles;
  readonly renames: LabelRenames;
  readonly deletes: LabelDeletes;
  /** What is wrong with each label's key, said under its row. */
  readonly keyProblems: ReadonlyMap<string, LabelKeyProblem>;
  /** Each label's key field, for Save to take the keyboard to one it refuses. */
  readonly keyFields: Map<string, HTMLInputElement>;
  onRename(from: string, to: string): void;
  onStyle(name: string, patch: Partial<LabelStyles[string]>): void;
  onToggleDelete(name: string): void;
}

/**
 * The labels, one row each: name, colour, key and Delete. A key's problem is said in a row of
 * its own under it, where the key was typed: refused (an alert as it is typed, the field marked
 * invalid), or, for a command's key the label already had, a caution.
 */
export function LabelTable(props: LabelTableProps) {
  const { styles, renames, deletes, keyProblems, keyFields } = props;
  return (
    <table className="lp-schema">
      <thead>
        <tr>
          <th>Label</th>
          <th>Colour</th>
          <th>Key</th>
          <th>
            <span className="lp-sr-only">Delete</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.labels.map((label, index) => {
          const problem = keyProblems.get(label.name);
          const problemId = `lp-label-key-problem-${index}`;
          return (
            <Fragment key={label.name}>
              <tr>
                <td>
                  <input
                    className={deletes.has(label.name) ? 'lp-input lp-schema__deleted' : 'lp-input'}
                    disabled={deletes.has(label.name)}
                    aria-label={`Name of ${label.name}`}
                    value={renames.get(label.name) ?? label.name}
                    onFocus={selectOnFocus}
                    onChange={(event) => props.onRename(label.name, event.target.value)}
                  />
                </td>
                <td>
                  <input
                    type="color"
                    aria-label={`Colour of ${label.name}`}
                    value={styles[label.name]?.color ?? '#888888'}
                    onChange={(event) => props.onStyle(label.name, { color: event.target.value })}
                  />
                </td>
                <td>
                  <input
                    ref={(field) => {
                      if (field) keyFields.set(label.name, field);
                      else keyFields.delete(label.name);
                    }}
                    className="lp-input lp-key"
                    aria-label={`Key of ${label.name}`}
                    aria-invalid={problem?.refused || undefined}
                    aria-describedby={problem ? problemId : undefined}
                    maxLength={1}
                    value={styles[label.name]?.key ?? ''}
                    onChange={(event) =>
                      props.onStyle(label.name, { key: event.target.value.toLowerCase() })
                    }
                  />
                </td>
                <td>
                  {/* The button stays where it was, so the keyboard stays on it. */}
                  <button
                    type="button"
                    className="lp-button lp-button--small lp-button--danger"
                    aria-label={`${deletes.has(label.name) ? 'Keep' : 'Delete'} label ${label.name}`}
                    onClick={() => props.onToggleDelete(label.name)}
                  >
                    {deletes.has(label.name) ? 'Keep' : 'Delete'}
                  </button>
                </td>
              </tr>
              {problem && (
                <tr className="lp-schema__problem">
                  <td colSpan={4}>
                    <p
                      id={problemId}
                      className={problem.refused ? 'lp-error' : 'lp-caution'}
                      role={problem.refused ? 'alert' : undefined}
                    >
                      {problem.text}
                    </p>
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
