import { WorkbenchError } from '../../shared/contract';
import { GOLD, type Layer } from '../../shared/model';
import {
  panelCandidates,
  spanKey,
  type PanelCandidate,
  type PanelDecision,
  type PanelDocument,
} from '../../shared/review';
import type { ProjectFolder } from '../store';
import { checkAnnotators } from './agreementService';
import { copySpan, goldView, removeGoldSpan, type GoldTarget } from './applyDecision';
import type { EditSession } from './editSession';
import type { TransactionBuilder } from './transactionBuilder';

/** A document and the panel of annotators whose layers are adjudicated. */
export interface PanelQuery {
  readonly documentId: string;
  readonly annotators: readonly string[];
}

/**
 * Adjudication of a document among any number of annotators into the gold layer: every
 * distinct span anyone marked, with who marked it; a decision accepts a candidate into gold
 * or rejects it from gold, each one undoable step of the shared edit history.
 */
export class PanelReviewService {
  constructor(
    private readonly store: ProjectFolder,
    private readonly session: EditSession,
  ) {}

  async review(query: PanelQuery): Promise<PanelDocument> {
    await this.check(query);
    const meta = this.store.getDocument(query.documentId);
    const text = await this.store.readText(meta.id);
    const gold = await this.store.readLayer(meta.id, GOLD);
    return {
      document: { id: meta.id, name: meta.name, text, length: meta.length },
      annotators: [...query.annotators],
      candidates: panelCandidates(await this.layers(query), gold.spans),
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
      const candidate = (await this.candidatesOf(target, query)).find(
        (c) => c.id === query.candidateId,
      );
      if (!candidate)
        throw new WorkbenchError(
          'not_found',
          `no candidate ${query.candidateId} in document ${query.documentId}; reload the review`,
        );
      await decideCandidate(target, candidate, query.decision);
    });
    return this.review(query);
  }

  /** Accepts every majority candidate gold lacks, as one step; no step when there is none. */
  async acceptMajority(query: PanelQuery): Promise<PanelDocument> {
    const open = (await this.review(query)).candidates.filter((c) => c.majority && !c.inGold);
    if (open.length === 0) return this.review(query);
    await this.session.run(async (b) => {
      const target = await this.target(b, query);
      for (const candidate of await this.candidatesOf(target, query))
        if (candidate.majority) await decideCandidate(target, candidate, 'accept');
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

  private async layers(query: PanelQuery): Promise<{ annotator: string; spans: Layer['spans'] }[]> {
    const layers = [];
    for (const annotator of query.annotators) {
      const layer = await this.store.readLayer(query.documentId, annotator);
      layers.push({ annotator, spans: layer.spans });
    }
    return layers;
  }

  private async target(b: TransactionBuilder, query: PanelQuery): Promise<GoldTarget> {
    return { b, documentId: query.documentId, gold: await b.layer(query.documentId, GOLD) };
  }

  private async candidatesOf(target: GoldTarget, query: PanelQuery): Promise<PanelCandidate[]> {
    return panelCandidates(await this.layers(query), goldView(target.gold).spans);
  }
}

/** Makes gold hold the candidate (accept) or not (reject); nothing happens when it already does. */
async function decideCandidate(
  target: GoldTarget,
  candidate: PanelCandidate,
  decision: PanelDecision,
): Promise<void> {
  const key = spanKey(candidate.span);
  const present = goldView(target.gold).spans.find((s) => spanKey(s) === key);
  if (decision === 'accept' && !present) await copySpan(target, candidate.span);
  if (decision === 'reject' && present) await removeGoldSpan(target, present);
}
