import { initialTheme, THEME_KEY as KEY, type Theme } from './initialTheme';
import { Store } from './store';

export type { Theme } from './initialTheme';

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
