import type { RendererCommandId } from '../../../shared/commands';
import type { ReviewDecision } from '../../../shared/review';
import { focusRegion } from '../ui/focusRegion';
import { enterLabelMenu } from '../ui/labelMenuFocus';
import { toggleInlineLabels } from '../ui/toggleInlineLabels';
import { togglePanel } from '../ui/togglePanel';
import { zoomPage } from '../ui/zoomPage';
import { KeysWhileOpening } from './keysWhileOpening';
import { PANEL_RENDERER_COMMANDS } from './panelRendererCommands';
import { readOnlySaid } from './readOnlySaid';
import { SUGGEST_RENDERER_COMMANDS } from './suggestRendererCommands';
import { heardNews, visitHistory, type DialogName, type Model } from '../model';
import type { WhenContext } from './whenContext';

/** What the renderer adds to a command's declaration: when it applies, and what it does. */
export interface RendererCommand {
  /** Beyond its context: whether it can run now (false greys it in menus and in the palette). */
  when?(context: WhenContext): boolean;
  run(context: WhenContext): void;
  /**
   * What its key says when `when` is false (a key that does nothing says nothing to a screen
   * reader); null, or absent, for silence.
   */
  idle?(context: WhenContext): string | null;
  /**
   * Why it cannot run now, beyond its `idle` words, for the palette, which lists it greyed and
   * says this when it is chosen; null, or absent, leaves it out of the palette then.
   */
  why?(context: WhenContext): string | null;
}

function writable({ model }: WhenContext): boolean {
  return !model.project.snapshot.project?.readOnly;
}

/** Why a command of the annotation view cannot run in another. */
function annotatingOnly({ view }: WhenContext): string | null {
  return view === 'annotate' ? null : 'Only while annotating';
}

function canStep(context: WhenContext, step: 'canUndo' | 'canRedo'): boolean {
  if (context.typing || context.view === 'agreement' || !writable(context)) return false;
  const { review, panel, document } = context.model;
  // A review or an adjudication undoes and redoes its own decisions only.
  const list = context.view === 'review' ? review : context.view === 'panel' ? panel : null;
  const history = list
    ? visitHistory(list.snapshot, list.snapshot.review?.history)
    : document.snapshot.history;
  return history?.[step] ?? false;
}

/** Undo or Redo pressed with nothing to undo or redo, where the view keeps a history. */
function nothingTo(context: WhenContext, which: 'undo' | 'redo'): string | null {
  if (context.typing || context.view === 'agreement' || !writable(context)) return null;
  return which === 'undo' ? 'Nothing to undo' : 'Nothing to redo';
}

function step({ model, view }: WhenContext, which: 'undo' | 'redo'): void {
  if (view === 'review') model.review.run(model.review[which]());
  else if (view === 'panel') model.panel.run(model.panel[which]());
  else void model.document[which]();
}

function decide(decision: ReviewDecision): RendererCommand {
  return { run: ({ model }) => model.review.run(model.review.decide(decision)) };
}

/** The label menu is beside selected text (a range a search jump selected has no menu). */
function labelMenuShown(model: WhenContext['model']): boolean {
  return (model.selection.snapshot.pending?.rect ?? null) !== null;
}

/**
 * Opens a dialog, holding the keys pressed until one of its controls has the keyboard: typed at
 * once (or pressed again after the next document opened), they would otherwise act on the text.
 */
function openDialog(model: WhenContext['model'], dialog: DialogName): void {
  KeysWhileOpening.hold().releaseInDialog();
  model.view.open(dialog);
}

/** The search field's panel, and the entity picker that linking a span opens. */
const SEARCH = '.lp-search';
const ENTITY_PICKER = '.lp-picker';
/** The field naming a new relation type, which a schema without relation types asks for. */
const NEW_RELATION_TYPE = 'aside[aria-label="New relation"] form';
/** The new stance's form, which opens on its holder list. */
const STANCE_FORM = '.lp-stanceform';

/**
 * Shows a field (the search field, the entity picker), holding the keys pressed until it has the
 * keyboard: typed at once, they go into it rather than acting on the text.
 */
