import type { CommandContext } from '../../../shared/commands';
import type { Model } from '../model';

/** Which full view the window shows. */
export type WindowView = 'annotate' | 'agreement' | 'review' | 'panel';

/**
 * Where the keyboard is: a text field, a field chosen from (a select, a check box: its single
 * keys are its own, but it has no undo of its own), the reading view, a control whose single
 * keys are its own (the header's, another document's entry, a full view's button pressed by
 * Enter or Space), or anywhere else (the side panel, the open document's toolbar and details,
 * or no control).
 */
export type KeyFocus = 'text' | 'choice' | 'reading' | 'control' | 'page';

/** What a command's `when` and `run` see: the model and where the keyboard is. */
export interface WhenContext {
  readonly model: Model;
  readonly view: WindowView;
  /** A field typed into (an input, a text area, editable content) has focus: Ctrl+Z is its own. */
  readonly typing: boolean;
  /** The reading view has the keyboard (Tab moves between spans there, not through the page). */
  readonly reading: boolean;
  /** Inside the desktop app (native menus, native zoom). */
  readonly desktop: boolean;
}

/** The view the window shows now. */
export function windowView(model: Model): WindowView {
  if (model.review.snapshot.documentId) return 'review';
  if (model.panel.snapshot.documentId) return 'panel';
  return model.view.snapshot.agreement ? 'agreement' : 'annotate';
}

/** True when keys bound in `context` apply now. */
export function contextActive(context: CommandContext, when: WhenContext): boolean {
  const { selection } = when.model;
  switch (context) {
    case 'global':
      return true;
    case 'annotate':
      return when.view === 'annotate';
    case 'annotate.span':
      return when.view === 'annotate' && when.model.annotation.hasSpan();
    case 'annotate.relate':
      return when.view === 'annotate' && selection.snapshot.relateFrom !== null;
    case 'annotate.suggestion':
      return when.view === 'annotate' && selection.snapshot.suggestion !== null;
    case 'annotate.modelSuggestion':
      return when.view === 'annotate' && when.model.modelSuggestions.snapshot.selected !== null;
    case 'review':
      return when.view === 'review';
    case 'panel':
      return when.view === 'panel';
    case 'agreement':
      return when.view === 'agreement';
  }
}
