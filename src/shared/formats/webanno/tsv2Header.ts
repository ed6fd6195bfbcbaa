import { stripByteOrderMark, type ErrorCollector } from '../common';
import type { WebannoColumn, WebannoLayer } from './header';

/** A WebAnno TSV 2 layer declaration (` # name | feature | … | AttachTo=base`), as a TSV 3 layer. */
export interface Tsv2Layers {
  readonly layers: WebannoLayer[];
  readonly columns: WebannoColumn[];
}

/** A TSV 2 header line: `# ` then a type name, `|` and a feature (WebAnno 2 wrote it with a leading space). */
const HEADER = /^#\s*[\w.$]+\s*\|/;

/**
 * Whether a file is WebAnno 2's TSV export: its first line a layer header
 * (` # …NamedEntity | value # …`), then `#id=` sentences of numbered token rows.
 * @example isWebannoTsv2File(' # de.…NamedEntity | value\n#id=1\n#text=Bob\n1-1\tBob\tB-PER\t\n') === true
 */
export function isWebannoTsv2File(content: string): boolean {
  const text = stripByteOrderMark(content);
  const first = text.slice(0, text.indexOf('\n') >>> 0).trim();
  return HEADER.test(first) && /\n#id=/.test(text.slice(0, 1 << 16));
}

/**
 * Adds the layers of one TSV 2 header line, as WebAnno 2's reader reads it: declarations
 * split at `#`, each a type name then `|`-separated features, one column each; `AttachTo=base`
 * makes the layer a relation between `base` annotations, its column (after the features)
 * holding the governor rows' ids. The layers are given as TSV 3 declares them (`BT_base`).
 * @example addTsv2Layers(into, ' # …Dependency | DependencyType | AttachTo=…POS', 1, 'a.tsv', errors)
 */
export function addTsv2Layers(
  into: Tsv2Layers,
  text: string,
  line: number,
  file: string,
  errors: ErrorCollector,
): void {
  for (const declaration of text.split('#')) {
    const [name = '', ...fields] = declaration.split('|').map((f) => f.trim());
    if (name === '') continue;
    const columns: WebannoColumn[] = [];
    let base: string | undefined;
    for (const field of fields) {
      if (field === '') continue;
      const index = into.columns.length + columns.length;
      if (field.startsWith('AttachTo=')) {
        base = field.slice('AttachTo='.length);
        columns.push({ index, layer: name, kind: 'source', feature: `BT_${base}` });
      } else columns.push({ index, layer: name, kind: 'feature', feature: field });
    }
    if (!columns.some((c) => c.kind === 'feature')) {
      errors.add(
        file,
        line,
        `layer ${name} declares no feature; WebAnno 2 wrote a column per feature (\`# ${name} | value\`): the header is damaged`,
      );
      continue;
    }
    if (base !== undefined && columns[columns.length - 1]?.kind !== 'source') {
      errors.add(
        file,
        line,
        `layer ${name}: AttachTo= is not its last field; WebAnno 2 wrote the governor column after the features`,
      );
      continue;
    }
    into.layers.push({
      kind: base === undefined ? 'span' : 'relation',
      name,
      line,
      columns,
      ...(base === undefined ? {} : { base }),
    });
    into.columns.push(...columns);
  }
}

/** A layer as a TSV 3 header line, so an export as TSV 3 declares its features in the same order. */
export function tsv3LayerLine(layer: WebannoLayer): string {
  const prefix = layer.kind === 'relation' ? '#T_RL=' : '#T_SP=';
  return `${prefix}${[layer.name, ...layer.columns.map((c) => c.feature)].join('|')}`;
}
