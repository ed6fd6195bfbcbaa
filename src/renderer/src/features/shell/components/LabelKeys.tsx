import { useModel, useStore } from '../../../model';
import { colorVariable } from '../../../ui/colorVariable';

/** The schema's label keys (set in the schema dialog), as one row of the shortcuts list. */
export function LabelKeys() {
  const { project } = useStore(useModel().project);
  const keyed = Object.entries(project?.styles ?? {})
    .flatMap(([label, style]) => (style.key ? [{ label, key: style.key, color: style.color }] : []))
    .sort((a, b) => a.key.localeCompare(b.key));
  if (keyed.length === 0) return null;
  return (
    <dl className="lp-shortcuts">
      <div className="lp-shortcuts__row">
        <dt>Label keys</dt>
        <dd>
          <span className="lp-shortcuts__what">
            label the selection, or relabel the selected span (keys are set in the schema)
            <span className="lp-shortcuts__labels">
              {keyed.map(({ label, key, color }) => (
                <span key={label} className="lp-chip lp-chip--static" style={colorVariable(color)}>
                  <kbd>{key.toUpperCase()}</kbd>
                  {label}
                </span>
              ))}
            </span>
          </span>
        </dd>
      </div>
    </dl>
  );
}
