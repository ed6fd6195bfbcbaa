import { useModel, useStore } from '../../../model';
import { colorVariable } from '../../../ui/colorVariable';

/** The schema's labels with their colours and keys. */
export function LabelLegend() {
  const { project } = useStore(useModel().project);
  if (!project) return null;
  return (
    <div className="lp-legend" aria-label="Labels">
      {project.schema.labels.map((l) => {
        const style = project.styles[l.name];
        return (
          <span
            key={l.name}
            className="lp-chip lp-chip--static"
            style={colorVariable(style?.color)}
          >
            {style?.key && <kbd>{style.key}</kbd>}
            {l.name}
          </span>
        );
      })}
    </div>
  );
}
