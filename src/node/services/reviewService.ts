import { WorkbenchError } from '../../shared/contract';
import { documentPath, GOLD, type Layer } from '../../shared/model';
import {
  buildReview,
  type ReviewDecision,
  type ReviewDocument,
  type ReviewItem,
} from '../../shared/review';
import type { EntityRegistry, ProjectFolder } from '../store';
import { checkAnnotators } from './agreementService';
import { describeRefs } from './describeRefs';
import type { EditSession } from './editSession';
import { applyDecision, goldView, type Deciding } from './applyDecision';
import type { TransactionBuilder } from './transactionBuilder';

/** A document and the two annotators whose layers are being adjudicated. */
export interface ReviewQuery {
  readonly documentId: string;
  readonly annotators: readonly [string, string];
}

/**
 * Review of two annotators' layers of a document into the gold layer: the merged items, and
 * decisions (accept A, accept B, accept both, reject; accept all agreed) that each write the
 * gold layer as one undoable step of the shared edit history.
 */
export class ReviewService {
  constructor(
    private readonly store: ProjectFolder,
    private readonly registry: EntityRegistry,
    private readonly session: EditSession,
  ) {}

  async review(query: ReviewQuery): Promise<ReviewDocument> {
    await this.check(query);
    const meta = this.store.getDocument(query.documentId);
    const text = await this.store.readText(meta.id);
    const [a, b, gold] = await this.layers(query);
    return {
      document: { id: meta.id, name: documentPath(meta), text, length: meta.length },
      annotators: [query.annotators[0], query.annotators[1]],
      items: buildReview(a, b, gold, describeRefs(this.store, this.registry, text)),
      gold: { status: gold.status, spanCount: gold.spans.length, stanceCount: gold.stances.length },
      history: this.session.historyState,
    };
  }

  async adjudicate(
    query: ReviewQuery & { readonly itemId: string; readonly decision: ReviewDecision },
  ): Promise<ReviewDocument> {
    await this.check(query);
    await this.session.run(async (b) => {
      const deciding = await this.deciding(b, query);
      const items = await this.itemsOf(deciding);
      const item = items.find((i) => i.id === query.itemId);
      if (!item)
        throw new WorkbenchError(
          'not_found',
          `no review item ${query.itemId} in document ${query.documentId}; reload the review`,
        );
      await applyDecision(deciding, item, query.decision);
    });
    return this.review(query);
  }

  /** Accepts every agreed item gold does not hold yet, as one step; no step at all when there is none. */
  async acceptAllAgreed(query: ReviewQuery): Promise<ReviewDocument> {
    const open = (await this.review(query)).items.filter(
      (i) => i.class === 'agreed' && i.gold === 'open',
    );
    if (open.length === 0) return this.review(query);
    await this.session.run(async (b) => {
      const deciding = await this.deciding(b, query);
      const ids = new Set(open.map((i) => i.id));
      for (const item of await this.itemsOf(deciding)) {
        if (ids.has(item.id) && item.class === 'agreed')
          await applyDecision(deciding, item, 'accept_a');
      }
    });
    return this.review(query);
  }

  private async check(query: ReviewQuery): Promise<void> {
    if (query.annotators.includes(GOLD))
      throw new WorkbenchError(
        'invalid_request',
        'review compares two annotators into gold; gold cannot be one of them',
      );
    await checkAnnotators(this.store, query.annotators);
  }

  private async layers(query: ReviewQuery): Promise<[Layer, Layer, Layer]> {
    const read = (annotator: string) => this.store.readLayer(query.documentId, annotator);
    return [await read(query.annotators[0]), await read(query.annotators[1]), await read(GOLD)];
  }

  private async deciding(b: TransactionBuilder, query: ReviewQuery): Promise<Deciding> {
    const [a, bLayer] = await this.layers(query);
    return {
      b,
      documentId: query.documentId,
      gold: await b.layer(query.documentId, GOLD),
      a,
      bLayer,
    };
  }

  private async itemsOf(d: Deciding): Promise<ReviewItem[]> {
    const text = await this.store.readText(d.documentId);
    return buildReview(
      d.a,
      d.bLayer,
      goldView(d.gold),
      describeRefs(this.store, this.registry, text),
    );
  }
}
