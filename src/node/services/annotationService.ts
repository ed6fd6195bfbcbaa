import type { EditResult, OpenedDocument, RequestOf } from '../../shared/contract';
import { WorkbenchError } from '../../shared/contract';
import { documentPath, newId, type Relation, type Span } from '../../shared/model';
import type { EntityRegistry, ProjectFolder } from '../store';
import type { EditSession } from './editSession';
import type { TransactionBuilder } from './transactionBuilder';
import type { Transaction } from './transaction';
import { joinedLabelSteps } from './joinedLabelSteps';
import { prepareForEdits } from './spanIndex';
import { setOwn } from '../../shared/collections';
import { createOffsetIndex, spanInUse } from '../../shared/spans';

/** Span, status and document-label edits of the current annotator, each one undoable step. */
export class AnnotationService {
  constructor(
    private readonly store: ProjectFolder,
    private readonly registry: EntityRegistry,
    private readonly session: EditSession,
    private readonly annotator: () => string,
  ) {}

  async openDocument(documentId: string): Promise<OpenedDocument> {
    const meta = this.store.getDocument(documentId);
    const text = await this.store.readText(documentId);
    const layer = await this.store.readLayer(documentId, this.annotator());
    prepareForEdits(await this.store.readLayerShared(documentId, this.annotator()));
    const notice = this.store.layerNotice(documentId, this.annotator());
    return {
      document: {
        id: meta.id,
        name: documentPath(meta),
        text,
        textHash: meta.textHash,
        length: meta.length,
      },
      layer,
      history: this.session.historyState,
      ...(notice ? { notice: { ...notice } } : {}),
    };
  }

  addSpan(request: RequestOf<'addSpan'>): Promise<EditResult> {
    return this.session.run((b) => this.planSpan(b, request));
  }

