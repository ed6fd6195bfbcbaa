/**
 * Answers to "open this document" applied in the order they were asked for, not the order they
 * arrive: an answer that comes after a later request was made is dropped (the view would jump back
 * to a document the person left), and whoever waited for it waits for the later one instead.
 */
export class LatestOpen {
  private asked = 0;
  private latest: Promise<void> = Promise.resolve();
  private wanted: string | null = null;

  /** The document last asked for while its answer is on its way, else null. */
  get pending(): string | null {
    return this.wanted;
  }

  /**
   * Fetches `documentId` and shows the answer unless a later request was made meanwhile; resolves
   * once the latest request is shown (rejects only with the latest request's failure).
   * @example open.run('d2', () => client.openDocument({ documentId: 'd2' }), show)
   */
  run<T>(documentId: string, fetch: () => Promise<T>, show: (answer: T) => void): Promise<void> {
    const ticket = ++this.asked;
    this.wanted = documentId;
    const done = fetch().then(
      (answer) => {
        if (ticket !== this.asked) return this.latest;
        this.wanted = null;
        show(answer);
      },
      (error: unknown) => {
        if (ticket !== this.asked) return this.latest;
        this.wanted = null;
        throw error;
      },
    );
    this.latest = done;
    return done;
  }
}
