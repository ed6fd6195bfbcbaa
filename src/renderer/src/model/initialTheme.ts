export type Theme = 'light' | 'dark';

/** Where the chosen theme is remembered (per browser profile). */
export const THEME_KEY = 'loupe.theme';

function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

/**
 * The theme to open in: the user's choice that `loupe serve` wrote on the page (their settings),
 * else the one chosen before in this browser profile, else the system's. The first paint and
 * the theme store both start from it.
 */
export function initialTheme(): Theme {
  const written = globalThis.document?.documentElement.dataset.theme;
  if (isTheme(written)) return written;
  const stored = globalThis.localStorage?.getItem(THEME_KEY);
  if (isTheme(stored)) return stored;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
