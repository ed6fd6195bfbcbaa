export type Theme = 'light' | 'dark';

/** Where the chosen theme is remembered (per browser profile). */
export const THEME_KEY = 'loupe.theme';

/** The theme chosen before, else the system's. The first paint and the theme store both start from it. */
export function initialTheme(): Theme {
  const stored = globalThis.localStorage?.getItem(THEME_KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
