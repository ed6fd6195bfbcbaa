import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitSentences } from '../../../src/shared/text';
import type { TrainingDocument } from '../../../src/shared/suggest';

/** One document of a corpus: its name, text and entity spans (code points). */
export interface CorpusDocument extends TrainingDocument {
  readonly name: string;
}

/** The entity types an `annotation.conf` declares (its `[entities]` section). */
async function entityTypes(dir: string): Promise<Set<string>> {
  const conf = await readFile(join(dir, 'annotation.conf'), 'utf8').catch(() => '');
  const types = new Set<string>();
  let inEntities = false;
  for (const raw of conf.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) inEntities = line === '[entities]';
    else if (inEntities && line && !line.startsWith('#')) types.add(line.split(/\s/)[0] ?? line);
  }
  return types;
}

/**
 * Reads a brat corpus folder: every `.txt` with its `.ann`, keeping the T lines of declared
 * entity types with one fragment (event triggers and discontinuous mentions left out).
 * brat counts offsets in code points, as Loupe does.
 */
export async function readBratCorpus(dir: string, confDir = dir): Promise<CorpusDocument[]> {
  const types = await entityTypes(confDir);
  const names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const docs: CorpusDocument[] = [];
  for (const file of names) {
    const text = await readFile(join(dir, file), 'utf8');
    const ann = await readFile(join(dir, file.replace(/\.txt$/, '.ann')), 'utf8').catch(() => '');
    const spans = [];
    for (const line of ann.split('\n')) {
      const m = /^T\d+\t(\S+) (\d+) (\d+)\t/.exec(line);
      if (!m || !types.has(m[1] ?? '')) continue;
      spans.push({ label: m[1] ?? '', start: Number(m[2]), end: Number(m[3]) });
    }
    docs.push({ name: file.replace(/\.txt$/, ''), text, spans });
  }
  return docs;
}

/**
 * Cuts documents into pseudo-documents of `sentences` consecutive sentences each (spans
 * shifted; a span across a cut is dropped), for corpora too small to split by document.
 * @example pseudoDocuments(docs, 3) → [{ name: 'esp-1#0', text: 'first three sentences', spans }, …]
 */
export function pseudoDocuments(
  documents: readonly CorpusDocument[],
  sentences: number,
): CorpusDocument[] {
  const out: CorpusDocument[] = [];
  for (const doc of documents) {
    const chars = [...doc.text];
    const extents = splitSentences(doc.text);
    for (let i = 0; i < extents.length; i += sentences) {
      const start = extents[i]?.start ?? 0;
      const end = extents[Math.min(i + sentences, extents.length) - 1]?.end ?? start;
      const spans = doc.spans
        .filter((s) => s.start >= start && s.end <= end)
        .map((s) => ({ label: s.label, start: s.start - start, end: s.end - start }));
      out.push({
        name: `${doc.name}#${i / sentences}`,
        source: doc.name,
        text: chars.slice(start, end).join(''),
        spans,
      });
    }
  }
  return out;
}
