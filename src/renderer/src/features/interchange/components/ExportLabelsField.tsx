import { useId } from 'react';
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
  const [named, hint] = [useId(), useId()];
  const kept = new Set(chosen ?? labels);
  const toggle = (label: string, on: boolean): void => {
    const next = labels.filter((l) => (l === label ? on : kept.has(l)));
    onChange(next.length === labels.length ? null : next);
  };
  // The legend names the group; what unticking does is its description, heard on entering it.
  return (
    <fieldset className="lp-labelchoice" aria-labelledby={named} aria-describedby={hint}>
      <legend>
        <span id={named}>Labels to export</span>{' '}
        <span id={hint}>(the others, and what refers to them, are left out)</span>
      </legend>
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
