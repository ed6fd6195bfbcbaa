import type { CommandEntry } from './commandRegistry';

/** How well `query` names an entry: higher first; null when some word of it matches nowhere. */
function score(entry: CommandEntry, words: readonly string[]): number | null {
  const title = entry.spec.title.toLowerCase();
  const description = (entry.spec.description ?? '').toLowerCase();
  const starts = title.split(/[^\p{L}\p{N}]+/u);
  let total = 0;
  for (const word of words) {
    if (title.startsWith(word)) total += 4;
    else if (starts.some((s) => s.startsWith(word))) total += 3;
    else if (title.includes(word)) total += 2;
    else if (description.includes(word)) total += 1;
    else return null;
  }
  return total;
}

/**
 * The palette's list: entries whose title (or description) holds every word of the query, best
 * matches first, declaration order among equals; those that can run now come first, then those
 * that cannot and say why (`unavailable`: "Nothing to undo"), so a user finds a command and
 * learns why it is off. Commands the window cannot run, or with nothing to say, are left out.
 */
export function paletteFilter(entries: readonly CommandEntry[], query: string): CommandEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const scored = entries.flatMap((entry, order) => {
    if (!entry.runnable || (!entry.enabled && entry.unavailable === null)) return [];
    const s = score(entry, words);
    return s === null ? [] : [{ entry, s, order, off: entry.enabled ? 0 : 1 }];
  });
  return scored
    .sort((a, b) => a.off - b.off || b.s - a.s || a.order - b.order)
    .map(({ entry }) => entry);
}
