import { WorkbenchError } from '../../shared/contract';
import { documentPath, GOLD, type Layer } from '../../shared/model';
import {
  panelCandidates,
  panelStanceCandidates,
  rejectedKeys,
  spanKey,
  spanRejection,
  stanceKey,
  stanceRejection,
  type PanelCandidate,
  type PanelDecision,
  type PanelDocument,
  type PanelStanceCandidate,
  type PanelStanceLayer,
} from '../../shared/review';
import type { EntityRegistry, ProjectFolder } from '../store';
import { checkAnnotators } from './agreementService';
import {
  copySpan,
  copyStance,
  goldStanceLike,
  goldView,
  removeGoldSpan,
  type GoldTarget,
} from './applyDecision';
import { describeRefs } from './describeRefs';
import { addRejections, liftRejections } from './goldRejections';
import type { EditSession } from './editSession';
import type { TransactionBuilder } from './transactionBuilder';

/** A document and the panel of annotators whose layers are adjudicated. */
export interface PanelQuery {
  readonly documentId: string;
  readonly annotators: readonly string[];
}

/** The panel's candidates as one step sees them: spans and stances, and the layers they came from. */
interface Candidates {
  readonly spans: PanelCandidate[];
  readonly stances: PanelStanceCandidate[];
  readonly layers: readonly PanelStanceLayer[];
}

/**
 * Adjudication of a document among any number of annotators into the gold layer: every
 * distinct span and stance anyone marked, with who marked it; a decision accepts a candidate
 * into gold or rejects it from gold, each one undoable step of the shared edit history.
 */
export class PanelReviewService {
  constructor(
    private readonly store: ProjectFolder,
    private readonly registry: EntityRegistry,
    private readonly session: EditSession,
  ) {}

  async review(query: PanelQuery): Promise<PanelDocument> {
    await this.check(query);
    const meta = this.store.getDocument(query.documentId);
    const text = await this.store.readText(meta.id);
    const gold = await this.store.readLayer(meta.id, GOLD);
    const found = await this.candidates(query, gold);
    return {
      document: { id: meta.id, name: documentPath(meta), text, length: meta.length },
      annotators: found.layers.map((l) => l.annotator),
      candidates: found.spans,
      stanceCandidates: found.stances,
      gold: { status: gold.status, spanCount: gold.spans.length, stanceCount: gold.stances.length },
      history: this.session.historyState,
    };
  }

  async decide(
    query: PanelQuery & { readonly candidateId: string; readonly decision: PanelDecision },
  ): Promise<PanelDocument> {
    await this.check(query);
    await this.session.run(async (b) => {
      const target = await this.target(b, query);
      const found = await this.candidates(query, goldView(target.gold));
      const span = found.spans.find((c) => c.id === query.candidateId);
      const stance = found.stances.find((c) => c.id === query.candidateId);
      if (span) await decideCandidate(target, span, query.decision);
      else if (stance) await decideStance(target, stance, found.layers, query.decision);
      else
        throw new WorkbenchError(
          'not_found',
          `no candidate ${query.candidateId} in document ${query.documentId}; reload the review`,
        );
    });
    return this.review(query);
  }

  /**
   * Accepts every majority candidate (span or stance) gold lacks and does not record as
   * rejected, as one step; no step when there is none.
   */
  async acceptMajority(query: PanelQuery): Promise<PanelDocument> {
    const review = await this.review(query);
    const open = [...review.candidates, ...review.stanceCandidates].filter(
      (c) => c.majority && !c.inGold && !c.rejected,
    );
    if (open.length === 0) return review;
    await this.session.run(async (b) => {
      const target = await this.target(b, query);
      const found = await this.candidates(query, goldView(target.gold));
      for (const candidate of found.spans)
        if (candidate.majority && !candidate.rejected)
          await decideCandidate(target, candidate, 'accept');
      // Spans first: a stance's cited spans are then found in gold, not copied twice.
      for (const candidate of found.stances)
        if (candidate.majority && !candidate.rejected)
          await decideStance(target, candidate, found.layers, 'accept');
    });
    return this.review(query);
  }

  private async check(query: PanelQuery): Promise<void> {
    if (query.annotators.includes(GOLD))
      throw new WorkbenchError(
        'invalid_request',
        'adjudication compares annotators into gold; gold cannot be one of them',
      );
    await checkAnnotators(this.store, query.annotators);
    this.store.getDocument(query.documentId);
  }

  private async candidates(
    query: PanelQuery,
    gold: Pick<PanelStanceLayer, 'spans' | 'stances'> & Partial<Pick<Layer, 'rejected'>>,
  ): Promise<Candidates> {
    const layers: PanelStanceLayer[] = [];
    for (const annotator of query.annotators) {
      // The panel of a document is who has a layer on it: one whose layers are all in other
      // documents neither counts among "N annotators" nor lowers the majority.
      if (!(await this.store.layerFilesOf(annotator)).includes(query.documentId)) continue;
      const layer = await this.store.readLayer(query.documentId, annotator);
      layers.push({ annotator, spans: layer.spans, stances: layer.stances });
    }
    const text = await this.store.readText(query.documentId);
    const describe = describeRefs(this.store, this.registry, text);
    return {
      spans: panelCandidates(layers, gold.spans, rejectedKeys(gold.rejected).spans),
      stances: panelStanceCandidates(layers, gold, describe),
      layers,
    };
  }

  private async target(b: TransactionBuilder, query: PanelQuery): Promise<GoldTarget> {
    return { b, documentId: query.documentId, gold: await b.layer(query.documentId, GOLD) };
  }
}

/**
 * Makes gold hold the candidate (accept, lifting a rejection of it) or not (reject, recorded
 * under its first marker's name); nothing else happens when gold already does.
 */
async function decideCandidate(
  target: GoldTarget,
  candidate: PanelCandidate,
  decision: PanelDecision,
): Promise<void> {
  const key = spanKey(candidate.span);
  const present = goldView(target.gold).spans.find((s) => spanKey(s) === key);
  const [marker] = candidate.annotators;
  if (decision === 'accept') await liftRejections(target, 'span', key);
  if (decision === 'reject' && marker)
    await addRejections(target, [spanRejection(marker, candidate.span)]);
  if (decision === 'accept' && !present) await copySpan(target, candidate.span);
  if (decision === 'reject' && present) await removeGoldSpan(target, present);
}

/**
 * Makes gold hold the stance with the spans it cites (accept, copied from the first annotator
 * who recorded it) or not (reject; the cited spans stay, as their own candidates).
 */
async function decideStance(
  target: GoldTarget,
  candidate: PanelStanceCandidate,
  layers: readonly PanelStanceLayer[],
  decision: PanelDecision,
): Promise<void> {
  const source = layers.find((l) => l.annotator === candidate.annotators[0]);
  const gold = goldView(target.gold);
  const spans = new Map((source ?? gold).spans.map((s) => [s.id, s]));
  const present = goldStanceLike(target.gold, candidate.version.stance, spans);
  const stance = candidate.version.stance;
  if (decision === 'accept') await liftRejections(target, 'stance', stanceKey(stance, spans));
  if (decision === 'reject' && source)
    await addRejections(target, [stanceRejection(source.annotator, stance, spans)]);
  if (decision === 'accept' && !present && source)
    await copyStance(target, candidate.version.stance, spans);
  if (decision === 'reject' && present)
    await target.b.putStance(target.documentId, present.id, null, GOLD);
}
