import { useId } from 'react';

export interface SelectFieldProps<T extends string> {
  /** The visible caption above the list. */
  readonly label: string;
  /** The accessible name (tests and screen readers find the list by it). */
  readonly name: string;
  /** Words after the caption, in brackets, that screen readers hear as the list's description. */
  readonly hint?: string;
  readonly value: T;
  readonly options: readonly T[];
  /** How an option reads; the option itself by default. */
  optionLabel?(option: T): string;
  /** Options shown but not to be chosen (their label says why). */
  optionDisabled?(option: T): boolean;
  onChange(value: T): void;
}

/** A captioned drop-down list that takes the free width of its row. */
export function SelectField<T extends string>({
  label,
  name,
  hint,
  value,
  options,
  optionLabel,
  optionDisabled,
  onChange,
}: SelectFieldProps<T>) {
  const hintId = useId();
  return (
    <label className="lp-field lp-field--grow">
      <span>
        {label}
        {hint && <span id={hintId}> ({hint})</span>}
      </span>
      <select
        className="lp-input"
        aria-label={name}
        aria-describedby={hint ? hintId : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option} value={option} disabled={optionDisabled?.(option) ?? false}>
            {optionLabel ? optionLabel(option) : option}
          </option>
        ))}
      </select>
    </label>
  );
}
