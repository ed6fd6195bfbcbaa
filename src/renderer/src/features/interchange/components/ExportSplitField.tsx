import { useEffect, useId, useState } from 'react';

/** How long typing rests before the split typed is taken (and checked, and previewed). */
const SETTLE_MS = 600;

export interface ExportSplitFieldProps {
  /** The split taken: what was typed once typing rested or the field was left. */
  readonly split: string;
  onSplit(split: string): void;
  /** Why the split taken cannot be used, in the dialog's words; null when it can. */
  readonly problem: string | null;
  readonly seed: number;
  onSeed(seed: number): void;
  readonly onlyDone: boolean;
  onOnlyDone(onlyDone: boolean): void;
}

/**
 * The split, its seed and "only done". A split is taken once typing rests or the field is left,
 * never at each key: "80/" on the way to "80/10/10" is not refused aloud while it is typed. A
 * split that cannot be used marks the field invalid and is said as its description.
 */
export function ExportSplitField({
  split,
  onSplit,
  problem,
  seed,
  onSeed,
  onlyDone,
  onOnlyDone,
}: ExportSplitFieldProps) {
  const [typed, setTyped] = useState(split);
  const ids = { caption: useId(), problem: useId() };
  useEffect(() => {
    if (typed === split) return;
    const timer = window.setTimeout(() => onSplit(typed), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, split, onSplit]);
  const shown = typed === split ? problem : null;
  return (
    <>
      <div className="lp-row lp-row--end">
        <label className="lp-field lp-field--grow">
          <span id={ids.caption}>Split train/dev/test (optional)</span>
          <input
            className="lp-input"
            aria-labelledby={ids.caption}
            aria-invalid={shown ? true : undefined}
            aria-describedby={shown ? ids.problem : undefined}
            placeholder="80/10/10"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onBlur={() => typed !== split && onSplit(typed)}
          />
        </label>
        <label className="lp-field lp-field--narrow">
          Seed
          <input
            className="lp-input"
            aria-label="Seed"
            type="number"
            value={seed}
            onChange={(event) => onSeed(Math.trunc(Number(event.target.value) || 0))}
          />
        </label>
        <label className="lp-field lp-check">
          <input
            type="checkbox"
            checked={onlyDone}
            onChange={(event) => onOnlyDone(event.target.checked)}
          />{' '}
          only done
        </label>
      </div>
      {shown && (
        <p id={ids.problem} className="lp-error">
          {shown}
        </p>
      )}
    </>
  );
}
