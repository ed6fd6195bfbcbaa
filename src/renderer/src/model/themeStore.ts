import { initialTheme, THEME_KEY as KEY, type Theme } from './initialTheme';
import type { ProjectStore } from './projectStore';
import { Store } from './store';

export type { Theme } from './initialTheme';

/**
 * The colour theme: the user's choice, kept in their settings (so `loupe serve` writes it into
 * the page it serves, for the first paint) and in this browser profile; until they choose,
 * the system's. Set as `data-theme` on <html>.
 */
export class ThemeStore extends Store<Theme> {
  private chosenHere = false;

  constructor(private readonly project?: ProjectStore) {
    super(initialTheme());
    this.apply();
    // A choice made elsewhere (another browser, the desktop app) is taken when the settings come.
    const stop = project?.onDidChange(() => {
      const settings = project.snapshot.settings;
      if (!settings) return;
      stop?.();
      if (settings.theme && settings.theme !== this.snapshot && !this.chosenHere)
        this.choose(settings.theme);
    });
  }

  toggle(): void {
    this.chosenHere = true;
    const next = this.snapshot === 'dark' ? 'light' : 'dark';
    this.choose(next);
    // A read-only project refuses settings: the choice then stays in this browser profile.
    this.project?.updateSettings({ theme: next }).catch(() => undefined);
  }

  private choose(theme: Theme): void {
    globalThis.localStorage?.setItem(KEY, theme);
    this.set(theme);
    this.apply();
  }

  private apply(): void {
    if (typeof document !== 'undefined') document.documentElement.dataset.theme = this.snapshot;
  }
}
