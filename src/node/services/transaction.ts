import type {
  DismissedName,
  DocumentStatus,
  Entity,
  Manifest,
  Relation,
  Rejection,
  Span,
  Stance,
} from '../../shared/model';

/** A value before and after a step (null: absent). */
export type Change<T> = readonly [before: T | null, after: T | null];

/** What one undoable step did to one layer. */
export interface LayerStep {
  readonly documentId: string;
  readonly annotator: string;
  readonly spans: ReadonlyMap<string, Change<Span>>;
  readonly stances: ReadonlyMap<string, Change<Stance>>;
  readonly relations: ReadonlyMap<string, Change<Relation>>;
  /** The dismissed known-name suggestions before and after (null: none recorded). */
  readonly dismissedNames: Change<readonly DismissedName[]>;
  /** Gold's rejections before and after (null: none recorded). */
  readonly rejected: Change<readonly Rejection[]>;
  readonly documentLabels: Change<Record<string, string>>;
  readonly status: readonly [DocumentStatus, DocumentStatus];
}

/** One undoable step: layers of any documents and entities of the registry. */
export interface Transaction {
  readonly layers: readonly LayerStep[];
  readonly entities: ReadonlyMap<string, Change<Entity>>;
  /** The manifest before and after, when the step changed the schema. */
  readonly manifest: Change<Manifest> | null;
}

function flip<T>(map: ReadonlyMap<string, Change<T>>): Map<string, Change<T>> {
  return new Map(
    [...map].map(([id, [before, after]]): [string, Change<T>] => [id, [after, before]]),
  );
}

/** The same step backwards. */
export function invert(step: Transaction): Transaction {
  return {
    entities: flip(step.entities),
    manifest: step.manifest ? [step.manifest[1], step.manifest[0]] : null,
    layers: step.layers.map((layer) => ({
      ...layer,
      spans: flip(layer.spans),
      stances: flip(layer.stances),
      relations: flip(layer.relations),
      dismissedNames: [layer.dismissedNames[1], layer.dismissedNames[0]],
      rejected: [layer.rejected[1], layer.rejected[0]],
      documentLabels: [layer.documentLabels[1], layer.documentLabels[0]],
      status: [layer.status[1], layer.status[0]],
    })),
  };
}

/** Undo and redo stacks of transactions; a new edit clears redo. */
export class EditHistory {
  private readonly done: Transaction[] = [];
  private readonly undone: Transaction[] = [];

  constructor(private readonly limit = 1000) {}

  /** Whether the last thing done was recording a step (not an undo or redo). */
  private recordedLast = false;

  record(step: Transaction): void {
    this.done.push(step);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
    this.recordedLast = true;
  }

  /**
   * Records `step` as part of the last step recorded when `join` makes one of the two (a run of
   * choices undone at once), and nothing was undone or redone since; else as a step of its own.
   */
  recordJoined(step: Transaction, join: (last: Transaction) => Transaction | null): void {
    const last = this.recordedLast ? this.done.at(-1) : undefined;
    const joined = last ? join(last) : null;
    if (!joined) return this.record(step);
    this.done[this.done.length - 1] = joined;
  }

  peekUndo(): Transaction | undefined {
    return this.done.at(-1);
  }

  peekRedo(): Transaction | undefined {
    return this.undone.at(-1);
  }

  /** Moves the last step to the redo stack once it has been reverted on disk. */
  commitUndo(): void {
    const step = this.done.pop();
    if (step) this.undone.push(step);
    this.recordedLast = false;
  }

  commitRedo(): void {
    const step = this.undone.pop();
    if (step) this.done.push(step);
    this.recordedLast = false;
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
    this.recordedLast = false;
  }

  get state(): { canUndo: boolean; canRedo: boolean } {
    return { canUndo: this.done.length > 0, canRedo: this.undone.length > 0 };
  }
}
