import type { Invoke } from '../shared/contract';
import { themeSchema, type Theme } from '../shared/contract/schemas/projectSchemas';

/** The theme the user chose (their settings), or null: they chose none, and the page follows the system's. */
export async function chosenTheme(invoke: Invoke): Promise<Theme | null> {
  const envelope = await invoke('getSettings', {}).catch(() => null);
  if (!envelope?.ok || typeof envelope.result !== 'object' || envelope.result === null) return null;
  const parsed = themeSchema.safeParse('theme' in envelope.result ? envelope.result.theme : null);
  return parsed.success ? parsed.data : null;
}

/**
 * The page's head with the chosen theme on `<html>` (`data-theme`), so the browser paints the
 * first screen in it before any script runs, and with scripts turned off. Without a choice the
 * page is left as it is: its stylesheet follows `prefers-color-scheme`.
 * @example withTheme('<html lang="en">', 'dark') === '<html data-theme="dark" lang="en">'
 */
export function withTheme(head: string, theme: Theme | null): string {
  return theme ? head.replace(/<html\b/, `<html data-theme="${theme}"`) : head;
}
