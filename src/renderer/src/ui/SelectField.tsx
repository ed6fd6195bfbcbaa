export interface SelectFieldProps<T extends string> {
  /** The visible caption above the list. */
  readonly label: string;
  /** The accessible name (tests and screen readers find the list by it). */
  readonly name: string;
  readonly value: T;
  readonly options: readonly T[];
  /** How an option reads; the option itself by default. */
  optionLabel?(option: T): string;
  onChange(value: T): void;
}

/** A captioned drop-down list that takes the free width of its row. */
export function SelectField<T extends string>({
  label,
  name,
  value,
  options,
  optionLabel,
  onChange,
}: SelectFieldProps<T>) {
  return (
    <label className="lp-field lp-field--grow">
      {label}
      <select
        className="lp-input"
        aria-label={name}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel ? optionLabel(option) : option}
          </option>
        ))}
      </select>
    </label>
  );
}
