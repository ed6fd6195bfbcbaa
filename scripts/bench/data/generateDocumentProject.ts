import { mkdir, writeFile } from 'node:fs/promises';
import { projectLayout as at, stableStringify, textHash } from '../../../src/node/store';
import {
  defaultLabelSchema,
  defaultLabelStyles,
  FORMAT_VERSION,
  type DocumentMeta,
  type Layer,
  type Manifest,
} from '../../../src/shared/model';
import { benchDocument } from '../editorPage/benchDocument';

const STAMP = '2020-01-10T12:00:00.000Z';

/** The size of the editor's large document: 1 MB of text, 20,000 spans and 2,000 overlapping them. */
export const LARGE_DOCUMENT = { chars: 1_000_000, spans: 20_000, overlapping: 2_000 } as const;

/**
 * Writes a project of one document, the editor scenario's large one (same text and spans, seed 8),
 * in one annotator's layer: what exports of a single long document are measured on.
 */
export async function generateDocumentProject(
  dir: string,
  annotator: string,
  size: { chars: number; spans: number; overlapping: number } = LARGE_DOCUMENT,
): Promise<void> {
  const { text, spans } = benchDocument({
    subject: 'loupe',
    ...size,
    seed: 8,
    edits: 0,
    scrollSteps: 0,
  });
  await mkdir(at.documents(dir), { recursive: true });
  await mkdir(at.annotatorFolder(dir, annotator), { recursive: true });
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    name: 'bench-document',
    schema: defaultLabelSchema(),
    styles: defaultLabelStyles(),
    createdAt: STAMP,
  };
  await writeFile(at.manifest(dir), stableStringify(manifest));
  const id = 'doc00000';
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
  const layer: Layer = {
    formatVersion: FORMAT_VERSION,
    documentId: id,
    textHash: hash,
    annotator,
    status: 'in_progress',
    spans: spans.map((s) => ({ ...s, author: annotator })),
    relations: [],
    stances: [],
    documentLabels: {},
  };
  await writeFile(at.text(dir, id), bytes);
  await writeFile(at.documentMeta(dir, id), stableStringify(meta));
  await writeFile(at.layer(dir, annotator, id), stableStringify(layer));
}
