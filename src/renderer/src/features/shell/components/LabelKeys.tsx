import { useModel, useStore } from '../../../model';

/** The schema's label keys (set in the schema dialog), as one row of the shortcuts list. */
export function LabelKeys() {
  const { project } = useStore(useModel().project);
  const keyed = Object.entries(project?.styles ?? {}).filter(([, style]) => style.key);
  if (keyed.length === 0) return null;
  return (
    <dl className="lp-shortcuts">
      <div className="lp-shortcuts__row">
        <dt>
          {keyed.map(([label, style]) => (
            <kbd key={label} title={label}>
              {style.key?.toUpperCase()}
            </kbd>
          ))}
        </dt>
        <dd>label the selection (or relabel the selected span); keys are set in the schema</dd>
      </div>
    </dl>
  );
}
