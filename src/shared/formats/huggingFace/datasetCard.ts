/** One split of a Hugging Face dataset: its name, records file and number of records. */
export interface CardSplit {
  readonly name: string;
  readonly path: string;
  readonly examples: number;
}

/** The dataset card's file name; the Hub and `huggingface_hub.metadata_load` read its YAML header. */
export const HF_CARD_FILE = 'README.md';

const q = (value: string): string => JSON.stringify(value);

/**
 * A dataset card (`README.md`) for token classification records: YAML metadata with
 * `configs` (the data files of each split) and `dataset_info` (features: `id`, `tokens`,
 * `ner_tags` as a ClassLabel sequence with the tag names, `document`, and the feature lines
 * of kept source fields, `extra`; each split's record count), then how to load it. Strings
 * are written as JSON, which YAML reads as they are.
 * @example datasetCard(['O', 'B-PERSON', 'I-PERSON'], [{ name: 'train', path: 'hf.jsonl', examples: 3 }])
 */
export function datasetCard(
  names: readonly string[],
  splits: readonly CardSplit[],
  extra: readonly string[] = [],
): string {
  const lines = [
    '---',
    'task_categories:',
    '- token-classification',
    'configs:',
    '- config_name: default',
    '  data_files:',
    ...splits.flatMap((s) => [`  - split: ${q(s.name)}`, `    path: ${q(s.path)}`]),
    'dataset_info:',
    '  features:',
    '  - name: id',
    '    dtype: string',
    '  - name: tokens',
    '    sequence: string',
    '  - name: ner_tags',
    '    sequence:',
    '      class_label:',
    '        names:',
    ...names.map((name, i) => `          ${q(String(i))}: ${q(name)}`),
    '  - name: document',
    '    dtype: string',
    ...extra,
    '  splits:',
    ...splits.flatMap((s) => [`  - name: ${q(s.name)}`, `    num_examples: ${s.examples}`]),
    '---',
    '',
    '# Token classification data exported by Loupe',
    '',
    'Records are `{id, tokens, ner_tags, document}`, one per sentence; `ner_tags` are IOB2 tag',
    'ids, named in `label_names.json` (and above); `document` names the Loupe document the',
    "record is from. Tokens are spaCy English tokens (or the source's own), cut at span edges.",
    '',
    '```python',
    'import json',
    'from datasets import ClassLabel, List, load_dataset',
    '',
    `names = json.load(open("label_names.json"))`,
    `data = load_dataset("json", data_files={${splits.map((s) => `${q(s.name)}: ${q(s.path)}`).join(', ')}})`,
    'data = data.cast_column("ner_tags", List(ClassLabel(names=names)))',
    '```',
    '',
  ];
  return lines.join('\n');
}

/**
 * The feature lines a card Loupe wrote holds beyond its own (`id`, `tokens`, `ner_tags`,
 * `document`): those of kept source fields, as {@link datasetCard} took them in `extra`.
 * @example extraFeatures(datasetCard(names, splits, ['  - name: "pos_tags"', '    sequence: int64'])) → the two lines
 */
export function extraFeatures(card: string): string[] {
  const lines = card.split('\n');
  const from = lines.indexOf('  - name: document') + 2;
  const to = lines.indexOf('  splits:');
  return from >= 2 && to > from ? lines.slice(from, to) : [];
}

/**
 * The feature lines of kept source fields of several cards Loupe wrote (see {@link extraFeatures}),
 * each field once, in the order first met: one card for files written apart.
 * @example mergedExtraFeatures([trainCard, devCard]) → ['  - name: "pos_tags"', '    sequence: int64']
 */
export function mergedExtraFeatures(cards: readonly string[]): string[] {
  const extra = new Map<string, string[]>(); // feature lines, by their name line
  for (const card of cards) {
    const lines = extraFeatures(card);
    for (let i = 0; i + 1 < lines.length; i += 2)
      if (!extra.has(lines[i] ?? ''))
        extra.set(lines[i] ?? '', [lines[i] ?? '', lines[i + 1] ?? '']);
  }
  return [...extra.values()].flat();
}
