import { useId } from 'react';

/** A field of the Import dialog naming a column of the files: its label is its accessible name. */
export function ColumnField({
  label,
  value,
  placeholder,
  numeric = false,
  problem = null,
  onChange,
}: {
  readonly label: string;
  readonly value: string;
  /** What is read when the field is left empty. */
  readonly placeholder: string;
  readonly numeric?: boolean;
  /** Why the value typed cannot be used: the field is marked invalid and described by it. */
  readonly problem?: string | null;
  readonly onChange: (value: string) => void;
}) {
  const problemId = useId();
  return (
    <label className="lp-field lp-field--grow">
      {label}
      <input
        className="lp-input"
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        {...(numeric ? { inputMode: 'numeric' } : {})}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <span id={problemId} className="lp-error">
          {problem}
        </span>
      )}
    </label>
  );
}
