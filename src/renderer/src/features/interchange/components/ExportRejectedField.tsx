import { countOf } from '../../../ui/countOf';
import { ExportCheckField } from './ExportCheckField';

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
  const held = `${countOf(rejected, 'suggestion')} rejected in ${layers.join(', ')}'s layers`;
  return (
    <ExportCheckField
      caption={INCLUDE_REJECTED}
      checked={checked}
      onChange={onChange}
      hint={
        checked
          ? `${held}: written with the layers' other spans.`
          : `${held}: left out, as they are not the model's spans; tick to write them too.`
      }
    />
  );
}
