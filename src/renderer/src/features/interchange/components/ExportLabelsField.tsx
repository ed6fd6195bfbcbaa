import '../interchange.css';

/** Which labels an export keeps: a box per schema label; every box ticked means no filter. */
export function ExportLabelsField({
  labels,
  chosen,
  onChange,
}: {
  readonly labels: readonly string[];
  /** The labels kept, or null for all of them. */
  readonly chosen: readonly string[] | null;
  onChange(next: readonly string[] | null): void;
}) {
  const kept = new Set(chosen ?? labels);
  const toggle = (label: string, on: boolean): void => {
    const next = labels.filter((l) => (l === label ? on : kept.has(l)));
    onChange(next.length === labels.length ? null : next);
  };
  return (
    <fieldset className="lp-labelchoice" aria-label="Export labels">
      <legend>Labels to export (the others, and what refers to them, are left out)</legend>
      {labels.map((label) => (
        <label key={label} className="lp-check">
          <input
            type="checkbox"
            aria-label={`Export label ${label}`}
            checked={kept.has(label)}
            onChange={(event) => toggle(label, event.target.checked)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
