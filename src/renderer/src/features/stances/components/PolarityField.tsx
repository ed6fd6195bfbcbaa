import type { KeyboardEvent, Ref } from 'react';

export interface PolarityFieldProps {
  readonly polarities: readonly string[];
  readonly value: string | undefined;
  /** The keys that pick a polarity from anywhere in the form, by position. */
  readonly keys: string;
  /** The radio the keyboard lands on: the chosen one, else the first. */
  readonly firstRef: Ref<HTMLButtonElement>;
  onChange(polarity: string): void;
}

/**
 * Moves the choice with the arrow keys, as a radio group does, and the keyboard with it: from the
 * checked radio, or, when none is checked, from the one that has the keyboard (the first).
 */
function onArrows(event: KeyboardEvent<HTMLDivElement>, props: PolarityFieldProps): void {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (!step) return;
  event.preventDefault();
  const count = props.polarities.length;
  const checked = props.value ? props.polarities.indexOf(props.value) : -1;
  const focused = event.target instanceof HTMLElement ? event.target.dataset.polarity : undefined;
  const at = checked >= 0 ? checked : Math.max(0, props.polarities.indexOf(focused ?? ''));
  const next = props.polarities[(at + step + count) % count];
  if (!next) return;
  props.onChange(next);
  event.currentTarget.querySelector<HTMLElement>(`[data-polarity="${CSS.escape(next)}"]`)?.focus();
}

/** The polarity as a radio group: nothing chosen at first; arrows or a polarity's key choose. */
export function PolarityField(props: PolarityFieldProps) {
  const { polarities, value, keys, firstRef, onChange } = props;
  const tabStop = value && polarities.includes(value) ? value : polarities[0];
  return (
    <div className="lp-field">
      <span id="lp-polarity-label">Polarity</span>
      <div
        className="lp-row"
        role="radiogroup"
        aria-labelledby="lp-polarity-label"
        aria-required="true"
        onKeyDown={(event) => onArrows(event, props)}
      >
        {polarities.map((p, i) => (
          <button
            key={p}
            ref={p === tabStop ? firstRef : undefined}
            type="button"
            role="radio"
            data-polarity={p}
            aria-checked={value === p}
            tabIndex={p === tabStop ? 0 : -1}
            className={`lp-polarity lp-polarity--${p.toLowerCase()}${value === p ? ' is-on' : ''}`}
            onClick={() => onChange(p)}
          >
            {keys[i] && <kbd>{keys[i]?.toUpperCase()}</kbd>} {p}
          </button>
        ))}
      </div>
    </div>
  );
}
