import type { FirstAnswer } from '../shared/contract';

/** How long answers asked with the page wait for its GET /first-answers. */
const KEEP_MS = 5000;

/**
 * The first answers asked as soon as the page itself is requested, so the server works on
 * them while the browser receives and reads the page (the page's preload asks for them a
 * moment later). Taken once; dropped by any API call (an edit may have made them out of date)
 * and after {@link KEEP_MS}: then they are asked anew.
 */
export class PreparedAnswers {
  private pending: { readonly answers: Promise<FirstAnswer[]>; readonly until: number } | null =
    null;

  constructor(
    private readonly ask: () => Promise<FirstAnswer[]>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The page was requested: start asking. */
  prepare(): void {
    const answers = this.ask();
    answers.catch(() => undefined);
    this.pending = { answers, until: this.now() + KEEP_MS };
  }

  /**
   * The answers being prepared (asked now when none are fresh), left in place for the page's
   * GET /first-answers: the page itself is written from them (its first screen).
   */
  peek(): Promise<FirstAnswer[]> {
    const pending = this.pending;
    if (pending && this.now() <= pending.until) return pending.answers;
    this.prepare();
    return (this.pending ?? { answers: this.ask() }).answers;
  }

  /** A call through the API: what was prepared may be out of date. */
  drop(): void {
    this.pending = null;
  }

  /** The prepared answers while fresh, else answers asked now. */
  take(): Promise<FirstAnswer[]> {
    const pending = this.pending;
    this.pending = null;
    return pending && this.now() <= pending.until ? pending.answers : this.ask();
  }
}
