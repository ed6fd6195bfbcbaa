/** What review and adjudication lists share: one selected entry among items with ids. */
interface Entry {
  readonly id: string;
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
