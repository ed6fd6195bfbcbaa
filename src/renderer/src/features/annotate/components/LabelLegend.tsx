import { useModel, useStore, useStoreValue } from '../../../model';
import { colorVariable } from '../../../ui/colorVariable';
import { countOf } from '../../../ui/countOf';
import { labelCounts } from '../labelCounts';

/** The schema's labels with their colours, keys and how many spans of this document carry each. */
export function LabelLegend() {
  const model = useModel();
  const { project } = useStore(model.project);
  // The same map while no count changes: an edit's answer that only swaps the drawn span for the saved one renders nothing here.
  const counts = useStoreValue(model.document, (s) => labelCounts(s.spans));
  if (!project) return null;
  return (
    <ul className="lp-legend" aria-label="Labels: key and spans in this document">
      {project.schema.labels.map((l) => {
        const style = project.styles[l.name];
        const count = counts.get(l.name) ?? 0;
        const key = style?.key ? `key ${style.key}, ` : '';
        return (
          <li
            key={l.name}
            className="lp-chip lp-chip--static"
            style={colorVariable(style?.color)}
            title={l.description}
            aria-label={`${l.name}: ${key}${countOf(count, 'span')}`}
          >
            {style?.key && <kbd aria-hidden="true">{style.key}</kbd>}
            <span aria-hidden="true">{l.name}</span>
            <span className="lp-chip__count" aria-hidden="true">
              {count}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
