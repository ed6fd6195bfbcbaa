import { formatChord, type KeyChord, type TakenKey } from '../../../../../shared/commands';

/** What a screen reader hears of a command's key that a label's key takes from it. */
function takenSaid({ chord, label, always }: TakenKey): string {
  const key = formatChord(chord);
  return always
    ? `${key} is the key of the label ${label}, not of this command`
    : `on selected text or a span, ${key} is the key of the label ${label}`;
}

/**
 * A command's keys in the palette: a key a label takes from it (label keys come first) struck
 * through and followed by the label's name, said whole to screen readers, as the shortcuts
 * list marks it.
 */
export function PaletteKeys({
  keys,
  taken,
}: {
  readonly keys: readonly KeyChord[];
  readonly taken: readonly TakenKey[];
}) {
  return (
    <span className="lp-palette__keys">
      {keys.map((chord) => {
        const by = taken.find((t) => t.chord === chord);
        if (!by) return <kbd key={chord}>{formatChord(chord)}</kbd>;
        return (
          <span key={chord} className="lp-palette__taken">
            <kbd className="lp-kbd--taken" aria-hidden="true">
              {formatChord(chord)}
            </kbd>
            <span className="lp-palette__label" aria-hidden="true">
              {by.always ? `label ${by.label}` : `label ${by.label} on a selection`}
            </span>
            <span className="lp-sr-only">{takenSaid(by)}</span>
          </span>
        );
      })}
    </span>
  );
}
