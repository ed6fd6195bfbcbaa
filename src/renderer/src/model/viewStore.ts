import { Store } from './store';

export type SideTab = 'documents' | 'entities' | 'search';

/** The dialogs of the window; one at a time. */
export type DialogName =
  | 'map'
  | 'stats'
  | 'schema'
  | 'import'
  | 'export'
  | 'shortcuts'
  | 'about'
  | 'palette'
  | 'annotator'
  | 'sync';

const ARCS_KEY = 'loupe.arcs';

export interface ViewState {
  readonly sideTab: SideTab;
  readonly dialog: DialogName | null;
  /** The agreement view covers the window. */
  readonly agreement: boolean;
  /** Counts requests to focus the search field (Ctrl+F). */
  readonly searchFocus: number;
  /** Counts requests to give the reading view the keyboard (Esc, after a jump or a form). */
  readonly readingFocus: number;
  /** Relations and event arguments are drawn as arcs over the text (remembered per browser profile). */
  readonly arcs: boolean;
}

/** Which parts of the window are shown: the side tab, the open dialog, the agreement view. */
export class ViewStore extends Store<ViewState> {
  constructor() {
    super({
      sideTab: 'documents',
      dialog: null,
      agreement: false,
      searchFocus: 0,
      readingFocus: 0,
      arcs: globalThis.localStorage?.getItem(ARCS_KEY) !== 'hidden',
    });
  }

  /** Shows or hides the arcs over the text; the choice is remembered. */
  toggleArcs(): void {
    const arcs = !this.snapshot.arcs;
    globalThis.localStorage?.setItem(ARCS_KEY, arcs ? 'shown' : 'hidden');
    this.patch({ arcs });
  }

  readonly showTab = (sideTab: SideTab): void => {
    this.patch({ sideTab });
  };

  /** The search tab, with its field focused. */
  showSearch(): void {
    this.patch({ sideTab: 'search', searchFocus: this.snapshot.searchFocus + 1 });
  }

  /** The reading view takes the keyboard, its caret on the selected span or range. */
  readonly focusReading = (): void => {
    this.patch({ readingFocus: this.snapshot.readingFocus + 1 });
  };

  readonly open = (dialog: DialogName): void => {
    this.patch({ dialog });
  };

  /** Closes the dialog; the dialog gives the keyboard back to what opened it (`Modal`). */
  readonly close = (): void => {
    this.patch({ dialog: null });
  };

  setAgreement(agreement: boolean): void {
    this.patch({ agreement });
  }
}