  addSpans(request: RequestOf<'addSpans'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      for (const item of request.items) await this.planSpan(b, item);
    });
  }

  updateSpan(request: RequestOf<'updateSpan'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      const span = await b.span(request.documentId, request.spanId);
      const next: Span = { ...span, updatedAt: b.now };
      if (request.label !== undefined) next.label = this.checkLabel(request.label);
      if (request.fragments !== undefined)
        next.fragments = this.checkFragments(request.documentId, request.fragments);
      if (request.note !== undefined) {
        if (request.note) next.note = request.note;
        else delete next.note;
      }
      if (request.entityId === null) delete next.entityId;
      else if (request.entityId !== undefined) next.entityId = this.checkEntity(request.entityId);
      await b.putSpan(request.documentId, span.id, next);
    });
  }

  deleteSpan(request: RequestOf<'deleteSpan'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      const span = await b.span(request.documentId, request.spanId);
      const layer = await b.layer(request.documentId);
      const cited = [...layer.stances.values()].some(
        (stance) =>
          stance.evidence.includes(span.id) ||
          refersTo(stance.holder, span.id) ||
          refersTo(stance.target, span.id),
      );
      const linked = [...layer.relations.values()].some(
        (r) => r.from === span.id || r.to === span.id,
      );
      if (cited || linked)
        throw new WorkbenchError(
          'invalid_request',
          await this.inUse(request.documentId, span, layer),
        );
      await b.putSpan(request.documentId, span.id, null);
    });
  }

  /** Why a span a stance or relation uses cannot go, in the words the window says it in. */
  private async inUse(
    documentId: string,
    span: Span,
    layer: Awaited<ReturnType<TransactionBuilder['layer']>>,
  ): Promise<string> {
    const text = await this.store.readText(documentId);
    const index = createOffsetIndex(text);
    const said = spanInUse(span, {
      stances: [...layer.stances.values()],
      relations: [...layer.relations.values()],
      spanOf: (id) => layer.spans.get(id),
      entityName: (id) => this.registry.resolve(id)?.name,
      schema: this.store.manifest.schema,
      textOf: (s) =>
        s.fragments
          .map((f) => text.slice(index.toUtf16(f.start), index.toUtf16(f.end)))
          .join(' … '),
    });
    return said ?? 'a stance or relation uses this span: delete it first';
  }

  /** Relates two spans; a type the schema lacks is added to it (as an import adds what it finds). */
  addRelation(request: RequestOf<'addRelation'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      const from = await b.span(request.documentId, request.from);
      const to = await b.span(request.documentId, request.to);
      if (from.id === to.id)
        throw new WorkbenchError('invalid_request', 'a span cannot be related to itself');
      const type = request.type.trim();
      if (!type) throw new WorkbenchError('invalid_request', 'a relation needs a type');
      const { schema } = this.store.manifest;
      if (!schema.relationTypes.includes(type))
        b.setManifest({
          ...this.store.manifest,
          schema: { ...schema, relationTypes: [...schema.relationTypes, type] },
        });
      const relation: Relation = { id: newId('r'), type, from: from.id, to: to.id };
      await b.putRelation(request.documentId, relation.id, relation);
    });
  }

  deleteRelation(request: RequestOf<'deleteRelation'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      if (!(await b.layer(request.documentId)).relations.has(request.relationId))
        throw new WorkbenchError('not_found', 'that relation is no longer in the document');
      await b.putRelation(request.documentId, request.relationId, null);
    });
  }

  /** Remembers a dismissed known-name suggestion in the user's layer, so a reload keeps it dismissed. */
  dismissName(request: RequestOf<'dismissName'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      const { start, end } = request;
      if (start >= end)
        throw new WorkbenchError('invalid_request', 'a dismissed name needs start < end');
      this.checkFragments(request.documentId, [{ start, end }]);
      const names = (await b.layer(request.documentId)).dismissedNames ?? [];
      if (names.some((n) => n.start === start && n.end === end)) return;
      const next = [...names, { start, end }].sort((x, y) => x.start - y.start || x.end - y.end);
      await b.setDismissedNames(request.documentId, next);
    });
  }

  setStatus(request: RequestOf<'setStatus'>): Promise<EditResult> {
    return this.session.run((b) => b.setStatus(request.documentId, request.status));
  }

  /** Sets a document label; one that continues a run of choices on it is undone with the run. */
  setDocumentLabel(request: RequestOf<'setDocumentLabel'>): Promise<EditResult> {
    const join = request.continuesRun
      ? (last: Transaction, step: Transaction) => joinedLabelSteps(last, step, request.name)
      : undefined;
    return this.session.run(async (b) => {
      const definition = this.store.manifest.schema.documentLabels.find(
        (d) => d.name === request.name,
      );
      if (!definition)
        throw new WorkbenchError(
          'invalid_request',
          `document label ${JSON.stringify(request.name)} is not in the schema`,
        );
      if (
        request.value !== null &&
        definition.values.length > 0 &&
        !definition.values.includes(request.value)
      ) {
        throw new WorkbenchError(
          'invalid_request',
          `${JSON.stringify(request.value)} is not a value of ${request.name}`,
        );
      }
      const labels = { ...(await b.layer(request.documentId)).labels };
      if (request.value === null) delete labels[request.name];
      else setOwn(labels, request.name, request.value);
      await b.setLabels(request.documentId, labels);
    }, join);
  }

  private async planSpan(b: TransactionBuilder, request: RequestOf<'addSpan'>): Promise<void> {
    const span: Span = {
      id: newId('s'),
      label: this.checkLabel(request.label),
      fragments: this.checkFragments(request.documentId, request.fragments),
      author: b.annotator,
      createdAt: b.now,
      updatedAt: b.now,
      ...(request.note ? { note: request.note } : {}),
      ...(request.entityId ? { entityId: this.checkEntity(request.entityId) } : {}),
    };
    await b.putSpan(request.documentId, span.id, span);
  }

  private checkLabel(label: string): string {
    if (!this.store.manifest.schema.labels.some((l) => l.name === label)) {
      throw new WorkbenchError(
        'invalid_request',
        `label ${JSON.stringify(label)} is not in the project's schema`,
      );
    }
    return label;
  }

  private checkFragments(documentId: string, fragments: Span['fragments']): Span['fragments'] {
    const length = this.store.getDocument(documentId).length;
    const outside = fragments.find((f) => f.end > length);
    if (outside)
      throw new WorkbenchError(
        'invalid_request',
        `fragment [${outside.start}, ${outside.end}) lies outside the text (${length} code points)`,
      );
    return fragments;
  }

  private checkEntity(entityId: string): string {
    const entity = this.registry.resolve(entityId);
    if (!entity) throw new WorkbenchError('not_found', `no entity ${entityId}`);
    return entity.id;
  }
}

function refersTo(ref: { kind: string; spanId?: string } | undefined, spanId: string): boolean {
  return ref?.kind === 'span' && ref.spanId === spanId;
}
