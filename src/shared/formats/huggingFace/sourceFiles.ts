import { freeFileName, inSourceFolder, movedFile, pathStem } from '../common';
import type { FormatFile, SourcePart } from '../common';
import { datasetCard, HF_CARD_FILE, mergedExtraFeatures } from './datasetCard';
import { HF_FILE, HF_LABEL_NAMES_FILE } from './write';

/**
 * An export written back to the files its records were read from: each file's records under
 * its name in its folder (a `.jsonl` of its name for a JSON array, Parquet or Arrow file, as the
 * export writes JSON Lines), the records of no file in `hf.jsonl` (`hf-2.jsonl` when a file
 * written back has that name); one `label_names.json` and one dataset
 * card naming each file as a split of its name (`train`, `validation`; one file, `train`). Null when the files'
 * tag names differ (they are then written together, one list of names for all).
 * @example combineHuggingFaceSources(parts).map((f) => f.path) → ['train.jsonl', 'validation.jsonl', 'label_names.json', 'README.md']
 */
export function combineHuggingFaceSources(parts: readonly SourcePart[]): FormatFile[] | null {
  const names = parts.map(
    (part) => part.result.files.find((f) => f.path === HF_LABEL_NAMES_FILE)?.content,
  );
  const [first] = names;
  if (first === undefined || names.some((n) => n !== first)) return null;
  const taken = new Set<string>();
  for (const path of [HF_LABEL_NAMES_FILE, HF_CARD_FILE]) freeFileName(path, taken);
  const files: FormatFile[] = [];
  const splits: { name: string; path: string; examples: number }[] = [];
  const splitNames = new Set<string>();
  // The files written back take their names first, the records of no file (last) what is left.
  for (const { file, folder, result } of parts) {
    const records = result.files.find((f) => f.path === HF_FILE);
    if (!records) continue;
    const path = freeFileName(file ? inSourceFolder(folder, jsonlName(file.name)) : HF_FILE, taken);
    files.push(movedFile(records, path));
    splits.push({
      name:
        parts.length === 1
          ? 'train'
          : splitName(pathStem(path.split('/').pop() ?? path), splitNames),
      path,
      examples: records.content.split('\n').length - 1,
    });
  }
  const cards = parts.flatMap((part) =>
    part.result.files.filter((f) => f.path === HF_CARD_FILE).map((f) => f.content),
  );
  const tagNames: unknown = JSON.parse(first);
  const list = Array.isArray(tagNames) ? tagNames.map(String) : [];
  return [
    ...files,
    { path: HF_LABEL_NAMES_FILE, content: first },
    { path: HF_CARD_FILE, content: datasetCard(list, splits, mergedExtraFeatures(cards)) },
  ];
}

/** A file's name as JSON Lines: itself when it ends in `.jsonl`, else its stem with `.jsonl`. */
function jsonlName(name: string): string {
  return name.toLowerCase().endsWith('.jsonl') ? name : `${pathStem(name)}.jsonl`;
}

/** A split name `datasets` takes (word characters, dots between), from a file's stem, not one taken yet. */
function splitName(stem: string, taken: Set<string>): string {
  const base = stem.replace(/\W+/g, '_').replace(/^_+|_+$/g, '') || 'train';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}
