import type { LoadProblem, ProjectFolder } from '../store';

/** What `loupe validate` found. */
export interface ValidationReport {
  readonly ok: boolean;
  readonly documents: number;
  readonly layers: number;
  readonly spans: number;
  readonly problems: LoadProblem[];
}

/** Reads every text and every layer of every annotator and checks each against the rest. */
export async function validateProject(store: ProjectFolder): Promise<ValidationReport> {
  const problems: LoadProblem[] = [...store.problems];
  const known = new Set(problems.map((p) => p.file));
  const add = (problem: LoadProblem): void => {
    if (known.has(problem.file)) return;
    known.add(problem.file);
    problems.push(problem);
  };
  const documents = store.listDocuments();
  for (const meta of documents) {
    await store
      .readText(meta.id)
      .catch((e: { file?: string; reason?: string; message: string }) =>
        add({ file: e.file ?? meta.name, reason: e.reason ?? e.message }),
      );
  }
  const ids = new Set(documents.map((d) => d.id));
  let layers = 0;
  let spans = 0;
  for (const annotator of await store.listAnnotators()) {
    for (const id of await store.layerFilesOf(annotator)) {
      const rel = store.layerFile(id, annotator);
      if (!ids.has(id)) {
        add({ file: rel, reason: `no document with id ${id} in the project` });
        continue;
      }
      layers++;
      try {
        spans += (await store.readLayerShared(id, annotator)).spans.length;
      } catch (error) {
        const e = error as { file?: string; reason?: string; line?: number; message: string };
        add({
          file: e.file ?? rel,
          reason: e.reason ?? e.message,
          ...(e.line ? { line: e.line } : {}),
        });
      }
    }
  }
  return { ok: problems.length === 0, documents: documents.length, layers, spans, problems };
}
