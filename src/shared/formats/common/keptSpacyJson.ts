import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { KEPT_SPACY_JSON } from './keptKeys';
import { sourceFileOf } from './sourceFile';
import type { SourceFile } from './sourceFile';

/** A JSON object as metadata holds it (read back as unknown values, checked where used). */
type JsonObject = Readonly<Record<string, unknown>>;

/**
 * What a document imported from one paragraph of spaCy's JSON training format keeps so the
 * spaCy JSON export writes the paragraph back as it was: its document's fields (`id`, …, with
 * `paragraphs` empty), the paragraph's index there, and the paragraph as written (its
 * sentences' tokens with `orth`, `tag`, `head`, `dep`, `lemma`, `ner`, its `brackets`, `cats`),
 * `raw` true in place of the text, which the document holds; and the file it was read from
 * (`file`, its place the paragraph's among the file's, to write it back there).
 * @example { document: { id: 0, paragraphs: [] }, paragraph: 0, source: { raw: true, sentences: [{ tokens: [{ orth: 'EU', ner: 'U-ORG' }] }] } }
 */
export interface KeptSpacyJson {
  readonly document: JsonObject;
  readonly paragraph: number;
  readonly source: JsonObject;
  readonly file?: SourceFile;
}

/**
 * The kept spaCy JSON paragraph of a document's metadata, or null when it keeps none (or not in this shape).
 * @example keptSpacyJsonOf({ $spacyjson: { document: { id: 3 }, paragraph: 0, source: { sentences: [] } } })?.document.id === 3
 */
export function keptSpacyJsonOf(metadata: DocumentMetadata | undefined): KeptSpacyJson | null {
  const value = metadata?.[KEPT_SPACY_JSON];
  if (!isRecord(value)) return null;
  const { document, paragraph, source } = value;
  if (!isRecord(document) || !isRecord(source) || !Array.isArray(source.sentences)) return null;
  if (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 0) return null;
  const file = sourceFileOf(value.file);
  return { document, paragraph, source, ...(file ? { file } : {}) };
}

/**
 * What a kept paragraph holds, in words, for the app to show: its document's id, its index,
 * its tokens and the fields they carry besides `orth` and `ner`, and the paragraph's own keys.
 * @example keptSpacyJsonSummary(kept) === 'document 42, paragraph 0: 54 tokens with id, tag, head, dep; brackets'
 */
export function keptSpacyJsonSummary(kept: KeptSpacyJson): string {
  let tokens = 0;
  const fields = new Set<string>();
  const extra = new Set<string>();
  for (const sentence of Array.isArray(kept.source.sentences) ? kept.source.sentences : []) {
    if (!isRecord(sentence) || !Array.isArray(sentence.tokens)) continue;
    for (const key of Object.keys(sentence)) if (key !== 'tokens') extra.add(key);
    for (const token of sentence.tokens) {
      tokens++;
      if (isRecord(token))
        for (const key of Object.keys(token)) if (key !== 'orth' && key !== 'ner') fields.add(key);
    }
  }
  for (const key of Object.keys(kept.source))
    if (key !== 'raw' && key !== 'sentences') extra.add(key);
  const id = JSON.stringify(kept.document.id ?? null);
  const withFields = fields.size > 0 ? ` with ${[...fields].join(', ')}` : '';
  const more = extra.size > 0 ? `; ${[...extra].join(', ')}` : '';
  return `document ${id}, paragraph ${kept.paragraph}: ${tokens} tokens${withFields}${more}`;
}
