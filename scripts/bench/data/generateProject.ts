import { mkdir, writeFile } from 'node:fs/promises';
import {
  encodeLayerSnapshot,
  projectLayout as at,
  stableStringify,
  textHash,
} from '../../../src/node/store';
import { itemAt } from '../../../src/shared/collections';
import { fragmentOf } from '../../../src/shared/spans';
import {
  defaultLabelSchema,
  defaultLabelStyles,
  FORMAT_VERSION,
  type DocumentMeta,
  type Layer,
  type Manifest,
  type Span,
} from '../../../src/shared/model';
import { sortSpans } from '../../../src/node/services';
import { generateSpans } from './generateSpans';
import { generateText } from './generateText';
import { createRandom, type Random } from './random';

const STAMP = '2020-01-10T12:00:00.000Z';

/** A project to generate: documents × spans per document, and the annotators who each have a layer of every document. */
export interface ProjectSize {
  readonly documents: number;
  readonly spans: number;
  readonly annotators: readonly string[];
  /** Characters of text per document (default 22 per span). */
  readonly chars?: number;
}

/** The second annotator agrees on most spans: some are shifted by a word, relabelled or missing. */
function disagree(random: Random, spans: readonly Span[], annotator: string): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const roll = random.next();
    if (roll < 0.05) continue;
    const first = itemAt(span.fragments, 0);
    if (roll < 0.1 && span.fragments.length === 1)
      out.push({
        ...span,
        author: annotator,
        fragments: [fragmentOf(first.start, first.end + 1)],
      });
    else if (roll < 0.15)
      out.push({ ...span, author: annotator, label: span.label === 'ORG' ? 'GPE' : 'ORG' });
    else out.push({ ...span, author: annotator });
  }
  return out;
}

/**
 * Writes a valid project folder directly (no fsync: this is set-up, not measurement): a
 * manifest, `documents` texts and metas, and one layer per annotator per document.
 * Deterministic for a given size and seed.
 */
export async function generateProject(dir: string, size: ProjectSize, seed = 1): Promise<void> {
  const random = createRandom(seed);
  await mkdir(at.documents(dir), { recursive: true });
  for (const annotator of size.annotators)
    await mkdir(at.annotatorFolder(dir, annotator), { recursive: true });
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    name: 'bench',
    schema: defaultLabelSchema(),
    styles: defaultLabelStyles(),
    createdAt: STAMP,
  };
  await writeFile(at.manifest(dir), stableStringify(manifest));
  for (let d = 0; d < size.documents; d++) {
    const id = `doc${String(d).padStart(5, '0')}`;
    const { text, words } = generateText(random, size.chars ?? size.spans * 22);
    const bytes = new TextEncoder().encode(text);
    const hash = textHash(bytes);
    const meta: DocumentMeta = {
      formatVersion: FORMAT_VERSION,
      id,
      name: `${id}.txt`,
      textHash: hash,
      length: text.length,
      importedAt: STAMP,
    };
    const overlapping = Math.floor(size.spans / 10);
    const spans = generateSpans(random, words, size.spans - overlapping, overlapping);
    await writeFile(at.text(dir, id), bytes);
    await writeFile(at.documentMeta(dir, id), stableStringify(meta));
    for (const [i, annotator] of size.annotators.entries()) {
      const own =
        i === 0
          ? spans.map((s) => ({ ...s, author: annotator }))
          : disagree(random, spans, annotator);
      const layer: Layer = {
        formatVersion: FORMAT_VERSION,
        documentId: id,
        textHash: hash,
        annotator,
        status: 'in_progress',
        spans: sortSpans(own), // in reading order, as Loupe writes layers
        relations: [],
        stances: [],
        documentLabels: {},
      };
      await writeFile(at.layer(dir, annotator, id), encodeLayerSnapshot(layer, 0));
    }
  }
}
