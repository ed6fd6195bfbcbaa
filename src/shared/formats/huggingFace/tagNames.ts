import { isRecord } from '../../collections';
import { jsonOrNull, type FormatFile } from '../common';
import { HF_CARD_FILE } from './datasetCard';
import { TAG_KEYS } from './hfRecord';

/** Files beside the records that name the integer tags, not records themselves. */
export const HF_NAME_FILES: ReadonlySet<string> = new Set([
  'label_names.json',
  'dataset_info.json',
  'state.json',
  'dataset_dict.json',
]);

/** A path's last segment, extension kept. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** True when the file only describes a dataset (its tag names, its splits). */
export function isNameFile(path: string): boolean {
  return HF_NAME_FILES.has(fileName(path)) || fileName(path) === HF_CARD_FILE;
}

/**
 * The names of integer tags from the files beside the records: Loupe's `label_names.json`
 * (a list), `datasets`' `dataset_info.json` (`features.<tag key>.feature.names`, as
 * `save_to_disk` and Hub repositories write it) or a dataset card's YAML
 * (`dataset_info: features: - name: ner_tags sequence: class_label: names: '0': O`).
 * Null when none names them.
 * @example tagNamesOf([{ path: 'label_names.json', content: '["O","B-PER"]' }]) → ['O', 'B-PER']
 */
export function tagNamesOf(files: readonly FormatFile[]): string[] | null {
  for (const file of files) {
    const name = fileName(file.path);
    if (name === 'label_names.json') {
      const list = jsonOrNull(file.content);
      if (Array.isArray(list) && list.every((n) => typeof n === 'string')) return list;
    }
    if (name === 'dataset_info.json') {
      const names = infoTagNames(jsonOrNull(file.content));
      if (names) return names;
    }
    if (name === HF_CARD_FILE) {
      const names = cardNames(file.content);
      if (names) return names;
    }
  }
  return null;
}

/**
 * The names of the integer tags in a `datasets` DatasetInfo (`dataset_info.json`, or the
 * `huggingface` metadata `datasets` writes into each Parquet file, under `info`): the class
 * label names of the first feature named like a tag key. Null when none names them.
 * @example infoTagNames({ features: { ner_tags: { feature: { names: ['O', 'B-PER'], _type: 'ClassLabel' }, _type: 'List' } } }) → ['O', 'B-PER']
 */
export function infoTagNames(info: unknown): string[] | null {
  const features = isRecord(info) && isRecord(info.features) ? info.features : {};
  for (const key of TAG_KEYS) {
    const names = classNames(features[key]);
    if (names) return names;
  }
  return null;
}

/** `{feature: {names}}` (Sequence), `{names}` or a newer `List` of a ClassLabel. */
function classNames(feature: unknown): string[] | null {
  if (!isRecord(feature)) return null;
  const { names } = feature;
  if (Array.isArray(names) && names.every((n) => typeof n === 'string')) return names;
  return feature.feature === undefined ? null : classNames(feature.feature);
}

/**
 * The class label names of the card's tag feature: the `names:` block under the feature
 * named like a tag key, `'0': O` lines in order of their number.
 */
function cardNames(content: string): string[] | null {
  const lines = content.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  let feature = '';
  for (let i = 1; i < lines.length && lines[i]?.trim() !== '---'; i++) {
    const line = lines[i] ?? '';
    const named = /^\s*-\s*name:\s*['"]?([\w-]+)['"]?\s*$/.exec(line);
    if (named) feature = named[1] ?? '';
    if (!TAG_KEYS.includes(feature) || !/^\s*names:\s*$/.test(line)) continue;
    const indent = line.search(/\S/);
    const byId = new Map<number, string>();
    for (let k = i + 1; k < lines.length; k++) {
      const entry = /^(\s*)['"]?(\d+)['"]?\s*:\s*(.*)$/.exec(lines[k] ?? '');
      if (!entry || (entry[1] ?? '').length <= indent) break;
      byId.set(Number(entry[2]), unquoted((entry[3] ?? '').trim()));
    }
    // Every id from 0 named, none missing: a list with a hole would shift the tags after it.
    const names = Array.from({ length: byId.size }, (_, id) => byId.get(id));
    if (names.length > 0 && names.every((n) => n !== undefined)) return names;
  }
  return null;
}

function unquoted(value: string): string {
  if (value.startsWith('"')) return String(jsonOrNull(value) ?? value);
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}
