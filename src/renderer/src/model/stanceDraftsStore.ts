import { getOwn } from '../../../shared/collections';
import type { Holder, Stance, Target } from '../../../shared/model';
import { Store } from './store';

/**
 * A stance being written: what the user chose so far. `holder: null` is a choice (no named
 * holder); an absent field is not chosen yet. No polarity is ever chosen for the user.
 */
export interface StanceDraft {
  readonly evidenceId: string;
  readonly holder?: Holder | null;
  readonly target?: Target;
  readonly polarity?: string;
  readonly note: string;
  /** The target is the one this annotator used last, filled in (and shown as such), not chosen here. */
  readonly targetIsLastUsed: boolean;
}

/** The fields a stance needs before it is saved, in the order the form shows them. */
export type StanceField = 'holder' | 'target' | 'polarity';

/** The first field the draft still lacks; null when it can be saved. */
export function missingField(draft: StanceDraft): StanceField | null {
  if (draft.holder === undefined) return 'holder';
  if (!draft.target) return 'target';
  return draft.polarity ? null : 'polarity';
}

export interface StanceDraftsState {
  /** One draft per document, kept until it is saved or discarded. */
  readonly drafts: Readonly<Record<string, StanceDraft>>;
  /** The last target each annotator saved a stance toward. */
  readonly lastTargets: Readonly<Record<string, Target>>;
}

/** The newest stance an annotator wrote in a layer: where their last target is read from at first. */
function newest(stances: readonly Stance[], annotator: string): Stance | undefined {
  return stances
    .filter((s) => s.author === annotator && s.target)
    .reduce<Stance | undefined>(
      (last, s) => (!last || s.createdAt > last.createdAt ? s : last),
      undefined,
    );
}

/** Stance forms in progress, per document, and each annotator's last target. */
export class StanceDraftsStore extends Store<StanceDraftsState> {
  constructor() {
    super({ drafts: {}, lastTargets: {} });
  }

  draftOf(documentId: string): StanceDraft | null {
    return getOwn(this.snapshot.drafts, documentId) ?? null;
  }

  /** The draft for an evidence span: the document's draft (moved to this evidence), else a new one. */
  draftFor(
    documentId: string,
    evidenceId: string,
    annotator: string,
    stances: readonly Stance[],
  ): StanceDraft {
    const kept = this.draftOf(documentId);
    if (kept) return kept.evidenceId === evidenceId ? kept : { ...kept, evidenceId };
    const target =
      getOwn(this.snapshot.lastTargets, annotator) ?? newest(stances, annotator)?.target;
    return {
      evidenceId,
      note: '',
      targetIsLastUsed: target !== undefined,
      ...(target ? { target } : {}),
    };
  }

  update(documentId: string, draft: StanceDraft): void {
    this.patch({ drafts: { ...this.snapshot.drafts, [documentId]: draft } });
  }

  /**
   * A span drawn ahead of its save became the saved span `to`: a draft that names the drawn one
   * (its evidence, or the span chosen as holder or target) now names the saved one, so it comes
   * back with its document and its lists keep the choice (null: the add failed, and the draft
   * moves to the next evidence chosen there).
   */
  follow(from: string, to: string | null): void {
    if (to === null) return;
    const named = (ref: Holder | Target | null | undefined): boolean =>
      ref?.kind === 'span' && ref.spanId === from;
    const moved = Object.entries(this.snapshot.drafts).filter(
      ([, d]) => d.evidenceId === from || named(d.holder) || named(d.target),
    );
    if (moved.length === 0) return;
    const drafts = { ...this.snapshot.drafts };
    for (const [documentId, draft] of moved)
      drafts[documentId] = {
        ...draft,
        ...(draft.evidenceId === from ? { evidenceId: to } : {}),
        ...(named(draft.holder) ? { holder: { kind: 'span', spanId: to } } : {}),
        ...(named(draft.target) ? { target: { kind: 'span', spanId: to } } : {}),
      };
    this.patch({ drafts });
  }

  discard(documentId: string): void {
    const { [documentId]: _dropped, ...rest } = this.snapshot.drafts;
    this.patch({ drafts: rest });
  }

  /** The draft became a stance: gone, and its target is the annotator's last one. */
  saved(documentId: string, annotator: string, target: Target | undefined): void {
    this.discard(documentId);
    if (target) this.patch({ lastTargets: { ...this.snapshot.lastTargets, [annotator]: target } });
  }
}
