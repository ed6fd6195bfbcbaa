/**
 * A value that changes over time: an immutable snapshot, replaced (never mutated) on each
 * change, and `onDidChange` for React's useSyncExternalStore and for other stores.
 */
export class Store<T> {
  private current: T;
  private readonly listeners = new Set<() => void>();

  constructor(initial: T) {
    this.current = initial;
  }

  /** The current snapshot; the same object until the next change. */
  get snapshot(): T {
    return this.current;
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  readonly onDidChange = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  protected set(next: T): void {
    if (Object.is(next, this.current)) return;
    this.current = next;
    for (const listener of [...this.listeners]) listener();
  }

  protected patch(changes: Partial<T>): void {
    this.set({ ...this.current, ...changes });
  }
}
