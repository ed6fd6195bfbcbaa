import type { EditResult, OpenedDocument } from '../../../src/shared/contract';
import type { DocumentStatus, Span } from '../../../src/shared/model';
import type { EditIntent } from './editorProtocol';
import type { SeededRandom } from './seededRandom';
import { fragmentOf } from '../../../src/shared/spans';

/** What the editor child knows of the project, enough to choose only valid edits. */
export interface EditorView {
  readonly labels: readonly string[];
  readonly documents: ReadonlyMap<
    string,
    { readonly length: number; readonly spans: Map<string, Span>; status: DocumentStatus }
  >;
  apply(result: EditResult): void;
}

export function viewWith(labels: readonly string[], opened: readonly OpenedDocument[]): EditorView {
  const documents = new Map(
    opened.map((o) => [
      o.document.id,
      {
        length: o.document.length,
        spans: new Map(o.layer.spans.map((s) => [s.id, s])),
        status: o.layer.status,
      },
    ]),
  );
  return {
    labels,
    documents,
    apply(result) {
      for (const change of result.changes) {
        const doc = documents.get(change.documentId);
        if (!doc) continue;
        for (const span of change.upserted) doc.spans.set(span.id, span);
        for (const id of change.removed) doc.spans.delete(id);
        doc.status = change.status;
      }
    },
  };
}

const NOTES = ['check', 'Abdul-Mahdi?', 'بغداد', 'emoji 😀 note', ''];
const STATUSES: readonly DocumentStatus[] = ['todo', 'in_progress', 'done'];

/** A random valid edit: add (most often), update, delete, status or undo. */
export function nextIntent(view: EditorView, random: SeededRandom): EditIntent {
  const documentId = random.pick([...view.documents.keys()]);
  const doc = view.documents.get(documentId)!;
  const spanIds = [...doc.spans.keys()];
  const roll = random.next();
  if (roll < 0.1) return { op: 'undo' };
  if (roll < 0.2) return { op: 'status', documentId, status: random.pick(STATUSES) };
  if (roll < 0.4 && spanIds.length > 0) {
    const note = random.pick(NOTES);
    return {
      op: 'update',
      documentId,
      spanId: random.pick(spanIds),
      label: random.pick(view.labels),
      ...(random.chance(0.5) ? { note } : {}),
    };
  }
  if (roll < 0.55 && spanIds.length > 0)
    return { op: 'delete', documentId, spanId: random.pick(spanIds) };
  const note = random.chance(0.3) ? random.pick(NOTES.filter(Boolean)) : undefined;
  return {
    op: 'add',
    documentId,
    label: random.pick(view.labels),
    fragments: randomFragments(doc.length, random),
    ...(note ? { note } : {}),
  };
}

function randomFragments(length: number, random: SeededRandom): Span['fragments'] {
  const start = random.int(0, length - 2);
  const end = random.int(start + 1, Math.min(length, start + 20));
  if (end + 2 > length || !random.chance(0.2)) return [fragmentOf(start, end)];
  const second = random.int(end, length - 1);
  return [fragmentOf(start, end), fragmentOf(second, random.int(second + 1, length))];
}
