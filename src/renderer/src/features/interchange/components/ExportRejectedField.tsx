import { useId } from 'react';
import { countOf } from '../../../ui/countOf';
import '../interchange.css';

/** The box's caption; the export's warning names it where the command line names its option. */
export const INCLUDE_REJECTED = 'Include rejected suggestions';

/**
 * Whether an export writes the suggestions annotators rejected in a machine layer too, as
 * `loupe export --include-rejected` does; offered where the layers exported hold some.
 */
export function ExportRejectedField({
  rejected,
  layers,
  checked,
  onChange,
}: {
  /** The rejected suggestions in the layers exported. */
  readonly rejected: number;
  /** The layers exported, as the Layer field names them. */
  readonly layers: readonly string[];
  readonly checked: boolean;
  onChange(next: boolean): void;
}) {
  // Suffixed: Preact numbers ids per root, and the dialog's portal is a root of its own.
  const hint = `${useId()}-rejected`;
  const held = `${countOf(rejected, 'suggestion')} rejected in ${layers.join(', ')}'s layers`;
  // What the box does is its description, heard with its name and state on reaching it.
  return (
    <div className="lp-rejected">
      <label className="lp-check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hint}
          onChange={(event) => onChange(event.target.checked)}
        />{' '}
        {INCLUDE_REJECTED}
      </label>
      <p id={hint} className="lp-rejected__hint">
        {checked
          ? `${held}: written with the layers' other spans.`
          : `${held}: left out, as they are not the model's spans; tick to write them too.`}
      </p>
    </div>
  );
}
