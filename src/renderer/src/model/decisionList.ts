import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

/** What review and adjudication lists share: one selected entry among entries with ids. */
interface Entry {
  readonly id: string;
}

/** One step of a visit: a decision on an entry, or a decision on many at once (id '*'). */
export interface DecisionStep<D> {
  readonly id: string;
  readonly decision: D;
  /** How screen readers heard it ("Rejected GPE “Iraq”"), to say what an undo or redo did. */
  readonly said?: string;
}

export interface DecisionListState<R, D, A> {
  /** The document decided on and its annotators; null when no list is shown. */
  readonly documentId: string | null;
  readonly annotators: A | null;
  readonly review: R | null;
  readonly selectedId: string | null;
  /** Steps of this visit, for undo and redo. */
  readonly done: readonly DecisionStep<D>[];
  readonly undone: readonly DecisionStep<D>[];
  /** Entries out of gold that gold records as rejected (in this visit or an earlier one). */
  readonly rejected: ReadonlySet<string>;
}

/** How one kind of list is read and decided on: the workbench calls and what "open" means. */
export interface DecisionListKind<R, E extends Entry, D, A> {
  readonly load: (documentId: string, annotators: A) => Promise<R>;
  readonly decide: (documentId: string, annotators: A, entryId: string, decision: D) => Promise<R>;
  /** Accepts every entry `inMany` holds at once (agreed items, majority candidates). */
  readonly decideMany: (documentId: string, annotators: A) => Promise<R>;
  readonly manyDecision: D;
  /** Gold records it as rejected: decided, though gold holds none of it. */
  readonly isRejected: (entry: E) => boolean;
  readonly entries: (review: R) => readonly E[];
  /** Not in gold yet, nor rejected. */
  readonly isOpen: (entry: E) => boolean;
  /** The annotators differ on it (a conflict, one side only, a minority): what `N` goes to. */
  readonly isDisagreement: (entry: E) => boolean;
  readonly inMany: (entry: E) => boolean;
  /** A decision as screen readers hear it: "Accepted B's version: ORG “Mike Pompeo”". */
  readonly said: (review: R, entry: E, decision: D) => string;
  /**
   * The decision made of a choice on this entry, when another means the same here (accepting
   * the version of an annotator who has none leaves the entry out of gold: a rejection).
   */
  readonly taken?: (entry: E, decision: D) => D;
  /** The decision on many, as heard: "Accepted 3 agreed items". */
  readonly manySaid: (count: number) => string;
  /** What one entry is called where a move says where it went: "Item" ("Item 3 of 7"). */
  readonly entryName: string;
}

/** The selection after a list changed: the same entry if still there, else the first open one, else the first. */
export function keptSelection<T extends Entry>(
  list: readonly T[],
  selectedId: string | null,
  isOpen: (entry: T) => boolean,
): string | null {
  if (list.some((entry) => entry.id === selectedId)) return selectedId;
  return (list.find(isOpen) ?? list[0])?.id ?? null;
}

/** The entry `step` places from the selected one, stopping at either end (null for an empty list). */
export function steppedSelection<T extends Entry>(
  list: readonly T[],
  selectedId: string | null,
  step: number,
): string | null {
  const at = list.findIndex((entry) => entry.id === selectedId);
  return list[Math.min(list.length - 1, Math.max(0, at + step))]?.id ?? null;
}

/**
 * What undo and redo can do in a visit: only its own decisions, never an edit made before it
 * (an annotation of the document is not the list's to undo); `project` is the project's history.
 */
export function visitHistory(
  state: Pick<DecisionListState<unknown, unknown, unknown>, 'done' | 'undone'>,
  project: { readonly canUndo: boolean; readonly canRedo: boolean } | undefined,
): { readonly canUndo: boolean; readonly canRedo: boolean } {
  return {
    canUndo: state.done.length > 0 && (project?.canUndo ?? false),
    canRedo: state.undone.length > 0 && (project?.canRedo ?? false),
  };
}

/** What an undo or a redo did: "Undid: rejected GPE “Iraq”" (a step heard without words: "Undid the last edit"). */
function stepSaid<D>(verb: 'Undid' | 'Redid', step: DecisionStep<D> | undefined): string {
  if (!step?.said) return `${verb} the last edit`;
  return `${verb}: ${step.said.charAt(0).toLowerCase()}${step.said.slice(1)}`;
}

