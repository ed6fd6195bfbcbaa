import type { EditSteps } from './editSteps';

/**
 * Runs of choices made by keys on a document label's closed list (each arrow chooses, and is
 * saved): a choice continues the run when the one before was keyed on the same list with no
 * other write sent between, and the workbench then keeps the run as one undo step.
 */
export class LabelRuns {
  private last: { readonly name: string; readonly sent: number } | null = null;

  /** `steps` counts the writes sent (absent: no run, every choice is its own step). */
  constructor(private readonly steps: EditSteps | undefined) {}

  /** Whether a choice of label `name` about to be sent continues the run; notes it. */
  continues(name: string, keyed: boolean): boolean {
    const sent = this.steps?.sent;
    const continues = keyed && this.last?.name === name && this.last.sent === sent;
    this.last = keyed && sent !== undefined ? { name, sent: sent + 1 } : null;
    return continues;
  }

  /** The keyboard left the list: a choice there again starts a new step. */
  readonly end = (): void => {
    this.last = null;
  };
}
