import type { LayerChange, OpenedDocument, RequestOf } from '../../shared/contract';
import { WorkbenchError } from '../../shared/contract';
import { newId, type DocumentStatus, type Layer, type Span } from '../../shared/model';
import type { ProjectStore } from '../store';
import { EditHistory, invert, type Transaction } from './editHistory';
import { sortSpans } from './sortSpans';
import { WriteQueue } from '../store/writeQueue';

/**
 * Span and status edits of the current annotator's layers, each one transaction on the
 * undo stack and one atomic write of one layer file. Edits run one at a time.
 */
export class AnnotationService {
  private readonly history = new EditHistory();
  private readonly edits = new WriteQueue();

  constructor(
    private readonly store: ProjectStore,
    private readonly annotator: () => string,
  ) {}

  async openDocument(documentId: string): Promise<OpenedDocument> {
    const meta = this.store.getDocument(documentId);
    const text = await this.store.readText(documentId);
    const layer = await this.store.readLayer(documentId, this.annotator());
    return {
      document: { id: meta.id, name: meta.name, text, textHash: meta.textHash, length: meta.length },
      layer,
      history: this.history.state,
    };
  }

  addSpan(request: RequestOf<'addSpan'>): Promise<LayerChange> {
    return this.edit(request.documentId, (layer, now, author) => {
      this.checkLabel(request.label);
      const outside = request.fragments.find((f) => f.end > this.store.getDocument(request.documentId).length);
      if (outside) throw new WorkbenchError('invalid_request', `fragment [${outside.start}, ${outside.end}) lies outside the text`);
      const span: Span = {
        id: newId('s'),
        label: request.label,
        fragments: request.fragments,
        author,
        createdAt: now,
        updatedAt: now,
        ...(request.note ? { note: request.note } : {}),
      };
      const status: DocumentStatus = layer.status === 'todo' ? 'in_progress' : layer.status;
      return { after: new Map([[span.id, span]]), status };
    });
  }

  updateSpan(request: RequestOf<'updateSpan'>): Promise<LayerChange> {
    return this.edit(request.documentId, (layer, now) => {
      const span = findSpan(layer, request.spanId);
      if (request.label !== undefined) this.checkLabel(request.label);
      const next: Span = { ...span, updatedAt: now };
      if (request.label !== undefined) next.label = request.label;
      if (request.note !== undefined) {
        if (request.note) next.note = request.note;
        else delete next.note;
      }
      return { after: new Map([[span.id, next]]), status: layer.status };
    });
  }

  deleteSpan(request: RequestOf<'deleteSpan'>): Promise<LayerChange> {
    return this.edit(request.documentId, (layer) => {
      const span = findSpan(layer, request.spanId);
      const citing = layer.stances.find((s) => s.evidence.includes(span.id) || refersTo(s.holder, span.id) || refersTo(s.target, span.id));
      if (citing) throw new WorkbenchError('invalid_request', `span ${span.id} is used by stance ${citing.id}; delete the stance first`);
      const linked = layer.relations.find((r) => r.from === span.id || r.to === span.id);
      if (linked) throw new WorkbenchError('invalid_request', `span ${span.id} is used by relation ${linked.id}; delete the relation first`);
      return { after: new Map([[span.id, null]]), status: layer.status };
    });
  }

  setStatus(request: RequestOf<'setStatus'>): Promise<LayerChange> {
    return this.edit(request.documentId, () => ({ after: new Map(), status: request.status }));
  }

  undo(): Promise<LayerChange | null> {
    return this.edits.run('edits', async () => {
      const step = this.history.peekUndo();
      if (!step) return null;
      const change = await this.apply(invert(step));
      this.history.commitUndo();
      return { ...change, history: this.history.state };
    });
  }

  redo(): Promise<LayerChange | null> {
    return this.edits.run('edits', async () => {
      const step = this.history.peekRedo();
      if (!step) return null;
      const change = await this.apply(step);
      this.history.commitRedo();
      return { ...change, history: this.history.state };
    });
  }

  /** Forget undo history (the annotator changed). */
  resetHistory(): void {
    this.history.clear();
  }

  private checkLabel(label: string): void {
    if (!this.store.manifest.schema.labels.some((l) => l.name === label)) {
      throw new WorkbenchError('invalid_request', `label ${JSON.stringify(label)} is not in the project's schema`);
    }
  }

  private edit(
    documentId: string,
    plan: (layer: Layer, now: string, author: string) => { after: Map<string, Span | null>; status: DocumentStatus },
  ): Promise<LayerChange> {
    return this.edits.run('edits', async () => {
      const annotator = this.annotator();
      this.store.getDocument(documentId);
      const layer = await this.store.readLayer(documentId, annotator);
      const { after, status } = plan(layer, new Date().toISOString(), annotator);
      const byId = new Map(layer.spans.map((s) => [s.id, s]));
      const before = new Map([...after.keys()].map((id) => [id, byId.get(id) ?? null]));
      const step: Transaction = { documentId, annotator, before, after, statusBefore: layer.status, statusAfter: status };
      const change = await this.apply(step, layer);
      this.history.record(step);
      return { ...change, history: this.history.state };
    });
  }

  private async apply(step: Transaction, current?: Layer): Promise<LayerChange> {
    const layer = current ?? (await this.store.readLayer(step.documentId, step.annotator));
    const spans = new Map(layer.spans.map((s) => [s.id, s]));
    for (const [id, span] of step.after) {
      if (span) spans.set(id, span);
      else spans.delete(id);
    }
    const next: Layer = { ...layer, spans: sortSpans([...spans.values()]), status: step.statusAfter, updatedAt: new Date().toISOString() };
    await this.store.writeLayer(next);
    const upserted = [...step.after.values()].filter((s): s is Span => s !== null);
    const removed = [...step.after].filter(([, s]) => s === null).map(([id]) => id);
    return { documentId: step.documentId, upserted, removed, status: next.status, spanCount: next.spans.length, history: this.history.state };
  }
}

function findSpan(layer: Layer, spanId: string): Span {
  const span = layer.spans.find((s) => s.id === spanId);
  if (!span) throw new WorkbenchError('not_found', `no span ${spanId} in document ${layer.documentId}`);
  return span;
}

function refersTo(ref: { kind: string; spanId?: string } | undefined, spanId: string): boolean {
  return ref?.kind === 'span' && ref.spanId === spanId;
}