/** The next undecided entry after `from` (wrapping), else the one at `from`. */
function nextOpen<E extends Entry>(
  entries: readonly E[],
  from: number,
  isUndecided: (entry: E) => boolean,
): E | undefined {
  for (let i = 1; i <= entries.length; i++) {
    const entry = entries[(from + i) % entries.length];
    if (entry && isUndecided(entry)) return entry;
  }
  return entries[from];
}

/**
 * One document's list of decisions (review of two annotators, adjudication among many): every
 * decision writes gold and the list is reloaded from the answer; undo and redo go through the
 * project's history, and only over this visit's steps.
 */
export class DecisionListStore<R, E extends Entry, D, A> extends Store<DecisionListState<R, D, A>> {
  constructor(
    private readonly kind: DecisionListKind<R, E, D, A>,
    private readonly notifications: NotificationsStore,
    private readonly undoStep: () => Promise<unknown>,
    private readonly redoStep: () => Promise<unknown>,
    /** Where screen readers hear each decision and what is left open (absent: nothing is said). */
    private readonly announce: (text: string) => void = () => undefined,
  ) {
    super(DecisionListStore.closed<R, D, A>());
  }

  private static closed<R, D, A>(): DecisionListState<R, D, A> {
    const none = { documentId: null, annotators: null, review: null, selectedId: null };
    return { ...none, done: [], undone: [], rejected: new Set() };
  }

  private entries(): readonly E[] {
    const { review } = this.snapshot;
    return review ? this.kind.entries(review) : [];
  }

  private take(review: R, steps: Partial<DecisionListState<R, D, A>> = {}): void {
    const { kind } = this;
    const next = { ...this.snapshot, ...steps, review };
    const entries = kind.entries(review);
    const rejected = new Set(entries.filter(kind.isRejected).map((e) => e.id));
    const selectedId = keptSelection(entries, next.selectedId, kind.isOpen);
    this.set({ ...next, rejected, selectedId });
  }

  /** Shows the list of a document among the named annotators. */
  start(documentId: string, annotators: A): void {
    this.set({ ...DecisionListStore.closed<R, D, A>(), documentId, annotators });
    this.reload().catch(this.notifications.report);
  }

  stop(): void {
    this.set(DecisionListStore.closed<R, D, A>());
  }

  async reload(steps: Partial<DecisionListState<R, D, A>> = {}): Promise<void> {
    const { documentId, annotators } = this.snapshot;
    if (documentId && annotators) this.take(await this.kind.load(documentId, annotators), steps);
  }

  readonly select = (entryId: string): void => {
    this.patch({ selectedId: entryId });
  };

  /**
   * Moves the selection by `step` entries, stopping at either end, and says where it went: the
   * chosen card takes the keyboard, so a screen reader reads it, but not its place in the list
   * ("Item 3 of 7", "Item 7 of 7, the last" when it stays there).
   */
  move(step: number): void {
    const entries = this.entries();
    const { selectedId } = this.snapshot;
    const next = steppedSelection(entries, selectedId, step);
    if (!next) return;
    this.select(next);
    const place = entries.findIndex((entry) => entry.id === next) + 1;
    const end = next !== selectedId ? '' : step > 0 ? ', the last' : ', the first';
    this.announce(`${this.kind.entryName} ${place} of ${entries.length}${end}`);
  }

  /**
   * Chooses the next (`step` 1) or previous (-1) disagreement still open, going round at either
   * end, and says where it went ("Item 4 of 9: open disagreement 2 of 3"), or that none is left.
   */
  moveToDisagreement(step: 1 | -1): void {
    const entries = this.entries();
    const { rejected, selectedId } = this.snapshot;
    const open = entries.filter(
      (e) => this.kind.isDisagreement(e) && this.kind.isOpen(e) && !rejected.has(e.id),
    );
    if (open.length === 0) return this.announce('No open disagreements left');
    const n = entries.length;
    const at = entries.findIndex((entry) => entry.id === selectedId);
    const from = at < 0 && step < 0 ? n : at;
    const reached = [...Array(n).keys()]
      .map((i) => (((from + step * (i + 1)) % n) + n) % n)
      .find((index) => open.some((e) => e.id === entries[index]?.id));
    const entry = reached === undefined ? undefined : entries[reached];
    if (!entry || reached === undefined) return;
    this.select(entry.id);
    const ahead = at < 0 || (step > 0 ? reached > at : reached < at);
    const round = ahead ? '' : reached === at ? ', the only one' : ', going round';
    const which = `open disagreement ${open.indexOf(entry) + 1} of ${open.length}`;
    this.announce(`${this.kind.entryName} ${reached + 1} of ${n}: ${which}${round}`);
  }

