import { biocFormat } from './bioc';
import { bratFormat } from './brat';
import type { Format, FormatId } from './common';
import { conllFormat } from './conll';
import { doccanoFormat } from './doccano';
import { huggingFaceFormat } from './huggingFace';
import { labelStudioFormat, labelStudioMinFormat } from './labelStudio';
import { loupeFormat } from './loupe';
import { maeFormat } from './mae';
import { pubtatorFormat } from './pubtator';
import { spacyDocBinFormat } from './spacyDocBin';
import { spacyJsonFormat } from './spacyJson';
import { spansJsonlFormat } from './spansJsonl';
import { stanceTsvFormat } from './stanceTsv';
import { txtFormat } from './txt';
import { webannoFormat } from './webanno';
import { xmiFormat } from './xmiFormat';

/** Every format Loupe knows, in the order the command line lists them. */
export const FORMATS: readonly Format[] = [
  txtFormat,
  bratFormat,
  doccanoFormat,
  labelStudioFormat,
  labelStudioMinFormat,
  spansJsonlFormat,
  conllFormat,
  huggingFaceFormat,
  stanceTsvFormat,
  maeFormat,
  webannoFormat,
  xmiFormat,
  pubtatorFormat,
  biocFormat,
  spacyJsonFormat,
  spacyDocBinFormat,
  loupeFormat,
];

/** True when `value` is a `--format` name. @example isFormatId('brat') === true */
export function isFormatId(value: string): value is FormatId {
  return FORMATS.some((format) => format.id === value);
}

/**
 * The format named `id`; throws a RangeError listing the known names otherwise.
 * @example getFormat('spans-jsonl').write?.(bundle)
 */
export function getFormat(id: string): Format {
  const format = FORMATS.find((f) => f.id === id);
  if (!format)
    throw new RangeError(
      `unknown format ${JSON.stringify(id)}; known: ${FORMATS.map((f) => f.id).join(', ')}`,
    );
  return format;
}