function openField(place: string, show: () => void): void {
  // The field is drawn on the next render: a few frames, where a dialog's code may still load.
  KeysWhileOpening.hold().releaseIn(place, 30);
  show();
}

function hasDocument({ model }: WhenContext): boolean {
  return model.document.snapshot.document !== null;
}

/** Every command the renderer runs, by id; the compiler checks none is missing. */
export const RENDERER_COMMANDS: Readonly<Record<RendererCommandId, RendererCommand>> = {
  import: { when: writable, run: ({ model }) => openDialog(model, 'import'), why: readOnlySaid },
  export: { run: ({ model }) => openDialog(model, 'export') },
  undo: {
    when: (c) => canStep(c, 'canUndo'),
    run: (c) => step(c, 'undo'),
    idle: (c) => nothingTo(c, 'undo'),
    why: readOnlySaid,
  },
  redo: {
    when: (c) => canStep(c, 'canRedo'),
    run: (c) => step(c, 'redo'),
    idle: (c) => nothingTo(c, 'redo'),
    why: readOnlySaid,
  },
  find: {
    when: ({ view }) => view === 'annotate',
    run: ({ model }) => openField(SEARCH, () => model.view.showSearch()),
    why: annotatingOnly,
  },
  showPalette: { run: ({ model }) => openDialog(model, 'palette') },
  zoomIn: { when: ({ desktop }) => !desktop, run: () => zoomPage(1) },
  zoomOut: { when: ({ desktop }) => !desktop, run: () => zoomPage(-1) },
  resetZoom: { when: ({ desktop }) => !desktop, run: () => zoomPage(0) },
  toggleSidePanel: {
    run: ({ model }) =>
      said(model, 'Side panel', !togglePanel('side', model.view.focusReading), 'shown', 'hidden'),
  },
  toggleInspector: {
    run: ({ model }) =>
      said(model, 'Details', !togglePanel('inspector', model.view.focusReading), 'shown', 'hidden'),
  },
  toggleTheme: {
    run: ({ model }) => {
      model.theme.toggle();
      said(model, 'Theme', model.theme.snapshot === 'dark', 'dark', 'light');
    },
  },
  toggleArcs: {
    run: ({ model }) => {
      model.view.toggleArcs();
      said(model, 'Relation arcs', model.view.snapshot.arcs, 'shown', 'hidden');
    },
  },
  syncWithDisk: {
    run: ({ model }) => void model.syncWithDisk().catch(model.notifications.report),
  },
  showShortcuts: { run: ({ model }) => openDialog(model, 'shortcuts') },
  showAbout: { run: ({ model }) => openDialog(model, 'about') },
  syncProject: { when: writable, run: ({ model }) => void model.syncNow(), why: readOnlySaid },
  showSync: { run: ({ model }) => openDialog(model, 'sync') },
  showAgreement: {
    when: ({ view }) => view === 'annotate',
    run: ({ model }) => model.view.setAgreement(true),
    why: annotatingOnly,
  },
  showStanceMap: { run: ({ model }) => openDialog(model, 'map') },
  showStats: { run: ({ model }) => openDialog(model, 'stats') },
  editSchema: { run: ({ model }) => openDialog(model, 'schema') },
  changeAnnotator: { run: ({ model }) => openDialog(model, 'annotator') },
  toggleSnapToWords: {
    run: ({ model }) => {
      const snap = !model.project.snapshot.settings?.snapToWords;
      model.project.setSnapToWords(snap);
      said(model, 'Snap to words', snap, 'on', 'off');
    },
  },
  toggleInlineLabels: {
    run: ({ model }) => said(model, 'Labels in the text', toggleInlineLabels(), 'shown', 'hidden'),
  },
  nextRegion: { run: () => focusRegion(1) },
  previousRegion: { run: () => focusRegion(-1) },
  // On fresh selected text, Tab goes into the label menu beside it (as into any popup it opened);
  // a range a search jump selected shows no menu.
  nextSpan: {
    when: ({ model, reading }) =>
      reading && (labelMenuShown(model) || model.annotation.neighbour(1) !== null),
    run: ({ model }) => {
      if (!labelMenuShown(model) || !enterLabelMenu()) model.annotation.move(1);
    },
    why: () => 'Only with the keyboard in the text',
  },
  previousSpan: {
    when: ({ model, reading }) => reading && model.annotation.neighbour(-1) !== null,
    run: ({ model }) => model.annotation.move(-1),
    why: () => 'Only with the keyboard in the text',
  },
  // The model's ghost under the cursor is cleared too: Enter no longer accepts it.
  clearSelection: {
    run: ({ model }) => {
      model.modelSuggestions.select(null);
      model.annotation.clear();
    },
  },
  toggleDone: {
    when: hasDocument,
    run: ({ model }) => void model.moves.toggleDone(),
    why: () => 'No document is open',
  },
  doneAndNext: {
    when: hasDocument,
    why: () => 'No document is open',
    run: ({ model }) => {
      // Keys pressed before the next text takes the keyboard are for it, not for the text leaving.
      const keys = KeysWhileOpening.hold();
      model.moves.doneAndNext().then(
        (opened) => (opened ? keys.releaseOnNewText() : keys.release()),
        () => keys.release(),
      );
    },
  },
  deleteSpan: { run: ({ model }) => model.annotation.deleteSelected() },
  linkEntity: {
    run: ({ model }) => {
      const link = (): void => model.selection.setLinking(true);
      // Only a selected span shows the entity picker.
      if (model.selection.snapshot.selectedId) openField(ENTITY_PICKER, link);
      else link();
    },
  },
  newStance: {
    run: ({ model }) => {
      const { selectedId } = model.selection.snapshot;
      // Letters typed at once choose the holder, as typed in its list.
      if (selectedId) openField(STANCE_FORM, () => model.selection.startStance(selectedId));
    },
  },
  relateSpan: { run: ({ model }) => model.annotation.startRelating() },
  addFragment: { run: ({ model }) => model.annotation.startFragment() },
  chooseRelationType: {
    when: ({ model }) => model.annotation.hasRelationTarget(),
    why: () => 'Move to the other span first',
    run: ({ model }) => {
      const choose = (): void => model.selection.chooseRelationType();
      // With no relation types to choose from, the field for a new one takes the keyboard.
      const types = model.project.snapshot.project?.schema.relationTypes.length ?? 0;
      if (types === 0) openField(NEW_RELATION_TYPE, choose);
      else choose();
    },
  },
  labelOccurrences: { run: ({ model }) => model.annotation.propagate() },
  nextNameSuggestion: {
    when: ({ model }) => model.suggestions.snapshot.list.length > 0,
    run: ({ model }) => model.annotation.moveSuggestion(1),
    why: () => 'No known-name suggestions in this document',
  },
  previousNameSuggestion: {
    when: ({ model }) => model.suggestions.snapshot.list.length > 0,
    run: ({ model }) => model.annotation.moveSuggestion(-1),
    why: () => 'No known-name suggestions in this document',
  },
  acceptSuggestion: { run: ({ model }) => model.annotation.acceptSuggestion() },
  dismissSuggestion: { run: ({ model }) => model.annotation.dismissSuggestion() },
  closeAgreement: { run: ({ model }) => model.closeAgreement() },
  nextItem: { run: ({ model }) => model.review.move(1) },
  previousItem: { run: ({ model }) => model.review.move(-1) },
  nextDisagreement: { run: ({ model }) => model.review.moveToDisagreement(1) },
  previousDisagreement: { run: ({ model }) => model.review.moveToDisagreement(-1) },
  acceptA: decide('accept_a'),
  acceptB: decide('accept_b'),
  acceptBoth: decide('accept_both'),
  reject: decide('reject'),
  acceptAllAgreed: { run: ({ model }) => model.review.run(model.review.acceptAllAgreed()) },
  ...SUGGEST_RENDERER_COMMANDS,
  ...PANEL_RENDERER_COMMANDS,
  backToAgreement: {
    run: ({ model }) => {
      model.review.stop();
      model.agreement.load().catch(model.notifications.report);
    },
  },
};

/** Says what a toggle left (a screen reader hears nothing of a stylesheet's change). */
function said(model: Model, what: string, on: boolean, yes: string, no: string): void {
  heardNews(model).announce(`${what}: ${on ? yes : no}`);
}