  /** Decides an entry (the selected one by default), then selects the next undecided one. */
  async decide(decision: D, entryId = this.snapshot.selectedId): Promise<void> {
    const { documentId, annotators, review: before } = this.snapshot;
    const entry = this.entries().find((e) => e.id === entryId);
    if (!documentId || !annotators || !entryId || !entry || !before) return;
    const at = this.entries().indexOf(entry);
    const said = this.kind.said(before, entry, decision);
    const taken = this.kind.taken?.(entry, decision) ?? decision;
    const review = await this.kind.decide(documentId, annotators, entryId, taken);
    const step = { id: entryId, decision: taken, said };
    this.take(review, { done: [...this.snapshot.done, step], undone: [] });
    const { rejected } = this.snapshot;
    const undecided = (e: E): boolean => this.kind.isOpen(e) && !rejected.has(e.id);
    this.select(nextOpen(this.entries(), at, undecided)?.id ?? entryId);
    this.announce(`${said}. ${this.openSaid()}`);
  }

  /** Accepts every entry the kind accepts at once; no step when there is none. */
  protected async decideMany(): Promise<void> {
    const { documentId, annotators } = this.snapshot;
    if (!documentId || !annotators) return;
    // The workbench makes no step when nothing is open to accept; neither does this view.
    const count = this.entries().filter((e) => this.kind.inMany(e) && this.kind.isOpen(e)).length;
    const review = await this.kind.decideMany(documentId, annotators);
    const said = this.kind.manySaid(count);
    const step: DecisionStep<D> = { id: '*', decision: this.kind.manyDecision, said };
    this.take(review, count > 0 ? { done: [...this.snapshot.done, step], undone: [] } : {});
    this.announce(`${said}. ${this.openSaid()}`);
  }

  /**
   * Undoes the last step and chooses the entry it decided again (the next key decides it anew,
   * not the entry the decision had moved on to); an undo of many keeps the selection.
   */
  async undo(): Promise<void> {
    // With no decision of this visit to undo, the project's last edit is not this view's to undo.
    if (this.snapshot.done.length === 0) return this.announce('Nothing to undo');
    if ((await this.undoStep()) === null) return this.announce('Nothing to undo');
    const { done, undone } = this.snapshot;
    const last = done.at(-1);
    const back = last && this.entries().some((e) => e.id === last.id) ? last.id : undefined;
    await this.reload(
      last
        ? { done: done.slice(0, -1), undone: [...undone, last], ...(back && { selectedId: back }) }
        : {},
    );
    this.announce(`${stepSaid('Undid', last)}. ${this.openSaid()}`);
  }

  async redo(): Promise<void> {
    if (this.snapshot.undone.length === 0) return this.announce('Nothing to redo');
    if ((await this.redoStep()) === null) return this.announce('Nothing to redo');
    const { done, undone } = this.snapshot;
    const next = undone.at(-1);
    await this.reload(next ? { undone: undone.slice(0, -1), done: [...done, next] } : {});
    this.announce(`${stepSaid('Redid', next)}. ${this.openSaid()}`);
  }

  /** How many entries are still to decide: "4 open of 9". */
  private openSaid(): string {
    const { rejected } = this.snapshot;
    const entries = this.entries();
    const open = entries.filter((e) => this.kind.isOpen(e) && !rejected.has(e.id)).length;
    return `${open} open of ${entries.length}`;
  }

  /** Runs an action, reporting a failure. */
  readonly run = (action: Promise<void>): void => {
    action.catch(this.notifications.report);
  };
}
