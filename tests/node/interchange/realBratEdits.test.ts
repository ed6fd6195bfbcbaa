import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExportFiles } from '../../../src/node';
import { readBrat, writeBrat } from '../../../src/shared/formats';
import type { FormatBundle, FormatDocument, FormatFile } from '../../../src/shared/formats';
import { fragmentOf } from '../../../src/shared/spans';
import { bratLoad } from '../../../scripts/interop/bratLoad';
import { SHARED_DIR } from '../../../scripts/interop/sharedTools';
import { tempDir } from '../../helpers/tempProject';

const BRAT = join(SHARED_DIR, 'fixtures', 'real', 'brat');
const LOAD = join(SHARED_DIR, 'tools', 'brat', 'brat_load.py');
const absent = !existsSync(BRAT) || !existsSync(LOAD);
if (absent) console.warn(`skipped: brat's real collections or parser are absent (${SHARED_DIR})`);

/** Collections brat and the BioNLP/CoNLL/NCBI corpora publish (../shared/fixtures/real/SOURCES.md). */
const COLLECTIONS = [
  'news',
  'bio',
  'BioNLP-ST_2011_GE',
  'BioNLP-ST_2011_ID',
  'NCBI-disease',
  'CoNLL-ST_2002',
];

/** A collection's brat files, by their paths in it (`esp/a.ann`) and with their folders (`esp`). */
function collectionFiles(collection: string): FormatFile[] {
  const root = join(BRAT, collection);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(txt|ann|conf)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .map((path) => {
      const inRoot = relative(root, path).split(sep).join('/');
      const folder = inRoot.split('/').slice(0, -1).join('/');
      // As an import of the collection's folder reads it: each file with its folder below.
      return { path: inRoot, content: readFileSync(path, 'utf8'), ...(folder ? { folder } : {}) };
    });
}

/** Each document with `edit` applied, written back as brat, by path. */
function editedFiles(
  read: FormatBundle,
  edit: (doc: FormatDocument) => FormatDocument,
): Map<string, string> {
  const written = writeBrat({ ...read, documents: read.documents.map(edit) });
  return new Map(written.files.map((f) => [f.path, f.content]));
}

function annPath(doc: FormatDocument): string {
  return `${doc.folder === undefined ? '' : `${doc.folder}/`}${doc.name}.ann`;
}

/** A span added over the document's first word, as an annotator adds one in Loupe. */
function withSpanAdded(doc: FormatDocument): FormatDocument {
  const word = /\p{L}+/u.exec(doc.text);
  const start = [...doc.text.slice(0, word?.index ?? 0)].length;
  const end = start + [...(word?.[0] ?? '')].length;
  return { ...doc, spans: [...doc.spans, { label: 'Added', fragments: [fragmentOf(start, end)] }] };
}

/** The span most other lines of its file name, one code point shorter, as an annotator moves an edge. */
function withSpanMoved(doc: FormatDocument, ann: string): { doc: FormatDocument; id?: string } {
  const named = (id: string) => ann.split(new RegExp(`[\\s:]${id}(?=\\s|$)`, 'u')).length - 1;
  const movable = doc.spans.filter((s) => s.fragments.length === 1 && s.id !== undefined);
  const [most] = movable
    .map((s) => ({ s, n: named(s.id ?? '') }))
    .filter(({ s }) => (s.fragments[0]?.end ?? 0) - (s.fragments[0]?.start ?? 0) > 1)
    .sort((a, b) => b.n - a.n);
  if (!most) return { doc };
  const spans = doc.spans.map((s) =>
    s === most.s ? { ...s, fragments: s.fragments.map((f) => fragmentOf(f.start, f.end - 1)) } : s,
  );
  return { doc: { ...doc, spans }, ...(most.s.id === undefined ? {} : { id: most.s.id }) };
}

/** Writes the files and has brat's server load each folder of documents: no message, no issue. */
async function expectBratReads(read: FormatBundle, written: Map<string, string>): Promise<void> {
  const out = join(tempDir(), 'brat');
  await writeExportFiles(
    out,
    [...written].map(([path, content]) => ({ path, content })),
  );
  for (const folder of new Set(read.documents.map((d) => d.folder ?? ''))) {
    const loaded = await bratLoad(LOAD, join(out, folder));
    expect(loaded.problems).toEqual([]);
    expect(loaded.issues).toBe(0);
  }
}

describe.skipIf(absent)(
  'an edited real brat file keeps every line it had (brat’s own parser)',
  () => {
    it.each(COLLECTIONS)(
      '%s: a span added is the only new line; brat reads the result without an issue',
      async (collection) => {
        const files = collectionFiles(collection);
        const read = readBrat(files);
        const written = editedFiles(read, withSpanAdded);
        const kept = read.documents.filter((doc) => {
          const before = files.find((f) => f.path === annPath(doc))?.content ?? '';
          const after = (written.get(annPath(doc)) ?? '').split('\n');
          const added = after.filter((line) => /^T[0-9]+\tAdded /.test(line));
          return (
            added.length === 1 &&
            after.filter((line) => !added.includes(line)).join('\n') === before
          );
        });
        expect(kept.map((d) => d.name)).toEqual(read.documents.map((d) => d.name));
        await expectBratReads(read, written);
      },
      120_000,
    );

    it.each(COLLECTIONS)(
      '%s: a span moved changes its own line only; the lines naming it keep naming it',
      async (collection) => {
        const files = collectionFiles(collection);
        const read = readBrat(files);
        const moved = new Map<string, string>();
        const written = editedFiles(read, (doc) => {
          const ann = files.find((f) => f.path === annPath(doc))?.content ?? '';
          const edit = withSpanMoved(doc, ann);
          if (edit.id !== undefined) moved.set(annPath(doc), edit.id);
          return edit.doc;
        });
        const changed = read.documents.flatMap((doc) => {
          const before = (files.find((f) => f.path === annPath(doc))?.content ?? '').split('\n');
          const after = (written.get(annPath(doc)) ?? '').split('\n');
          const id = moved.get(annPath(doc));
          const differing = after.filter((line, i) => line !== before[i]);
          const ok =
            after.length === before.length &&
            differing.length === (id === undefined ? 0 : 1) &&
            differing.every((line) => line.startsWith(`${id}\t`));
          return ok ? [] : [doc.name];
        });
        expect(changed).toEqual([]);
        expect(moved.size).toBeGreaterThan(read.documents.length / 2);
        await expectBratReads(read, written);
      },
      120_000,
    );
  },
);
