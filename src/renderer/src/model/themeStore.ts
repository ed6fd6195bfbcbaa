import { Store } from './store';

export type Theme = 'light' | 'dark';

const KEY = 'loupe.theme';

function initialTheme(): Theme {
  const stored = globalThis.localStorage?.getItem(KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The colour theme: remembered per browser profile, first taken from the system; set as `data-theme` on <html>. */
export class ThemeStore extends Store<Theme> {
  constructor() {
    super(initialTheme());
    this.apply();
  }

  toggle(): void {
    const next = this.snapshot === 'dark' ? 'light' : 'dark';
    globalThis.localStorage?.setItem(KEY, next);
    this.set(next);
    this.apply();
  }

  private apply(): void {
    if (typeof document !== 'undefined') document.documentElement.dataset.theme = this.snapshot;
  }
}
