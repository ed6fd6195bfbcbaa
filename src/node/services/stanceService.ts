import type { EditResult, RequestOf } from '../../shared/contract';
import { WorkbenchError } from '../../shared/contract';
import { newId, type Holder, type Stance, type Target } from '../../shared/model';
import type { EntityRegistry, ProjectFolder } from '../store';
import type { EditSession } from './editSession';
import type { TransactionBuilder } from './transactionBuilder';

/** Stances of the current annotator: who holds which polarity toward what, with evidence spans. */
export class StanceService {
  constructor(
    private readonly store: ProjectFolder,
    private readonly registry: EntityRegistry,
    private readonly session: EditSession,
  ) {}

  addStance(request: RequestOf<'addStance'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      const stance: Stance = {
        id: newId('st'),
        polarity: this.checkPolarity(request.polarity),
        evidence: await this.checkEvidence(b, request.documentId, request.evidence),
        author: b.annotator,
        createdAt: b.now,
        updatedAt: b.now,
        ...(request.holder
          ? { holder: await this.checkRef(b, request.documentId, request.holder) }
          : {}),
        ...(request.target
          ? { target: await this.checkRef(b, request.documentId, request.target) }
          : {}),
        ...(request.note ? { note: request.note } : {}),
      };
      await b.putStance(request.documentId, stance.id, stance);
    });
  }

  updateStance(request: RequestOf<'updateStance'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      const current = (await b.layer(request.documentId)).stances.get(request.stanceId);
      if (!current)
        throw new WorkbenchError(
          'not_found',
          `no stance ${request.stanceId} in document ${request.documentId}`,
        );
      const next: Stance = { ...current, updatedAt: b.now };
      if (request.polarity !== undefined) next.polarity = this.checkPolarity(request.polarity);
      if (request.evidence !== undefined)
        next.evidence = await this.checkEvidence(b, request.documentId, request.evidence);
      if (request.holder === null) delete next.holder;
      else if (request.holder)
        next.holder = await this.checkRef(b, request.documentId, request.holder);
      if (request.target === null) delete next.target;
      else if (request.target)
        next.target = await this.checkRef(b, request.documentId, request.target);
      if (request.note !== undefined) {
        if (request.note) next.note = request.note;
        else delete next.note;
      }
      await b.putStance(request.documentId, current.id, next);
    });
  }

  deleteStance(request: RequestOf<'deleteStance'>): Promise<EditResult> {
    return this.session.run(async (b) => {
      if (!(await b.layer(request.documentId)).stances.has(request.stanceId)) {
        throw new WorkbenchError(
          'not_found',
          `no stance ${request.stanceId} in document ${request.documentId}`,
        );
      }
      await b.putStance(request.documentId, request.stanceId, null);
    });
  }

  private checkPolarity(polarity: string): string {
    const known = this.store.manifest.schema.polarities;
    if (!known.includes(polarity))
      throw new WorkbenchError(
        'invalid_request',
        `polarity ${JSON.stringify(polarity)} is not one of ${known.join(', ')}`,
      );
    return polarity;
  }

  private async checkEvidence(
    b: TransactionBuilder,
    documentId: string,
    evidence: readonly string[],
  ): Promise<string[]> {
    for (const spanId of evidence) await b.span(documentId, spanId);
    return [...new Set(evidence)];
  }

  private async checkRef<R extends Holder | Target>(
    b: TransactionBuilder,
    documentId: string,
    ref: R,
  ): Promise<R> {
    if (ref.kind === 'span') await b.span(documentId, ref.spanId);
    if (ref.kind === 'entity') {
      const entity = this.registry.resolve(ref.entityId);
      if (!entity) throw new WorkbenchError('not_found', `no entity ${ref.entityId}`);
      return { ...ref, entityId: entity.id };
    }
    if (
      ref.kind === 'topic' &&
      !this.store.manifest.schema.topics.some((t) => t.id === ref.topicId)
    ) {
      throw new WorkbenchError(
        'invalid_request',
        `topic ${JSON.stringify(ref.topicId)} is not in the schema`,
      );
    }
    return ref;
  }
}
