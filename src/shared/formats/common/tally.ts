import type { WriteSummary } from './format';

/**
 * A span a token format wrote at other offsets than it has (an edge on whitespace moved
 * to the nearest word) or left out (whitespace only), named so the user can find it.
 * Offsets are code points; `to` is null for a span left out.
 * @example { document: 'report-1', span: 'T3', from: [16, 18], to: [16, 17] }
 */
export interface AdjustedSpan {
  readonly document: string;
  /** The span's id, or `#n` (its index in the document) when it has none. */
  readonly span: string;
  readonly from: readonly [number, number];
  readonly to: readonly [number, number] | null;
}

/** How many adjusted spans a summary names; the rest are counted. */
export const ADJUSTED_NAMED = 20;

/**
 * Counts by reason what a writer could not express (`add`), and apart from it what it wrote
 * otherwise than it was (`note`: a word holding a space written whole with tabs, a label's
 * spaces as `_`); reasons keep first-seen order. Also names the first
 * {@link ADJUSTED_NAMED} spans moved or left out and counts all of them.
 * @example const t = new Tally(); t.add('relation', 2); t.toRecord() → { relation: 2 }
 */
export class Tally {
  private readonly counts = new Map<string, number>();
  private readonly notes = new Map<string, number>();
  private readonly named: AdjustedSpan[] = [];
  private adjustedCount = 0;

  add(reason: string, count = 1): void {
    if (count <= 0) return;
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + count);
  }

  /** Counts a span moved or left out under `reason` and names it while the list has room. */
  adjust(reason: string, span: AdjustedSpan): void {
    this.add(reason);
    this.adjustedCount++;
    if (this.named.length < ADJUSTED_NAMED) this.named.push(span);
  }

  /** Counts something written otherwise than it was, under `reason`: no loss. */
  note(reason: string, count = 1): void {
    if (count <= 0) return;
    this.notes.set(reason, (this.notes.get(reason) ?? 0) + count);
  }

  /** What was written otherwise, by reason; nothing when nothing was. */
  noted(): { readonly notes?: Readonly<Record<string, number>> } {
    return this.notes.size === 0 ? {} : { notes: Object.fromEntries(this.notes) };
  }

  /** How many were counted under `reason` (not written). */
  count(reason: string): number {
    return this.counts.get(reason) ?? 0;
  }

  /**
   * A writer's summary: its counts (the relations it wrote only when it wrote some), what was
   * not written, what was written otherwise and the spans adjusted, each only when there was some.
   * @example tally.summary({ documents: 1, spans: 2, stances: 0, relations: 1 }) → { documents: 1, spans: 2, stances: 0, relations: 1, notExpressed: {} }
   */
  summary(counts: {
    documents: number;
    spans: number;
    stances: number;
    relations?: number;
  }): WriteSummary {
    const { relations, ...rest } = counts;
    return {
      ...rest,
      ...(relations !== undefined && relations > 0 ? { relations } : {}),
      notExpressed: this.toRecord(),
      ...this.noted(),
      ...this.adjusted(),
    };
  }

  toRecord(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** The spans named (up to {@link ADJUSTED_NAMED}) and how many were adjusted in all; nothing when none was. */
  adjusted(): { readonly adjusted?: readonly AdjustedSpan[]; readonly adjustedTotal?: number } {
    if (this.adjustedCount === 0) return {};
    return { adjusted: [...this.named], adjustedTotal: this.adjustedCount };
  }
}
