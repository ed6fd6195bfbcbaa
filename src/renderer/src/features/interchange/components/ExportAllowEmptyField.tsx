import { ExportCheckField } from './ExportCheckField';

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
  return (
    <ExportCheckField
      caption={ALLOW_EMPTY}
      checked={checked}
      onChange={onChange}
      hint={
        checked
          ? 'Written although it holds no annotation or a part holds no document; said below the counts.'
          : 'An export of texts without annotations, or a split part without a document, is refused: tick to write it anyway.'
      }
    />
  );
}
