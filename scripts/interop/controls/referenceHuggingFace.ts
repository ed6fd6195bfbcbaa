import type { GoldDocument } from '../goldDocument';
import { iobGold, IOB_LABELS } from '../iobGold';
import { iobTags } from './iobTags';
import { referenceTokens } from './referenceTokens';

/** The files of a Hugging Face token classification dataset, by name. */
export interface HuggingFaceFiles {
  readonly records: string;
  readonly labelNames: readonly string[];
  readonly card: string;
}

/**
 * A correct Hugging Face token classification export of the gold: one `{id, tokens,
 * ner_tags}` record per document, `label_names.json` (index = tag id) and a dataset card
 * whose `dataset_info` declares `ner_tags` as a sequence of class labels.
 * @example referenceHuggingFace([doc]).labelNames → ['O', 'B-PERSON', 'I-PERSON', 'B-ORG', 'I-ORG', 'B-GPE', 'I-GPE']
 */
export function referenceHuggingFace(documents: readonly GoldDocument[]): HuggingFaceFiles {
  const labelNames = ['O', ...IOB_LABELS.flatMap((l) => [`B-${l}`, `I-${l}`])];
  const records = documents
    .map((doc) => {
      const spans = iobGold(doc);
      const tokens = referenceTokens(
        doc.text,
        spans.flatMap((s) => [s.start, s.end]),
      );
      const tags = iobTags(tokens, spans).map((tag) => labelNames.indexOf(tag));
      const words = tokens.filter((t) => !t.space).map((t) => t.text);
      return `${JSON.stringify({ id: doc.name, tokens: words, ner_tags: tags })}\n`;
    })
    .join('');
  const names = labelNames.map((name, i) => `          '${i}': ${name}`).join('\n');
  const card = `---
dataset_info:
  features:
  - name: id
    dtype: string
  - name: tokens
    sequence: string
  - name: ner_tags
    sequence:
      class_label:
        names:
${names}
  splits:
  - name: train
    num_examples: ${documents.length}
---
# Loupe interop reference dataset
`;
  return { records, labelNames, card };
}
