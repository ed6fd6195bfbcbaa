import { useId } from 'react';
import '../interchange.css';

/** The box's caption; the dialog's words for `--allow-empty` name it. */
export const ALLOW_EMPTY = 'Write even if empty';

/**
 * Whether a training export of texts without annotations, or a split part left without a
 * document, is written anyway, as `loupe export --allow-empty` does; offered once the export is
 * refused for it (and kept while ticked).
 */
export function ExportAllowEmptyField({
  checked,
  onChange,
}: {
  readonly checked: boolean;
  onChange(next: boolean): void;
}) {
  // Suffixed: Preact numbers ids per root, and the dialog's portal is a root of its own.
  const hint = `${useId()}-allow-empty`;
  return (
    <div className="lp-rejected">
      <label className="lp-check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hint}
          onChange={(event) => onChange(event.target.checked)}
        />{' '}
        {ALLOW_EMPTY}
      </label>
      <p id={hint} className="lp-rejected__hint">
        {checked
          ? 'Written although it holds no annotation or a part holds no document; said below the counts.'
          : 'An export of texts without annotations, or a split part without a document, is refused: tick to write it anyway.'}
      </p>
    </div>
  );
}
