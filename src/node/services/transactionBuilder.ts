import { WorkbenchError } from '../../shared/contract';
import type {
  DismissedName,
  DocumentStatus,
  Entity,
  Layer,
  Manifest,
  Relation,
  Rejection,
  Span,
  Stance,
} from '../../shared/model';
import type { EntityRegistry, ProjectFolder } from '../store';
import { SpanOverlay } from './spanOverlay';
import type { Change, LayerStep, Transaction } from './transaction';

interface Working {
  readonly original: Layer;
  readonly spans: SpanOverlay;
  readonly stances: Map<string, Stance>;
  readonly relations: Map<string, Relation>;
  dismissedNames: readonly DismissedName[] | undefined;
  rejected: readonly Rejection[] | undefined;
  labels: Record<string, string>;
  status: DocumentStatus;
  readonly touchedSpans: Set<string>;
  readonly touchedStances: Set<string>;
  readonly touchedRelations: Set<string>;
}

/**
 * Collects the changes of one edit against working copies of the layers and entities it
 * touches, then produces the Transaction (what changed, before and after).
 */
export class TransactionBuilder {
  private readonly layers = new Map<string, Working>();
  private readonly entities = new Map<string, Change<Entity>>();
  private manifest: Change<Manifest> | null = null;

  constructor(
    readonly store: ProjectFolder,
    readonly registry: EntityRegistry,
    readonly annotator: string,
    readonly now: string = new Date().toISOString(),
  ) {}

  /** The working copy of a document's layer (read once per edit); the current annotator's unless named. */
  async layer(documentId: string, annotator = this.annotator): Promise<Working> {
    const key = `${annotator}\u0000${documentId}`;
    const cached = this.layers.get(key);
    if (cached) return cached;
    // The open copy as an edit takes it: its flat span array is not built (see layerWithSpans).
    const { layer: original } = await this.store.readLayerForEdit(documentId, annotator);
    const working: Working = {
      original,
      spans: new SpanOverlay(original),
      stances: new Map(original.stances.map((s) => [s.id, s])),
      relations: new Map(original.relations.map((r) => [r.id, r])),
      dismissedNames: original.dismissedNames,
      rejected: original.rejected,
      labels: { ...original.documentLabels },
      status: original.status,
      touchedSpans: new Set(),
      touchedStances: new Set(),
      touchedRelations: new Set(),
    };
    this.layers.set(key, working);
    return working;
  }

  async span(documentId: string, spanId: string): Promise<Span> {
    const span = (await this.layer(documentId)).spans.get(spanId);
    if (!span) throw new WorkbenchError('not_found', `no span ${spanId} in document ${documentId}`);
    return span;
  }

  async putSpan(
    documentId: string,
    id: string,
    span: Span | null,
    annotator = this.annotator,
  ): Promise<void> {
    const working = await this.layer(documentId, annotator);
    if (span) working.spans.set(id, span);
    else working.spans.delete(id);
    working.touchedSpans.add(id);
    if (span && working.status === 'todo') working.status = 'in_progress';
  }

  async putStance(
    documentId: string,
    id: string,
    stance: Stance | null,
    annotator = this.annotator,
  ): Promise<void> {
    const working = await this.layer(documentId, annotator);
    if (stance) working.stances.set(id, stance);
    else working.stances.delete(id);
    working.touchedStances.add(id);
    if (stance && working.status === 'todo') working.status = 'in_progress';
  }

  async putRelation(documentId: string, id: string, relation: Relation | null): Promise<void> {
    const working = await this.layer(documentId);
    if (relation) working.relations.set(id, relation);
    else working.relations.delete(id);
    working.touchedRelations.add(id);
    if (relation && working.status === 'todo') working.status = 'in_progress';
  }

  async setDismissedNames(documentId: string, names: readonly DismissedName[]): Promise<void> {
    (await this.layer(documentId)).dismissedNames = names;
  }

  /** Replaces the rejections a layer records (gold's, in review); an empty list removes the field. */
  async setRejected(
    documentId: string,
    rejected: readonly Rejection[],
    annotator = this.annotator,
  ): Promise<void> {
    const working = await this.layer(documentId, annotator);
    working.rejected = rejected.length > 0 ? rejected : undefined;
  }

  async setLabels(documentId: string, labels: Record<string, string>): Promise<void> {
    (await this.layer(documentId)).labels = labels;
  }

  async setStatus(documentId: string, status: DocumentStatus): Promise<void> {
    (await this.layer(documentId)).status = status;
  }

  putEntity(id: string, entity: Entity | null): void {
    const planned = this.entities.get(id);
    const before = planned ? planned[0] : (this.registry.get(id) ?? null);
    this.entities.set(id, [before, entity]);
  }

  /** Replaces the manifest (schema, styles) as part of this step. */
  setManifest(next: Manifest): void {
    this.manifest = [this.manifest?.[0] ?? this.store.manifest, next];
  }

  build(): Transaction {
    const layers: LayerStep[] = [];
    for (const w of this.layers.values()) {
      const documentId = w.original.documentId;
      const untouched =
        w.touchedSpans.size === 0 &&
        w.touchedStances.size === 0 &&
        w.touchedRelations.size === 0 &&
        w.dismissedNames === w.original.dismissedNames &&
        w.rejected === w.original.rejected &&
        w.status === w.original.status &&
        JSON.stringify(w.labels) === JSON.stringify(w.original.documentLabels);
      if (untouched) continue;
      const stancesBefore = new Map(w.original.stances.map((s) => [s.id, s]));
      const relationsBefore = new Map(w.original.relations.map((r) => [r.id, r]));
      layers.push({
        documentId,
        annotator: w.original.annotator,
        spans: new Map(
          [...w.touchedSpans].map((id): [string, Change<Span>] => [
            id,
            [w.spans.original(id) ?? null, w.spans.get(id) ?? null],
          ]),
        ),
        stances: new Map(
          [...w.touchedStances].map((id): [string, Change<Stance>] => [
            id,
            [stancesBefore.get(id) ?? null, w.stances.get(id) ?? null],
          ]),
        ),
        relations: new Map(
          [...w.touchedRelations].map((id): [string, Change<Relation>] => [
            id,
            [relationsBefore.get(id) ?? null, w.relations.get(id) ?? null],
          ]),
        ),
        dismissedNames: [w.original.dismissedNames ?? null, w.dismissedNames ?? null],
        rejected: [w.original.rejected ?? null, w.rejected ?? null],
        documentLabels: [w.original.documentLabels, w.labels],
        status: [w.original.status, w.status],
      });
    }
    return { layers, entities: new Map(this.entities), manifest: this.manifest };
  }
}
