import type { PublicApi } from '../../../shared/contract';
import type { PanelCandidate, PanelDecision, PanelDocument } from '../../../shared/review';
import type { NotificationsStore } from './notificationsStore';
import { keptSelection, steppedSelection } from './decisionList';
import { Store } from './store';

/** One step of a visit: a decision on a candidate, or accepting the majority ('*'). */
interface PanelStep {
  readonly candidateId: string;
  readonly decision: PanelDecision;
}

export interface PanelState {
  /** The document adjudicated and the panel of annotators; null when none is shown. */
  readonly documentId: string | null;
  readonly annotators: readonly string[] | null;
  readonly review: PanelDocument | null;
  readonly selectedId: string | null;
  readonly done: readonly PanelStep[];
  readonly undone: readonly PanelStep[];
  /** Candidates rejected in this visit and still out of gold (only this view can tell them from undecided ones). */
  readonly rejected: ReadonlySet<string>;
}

const CLOSED: PanelState = {
  documentId: null,
  annotators: null,
  review: null,
  selectedId: null,
  done: [],
  undone: [],
  rejected: new Set(),
};

function rejectedOf(steps: readonly PanelStep[], review: PanelDocument): ReadonlySet<string> {
  const last = new Map(steps.map((s) => [s.candidateId, s.decision]));
  const out = new Set(review.candidates.filter((c) => !c.inGold).map((c) => c.id));
  return new Set([...last].filter(([id, d]) => d === 'reject' && out.has(id)).map(([id]) => id));
}

/** The next undecided candidate after `from` (wrapping), else the one at `from`. */
function nextOpen(
  candidates: readonly PanelCandidate[],
  from: number,
  rejected: ReadonlySet<string>,
): PanelCandidate | undefined {
  for (let i = 1; i <= candidates.length; i++) {
    const c = candidates[(from + i) % candidates.length];
    if (c && !c.inGold && !rejected.has(c.id)) return c;
  }
  return candidates[from];
}

/** One document adjudicated among any number of annotators; every decision writes gold and reloads from the answer. */
export class PanelStore extends Store<PanelState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
  ) {
    super(CLOSED);
  }

  private request(): { documentId: string; annotators: string[] } | null {
    const { documentId, annotators } = this.snapshot;
    return documentId && annotators ? { documentId, annotators: [...annotators] } : null;
  }

  private take(review: PanelDocument, steps: Partial<PanelState> = {}): void {
    const next = { ...this.snapshot, ...steps, review };
    const rejected = rejectedOf(next.done, review);
    const selectedId = keptSelection(review.candidates, next.selectedId, (c) => !c.inGold);
    this.set({ ...next, rejected, selectedId });
  }

  /** Shows the adjudication of a document among the named annotators. */
  start(documentId: string, annotators: readonly string[]): void {
    this.set({ ...CLOSED, documentId, annotators });
    this.reload().catch(this.notifications.report);
  }

  stop(): void {
    this.set(CLOSED);
  }

  async reload(): Promise<void> {
    const request = this.request();
    if (request) this.take(await this.client.panelReview(request));
  }

  readonly select = (candidateId: string): void => {
    this.patch({ selectedId: candidateId });
  };

  /** Moves the selection by `step` candidates, stopping at either end. */
  move(step: number): void {
    const candidates = this.snapshot.review?.candidates ?? [];
    const next = steppedSelection(candidates, this.snapshot.selectedId, step);
    if (next) this.select(next);
  }

  /** Decides a candidate (the selected one by default), then selects the next undecided one. */
  async decide(decision: PanelDecision, candidateId = this.snapshot.selectedId): Promise<void> {
    const request = this.request();
    const candidates = this.snapshot.review?.candidates ?? [];
    const candidate = candidates.find((c) => c.id === candidateId);
    if (!request || !candidate) return;
    const review = await this.client.decideCandidate({
      ...request,
      candidateId: candidate.id,
      decision,
    });
    this.take(review, {
      done: [...this.snapshot.done, { candidateId: candidate.id, decision }],
      undone: [],
    });
    const at = candidates.indexOf(candidate);
    this.select(
      nextOpen(this.snapshot.review?.candidates ?? [], at, this.snapshot.rejected)?.id ??
        candidate.id,
    );
  }

  /** Accepts every majority candidate gold lacks; no step when there is none. */
  async acceptMajority(): Promise<void> {
    const request = this.request();
    if (!request) return;
    const any = (this.snapshot.review?.candidates ?? []).some((c) => c.majority && !c.inGold);
    const review = await this.client.acceptMajority(request);
    const step: PanelStep = { candidateId: '*', decision: 'accept' };
    this.take(review, any ? { done: [...this.snapshot.done, step], undone: [] } : {});
  }

  async undo(): Promise<void> {
    await this.client.undo({});
    const { done, undone } = this.snapshot;
    const last = done.at(-1);
    await this.reloadWith(last ? { done: done.slice(0, -1), undone: [...undone, last] } : {});
  }

  async redo(): Promise<void> {
    await this.client.redo({});
    const { done, undone } = this.snapshot;
    const next = undone.at(-1);
    await this.reloadWith(next ? { undone: undone.slice(0, -1), done: [...done, next] } : {});
  }

  private async reloadWith(steps: Partial<PanelState>): Promise<void> {
    const request = this.request();
    if (request) this.take(await this.client.panelReview(request), steps);
  }

  /** Runs an action, reporting a failure. */
  readonly run = (action: Promise<void>): void => {
    action.catch(this.notifications.report);
  };
}
