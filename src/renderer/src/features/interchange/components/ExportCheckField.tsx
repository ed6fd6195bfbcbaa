import { useId } from 'react';
import '../interchange.css';

/**
 * A box of the Export dialog that lets through what an export leaves out or refuses otherwise,
 * with what it does as its description, heard with its name and state on reaching it.
 */
export function ExportCheckField({
  caption,
  hint,
  checked,
  onChange,
}: {
  readonly caption: string;
  /** What the box does, ticked or not. */
  readonly hint: string;
  readonly checked: boolean;
  onChange(next: boolean): void;
}) {
  // Suffixed: Preact numbers ids per root, and the dialog's portal is a root of its own.
  const hintId = `${useId()}-hint`;
  return (
    <div className="lp-rejected">
      <label className="lp-check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.checked)}
        />{' '}
        {caption}
      </label>
      <p id={hintId} className="lp-rejected__hint">
        {hint}
      </p>
    </div>
  );
}
