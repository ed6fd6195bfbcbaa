import { setOwn } from '../../collections';
import {
  ANSWERED_AWAY,
  answeredAway,
  BEYOND_SPANS,
  keptSpacyJsonOf,
  labelsBesideCats,
  Tally,
  tallyUnwritten,
} from '../common';
import type { FormatBundle, WriteOptions, WriteResult } from '../common';
import { freshParagraph } from './freshParagraph';
import { keptParagraph } from './keptParagraph';
import { catsList } from './paragraphCats';

/** The file the export writes. */
export const SPACY_JSON_FILE = 'spacy.json';

/** One document of the file: its fields (or none: Loupe's), its paragraphs by index. */
interface DocumentOut {
  readonly fields: Readonly<Record<string, unknown>> | null;
  readonly paragraphs: Map<number, Record<string, unknown>>;
}

/** What a spans-only format leaves out; the kept spaCy JSON paragraphs are written back (or counted) apart. */
const UNWRITTEN = [
  ...BEYOND_SPANS.filter((kind) => kind !== 'paragraph kept from a spaCy JSON file'),
  'columns kept from a CoNLL file' as const,
];

/**
 * Writes spaCy's JSON training format (`spacy.json`), which spaCy v2 trains on and v3's
 * `spacy convert --converter json` reads: a paragraph per document, `raw` its text, its
 * tokens' `ner` BILUO tags. A document imported from this format is written back as it was
 * (its document's `id` and fields, its paragraphs together in their order, tags, heads, deps,
 * lemmas, brackets, cats, `-` tags where no span is), when its spans fall on its tokens;
 * any other document is tokenized as the CoNLL and Hugging Face exports tokenize
 * (`freshParagraph`). Overlapping spans follow `options.overlaps`.
 * @example writeSpacyJson(bundle).files[0].content → '[{"id": 0, "paragraphs": [{"raw": "EU rejects.", "sentences": […]}]}]'
 */
export function writeSpacyJson(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const overlaps = options.overlaps ?? 'error';
  const out: DocumentOut[] = [];
  const open = new Map<string, DocumentOut>(); // a kept document's fields → its paragraphs so far
  let spans = 0;
  let documents = 0;
  for (const doc of bundle.documents) {
    if (answeredAway(doc)) {
      tally.add(ANSWERED_AWAY);
      continue;
    }
    documents++;
    tallyUnwritten(
      { ...doc, documentLabels: labelsBesideCats(doc.documentLabels) },
      tally,
      UNWRITTEN,
    );
    const kept = keptSpacyJsonOf(doc.metadata);
    const written =
      (kept && keptParagraph(doc, kept, tally, overlaps)) ??
      freshParagraph(doc, kept, tally, overlaps);
    const cats = catsList(doc.documentLabels, kept?.source.cats);
    if (cats) setOwn(written.paragraph, 'cats', cats);
    spans += written.spans;
    const key = kept ? JSON.stringify(kept.document) : null;
    let target = key === null ? undefined : open.get(key);
    const index = kept?.paragraph ?? 0;
    if (!target || target.paragraphs.has(index)) {
      target = { fields: kept?.document ?? null, paragraphs: new Map() };
      out.push(target);
      if (key !== null) open.set(key, target);
    }
    target.paragraphs.set(index, written.paragraph);
  }
  const docs = out.map((d, i) => documentJson(d, i));
  return {
    files: [{ path: SPACY_JSON_FILE, content: `${JSON.stringify(docs, null, 2)}\n` }],
    summary: tally.summary({ documents, spans, stances: 0 }),
  };
}

/** A document of the file: its kept fields with its paragraphs in their order, or `{id, paragraphs}`. */
function documentJson(d: DocumentOut, i: number): Record<string, unknown> {
  const paragraphs = [...d.paragraphs].sort(([a], [b]) => a - b).map(([, p]) => p);
  if (!d.fields) return { id: i, paragraphs };
  const json: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(d.fields)) setOwn(json, key, value);
  setOwn(json, 'paragraphs', paragraphs);
  return json;
}
