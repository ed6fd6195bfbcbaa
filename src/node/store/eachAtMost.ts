/**
 * Runs `task` on every item, at most `limit` at a time, starting them in order: writes of
 * separate files overlap, so their fsyncs share the disk's flushes instead of queuing one
 * behind another. The first failure (or a cancel of `signal`) starts no more; once every
 * started task has settled, it is thrown, so the caller undoes exactly what was done.
 * @example await eachAtMost(documents, 8, (doc) => writeDocument(doc), signal)
 */
export async function eachAtMost<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const failures: unknown[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (failures.length === 0 && next < items.length) {
      const item = items[next++];
      if (item === undefined) continue;
      try {
        signal?.throwIfAborted();
        await task(item);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
  signal?.throwIfAborted();
}
