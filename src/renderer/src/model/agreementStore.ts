import type { MatchMode } from '../../../shared/agreement';
import type { AgreementReport, DocumentSummary, PublicApi } from '../../../shared/contract';
import { GOLD } from '../../../shared/model';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

export interface AgreementState {
  /** Annotators with a layer folder, gold left out. */
  readonly annotators: readonly string[];
  readonly pair: readonly [string, string] | null;
  readonly match: MatchMode;
  readonly result: AgreementReport | null;
  /** Every document with every annotator's layer summary. */
  readonly documents: readonly DocumentSummary[];
  /** All annotators at once (pairwise matrix, Fleiss' kappa, Krippendorff's alpha), when there are 2 or more. */
  readonly team: AgreementReport | null;
}

/** The annotators compared, the figures for them, and the documents with every layer. */
export class AgreementStore extends Store<AgreementState> {
  private asked = 0;

  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
  ) {
    super({ annotators: [], pair: null, match: 'exact', result: null, documents: [], team: null });
  }

  /** Reads annotators and documents (the first two annotators are compared at first), then the figures. */
  async load(): Promise<void> {
    const [project, documents] = await Promise.all([
      this.client.getProject({}),
      this.client.listDocuments({}),
    ]);
    const annotators = project.annotators.filter((name) => name !== GOLD);
    const [a, b] = annotators;
    const pair = this.snapshot.pair ?? (a !== undefined && b !== undefined ? [a, b] : null);
    this.patch({ annotators, documents, pair });
    await this.compute();
    this.computeTeam().catch(this.notifications.report);
  }

  /** Figures of every annotator together (the team view); an older answer is dropped. */
  private async computeTeam(): Promise<void> {
    const { annotators, match } = this.snapshot;
    if (annotators.length < 2) return this.patch({ team: null });
    const team = await this.client.agreement({ annotators: [...annotators], match });
    if (this.snapshot.match === match) this.patch({ team });
  }

  choose(side: 0 | 1, annotator: string): void {
    const current = this.snapshot.pair;
    const pair: [string, string] = current ? [current[0], current[1]] : [annotator, annotator];
    pair[side] = annotator;
    this.patch({ pair });
    this.compute().catch(this.notifications.report);
  }

  setMatch(match: MatchMode): void {
    this.patch({ match });
    this.compute().catch(this.notifications.report);
    this.computeTeam().catch(this.notifications.report);
  }

  /** The figures for the chosen pair; an answer to an older question is dropped. */
  private async compute(): Promise<void> {
    const { pair, match } = this.snapshot;
    const asked = ++this.asked;
    if (!pair || pair[0] === pair[1]) return this.patch({ result: null });
    const result = await this.client.agreement({ annotators: [...pair], match });
    if (asked === this.asked) this.patch({ result });
  }
}
