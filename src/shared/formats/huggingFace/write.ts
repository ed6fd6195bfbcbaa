import { iobSentences, Tally, BEYOND_SPANS, tallyUnwritten, uniqueFileName } from '../common';
import type { FormatBundle, IobToken, WriteOptions, WriteResult } from '../common';

/** The records file and the label names file. */
export const HF_FILE = 'hf.jsonl';
export const HF_LABEL_NAMES_FILE = 'label_names.json';

/**
 * Writes Hugging Face token classification: `{id, tokens, ner_tags}` JSONL with integer
 * tags, one record per sentence (default) or per document, and `label_names.json`: `O`
 * then `B-`/`I-` of each label, in `options.labels` order, then the rest sorted.
 * @example writeHuggingFace(bundle).files → hf.jsonl: {"id":"a-0","tokens":["Mike","Pompeo"],"ner_tags":[1,2]}, label_names.json: ["O","B-PERSON","I-PERSON"]
 */
export function writeHuggingFace(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const names = labelNames(bundle, options.labels ?? []);
  const tagIndex = new Map(names.map((name, i) => [name, i]));
  const taken = new Set<string>();
  const records: string[] = [];
  let spans = 0;
  for (const doc of bundle.documents) {
    tallyUnwritten(doc, tally, BEYOND_SPANS);
    const tagged = iobSentences(doc, tally, options.locale);
    spans += tagged.spansWritten;
    const name = uniqueFileName(doc.name, taken);
    const units: IobToken[][] =
      options.unit === 'document' ? [tagged.sentences.flat()] : tagged.sentences;
    units.forEach((unit, k) => {
      const id = options.unit === 'document' ? name : `${name}-${k}`;
      const ner_tags = unit.map((token) => tagIndex.get(token.tag) ?? 0);
      records.push(JSON.stringify({ id, tokens: unit.map((token) => token.text), ner_tags }));
    });
  }
  return {
    files: [
      { path: HF_FILE, content: records.map((r) => `${r}\n`).join('') },
      { path: HF_LABEL_NAMES_FILE, content: `${JSON.stringify(names, null, 2)}\n` },
    ],
    summary: {
      documents: bundle.documents.length,
      spans,
      stances: 0,
      notExpressed: tally.toRecord(),
    },
  };
}

/** `['O', 'B-A', 'I-A', …]`: the wanted order first, then every other label seen, sorted. */
function labelNames(bundle: FormatBundle, wanted: readonly string[]): string[] {
  const seen = new Set(bundle.documents.flatMap((doc) => doc.spans.map((s) => s.label)));
  const order = [...new Set([...wanted, ...[...seen].filter((l) => !wanted.includes(l)).sort()])];
  return ['O', ...order.flatMap((label) => [`B-${label}`, `I-${label}`])];
}
