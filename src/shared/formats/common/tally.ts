/**
 * Counts by reason what a writer could not express; reasons keep first-seen order.
 * @example const t = new Tally(); t.add('relation', 2); t.toRecord() → { relation: 2 }
 */
export class Tally {
  private readonly counts = new Map<string, number>();

  add(reason: string, count = 1): void {
    if (count <= 0) return;
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + count);
  }

  toRecord(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
