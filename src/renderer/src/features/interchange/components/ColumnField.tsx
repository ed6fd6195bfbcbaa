/** A field of the Import dialog naming a column of the files: its label is its accessible name. */
export function ColumnField({
  label,
  value,
  placeholder,
  numeric = false,
  onChange,
}: {
  readonly label: string;
  readonly value: string;
  /** What is read when the field is left empty. */
  readonly placeholder: string;
  readonly numeric?: boolean;
  readonly onChange: (value: string) => void;
}) {
  return (
    <label className="lp-field lp-field--grow">
      {label}
      <input
        className="lp-input"
        aria-label={label}
        {...(numeric ? { inputMode: 'numeric' } : {})}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
