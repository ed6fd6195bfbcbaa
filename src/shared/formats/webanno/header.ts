import type { ErrorCollector, NumberedLine } from '../common';

/** The kinds of layer a header declares: `#T_SP=` spans, `#T_RL=` relations, `#T_CH=` chains. */
export type LayerKind = 'span' | 'relation' | 'chain';

/**
 * What one annotation column holds: a feature value, a featureless span layer's placeholder,
 * a slot feature's roles or fillers, a relation's source (`BT_`), or a chain's
 * `referenceType` / `referenceRelation`.
 */
export type ColumnKind =
  'feature' | 'placeholder' | 'slotRole' | 'slotTarget' | 'source' | 'chainType' | 'chainLink';

/** One annotation column: its 0-based place after the three unit columns, its layer and what it holds. */
export interface WebannoColumn {
  readonly index: number;
  readonly layer: string;
  readonly kind: ColumnKind;
  /** The feature name as the header wrote it (the whole declaration for slots and `BT_`). */
  readonly feature: string;
}

/** A declared layer: its kind, full type name, header line and columns. */
export interface WebannoLayer {
  readonly kind: LayerKind;
  readonly name: string;
  readonly line: number;
  readonly columns: readonly WebannoColumn[];
  /** A relation layer's base type, the layer its endpoints are annotations of. */
  readonly base?: string;
}

/** A file's header: format version, layers in order, their columns, and where the body starts. */
export interface WebannoHeader {
  readonly version: string;
  readonly minor: number;
  readonly layers: readonly WebannoLayer[];
  readonly columns: readonly WebannoColumn[];
  readonly lines: readonly string[];
  /** Index in the lines of the first line after the header. */
  readonly bodyAt: number;
}

// WebAnno 3.0 to 3.4 wrote `WebAnno TSV 3` with no minor version (GUM's coreference files keep it).
const FORMAT = /^#FORMAT=WebAnno TSV (\d+)(?:\.(\d+))?$/;
const PREFIXES: readonly (readonly [string, LayerKind])[] = [
  ['#T_SP=', 'span'],
  ['#T_RL=', 'relation'],
  ['#T_CH=', 'chain'],
];

/**
 * Reads the header of a WebAnno TSV 3.x file as INCEpTION's reader does: the format line,
 * then one `#T_SP=`, `#T_RL=` or `#T_CH=` line per layer, its fields split at `|` (a layer
 * without features gets one placeholder column). Problems go to `errors`; null when the
 * file cannot be read on.
 * @example parseWebannoHeader(lines, 'a.tsv', errors)?.layers[0]?.name === 'webanno.custom.Span'
 */
export function parseWebannoHeader(
  lines: readonly NumberedLine[],
  file: string,
  errors: ErrorCollector,
): WebannoHeader | null {
  const first = lines[0];
  const format = FORMAT.exec(first?.text ?? '');
  if (!format || format[1] !== '3') {
    errors.add(
      file,
      1,
      `${first ? JSON.stringify(first.text.slice(0, 60)) : 'an empty file'} is not a WebAnno TSV 3 header (#FORMAT=WebAnno TSV 3.3; 3, 3.1 and 3.2 are read too); export the document again from INCEpTION or WebAnno as "WebAnno TSV 3"`,
    );
    return null;
  }
  const layers: WebannoLayer[] = [];
  const columns: WebannoColumn[] = [];
  let at = 1;
  for (; at < lines.length; at++) {
    const { line, text } = lines[at] ?? { line: 0, text: '' };
    const kind = PREFIXES.find(([prefix]) => text.startsWith(prefix));
    if (!kind) break;
    const [name = '', ...fields] = text
      .slice(kind[0].length)
      .split('|')
      .filter((f) => f !== '');
    if (name === '') {
      errors.add(file, line, `${kind[0]} names no layer; write the layer's type name after it`);
      continue;
    }
    const layer = layerOf(kind[1], name, line, fields, columns.length, file, errors);
    layers.push(layer);
    columns.push(...layer.columns);
  }
  return {
    version: format[2] === undefined ? format[1] : `${format[1]}.${format[2]}`,
    minor: Number(format[2] ?? 0),
    layers,
    columns,
    lines: lines.slice(0, at).map((l) => l.text),
    bodyAt: at,
  };
}

function layerOf(
  kind: LayerKind,
  name: string,
  line: number,
  fields: readonly string[],
  next: number,
  file: string,
  errors: ErrorCollector,
): WebannoLayer {
  const columns: WebannoColumn[] = [];
  const add = (kindOf: ColumnKind, feature: string) =>
    columns.push({ index: next + columns.length, layer: name, kind: kindOf, feature });
  let base: string | undefined;
  for (const field of fields) {
    const previous = columns[columns.length - 1]?.kind;
    if (kind === 'span' && field.startsWith('ROLE_')) add('slotRole', field);
    else if (kind === 'relation' && field.startsWith('BT_')) {
      base = field.slice('BT_'.length);
      add('source', field);
    } else if (kind === 'chain' && field === 'referenceType') add('chainType', field);
    else if (kind === 'chain' && field === 'referenceRelation') add('chainLink', field);
    else if (kind === 'span' && field.includes('.')) {
      if (previous !== 'slotRole')
        errors.add(
          file,
          line,
          `layer ${name}: ${field} is a slot's target type but follows no ROLE_ column; the header is damaged, export it again`,
        );
      add('slotTarget', field);
    } else add('feature', field);
  }
  if (fields.length === 0) add('placeholder', '');
  if (kind === 'relation' && base === undefined)
    errors.add(
      file,
      line,
      `relation layer ${name} has no BT_ column naming the layer it links; the header is damaged, export it again`,
    );
  return { kind, name, line, columns, ...(base === undefined ? {} : { base }) };
}
