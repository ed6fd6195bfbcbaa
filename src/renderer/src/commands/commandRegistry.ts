import {
  chordOf,
  COMMANDS,
  contextPath,
  type CommandContext,
  hasCommandModifier,
  isAltGraphCharacter,
  keysOf,
  LABEL_KEY_CONTEXT,
  labelTakenKeys,
  type CommandSpec,
  type KeyChord,
  type KeyPress,
  type RendererCommandId,
  type TakenKey,
} from '../../../shared/commands';
import { heardNews, type Model } from '../model';
import { RENDERER_COMMANDS, type RendererCommand } from './rendererCommands';
import {
  contextActive,
  windowView,
  type KeyFocus,
  type WhenContext,
  type WindowView,
} from './whenContext';

/** A command and its keys now (lists that show keys only, not whether it can run). */
export interface CommandKeyEntry {
  readonly spec: CommandSpec;
  readonly keys: readonly KeyChord[];
  /** Keys of `keys` a label's key takes from it (label keys come first where both apply). */
  readonly taken: readonly TakenKey[];
  /** The renderer runs it (else it is the desktop app's alone). */
  readonly runnable: boolean;
}

/**
 * What a key press means: a label key on the selection, a command, or words to say (its
 * command cannot run now, and says why).
 */
export type KeyMeaning =
  { readonly label: KeyChord } | { readonly command: string } | { readonly said: string };

/** A command as lists show it: its declaration, its keys now, and whether it can run now. */
export interface CommandEntry extends CommandKeyEntry {
  readonly enabled: boolean;
  /**
   * Why it cannot run now, for lists that show it greyed (the palette): "Nothing to undo",
   * "Select a span first"; null when it can run, or when such lists leave it out (a command of
   * another view, or one with nothing to say).
   */
  readonly unavailable: string | null;
}

function isRendererCommand(id: string): id is RendererCommandId {
  return Object.hasOwn(RENDERER_COMMANDS, id);
}

/** Why a command of the annotation view cannot run while the situation its keys need is not there. */
const CONTEXT_SAID: Partial<Record<CommandContext, string>> = {
  'annotate.span': 'Select a span first',
  'annotate.relate': 'Only while relating one span to another',
  'annotate.suggestion': 'Select a known-name suggestion first',
  'annotate.modelSuggestion': 'Select a model suggestion first',
};

/** Whether a command of `context` belongs to the view the window shows (a review command does not while annotating). */
function inView(context: CommandContext, view: WindowView): boolean {
  const path = contextPath(context);
  const outermost = path.at(-2); // the one under global: the view's own
  return outermost === undefined || outermost === view;
}

/** The window's commands: the shared declarations with the renderer's `when` and `run`, and the user's keys. */
export class CommandRegistry {
  constructor(
    private readonly model: Model,
    private readonly desktop: boolean,
  ) {}

  /** What `when` sees now, with the keyboard at `focus`. */
  context(focus: KeyFocus = 'page'): WhenContext {
    return {
      model: this.model,
      view: windowView(this.model),
      typing: focus === 'text',
      reading: focus === 'reading',
      desktop: this.desktop,
    };
  }

  private enabled(spec: CommandSpec, context: WhenContext): boolean {
    const id = spec.id;
    if (!isRendererCommand(id) || !contextActive(spec.context, context)) return false;
    return RENDERER_COMMANDS[id].when?.(context) ?? true;
  }

  /** Every command with its keys, in declaration order. */
  entries(context = this.context()): CommandEntry[] {
    return this.keyEntries().map((entry) => this.withState(entry, context));
  }

  private withState(entry: CommandKeyEntry, context: WhenContext): CommandEntry {
    const enabled = this.enabled(entry.spec, context);
    return {
      ...entry,
      enabled,
      unavailable: enabled ? null : this.unavailable(entry.spec, context),
    };
  }

  /** Why a command that cannot run now cannot, where the window is (see `CommandEntry.unavailable`). */
  private unavailable(spec: CommandSpec, context: WhenContext): string | null {
    const id = spec.id;
    if (!isRendererCommand(id) || !inView(spec.context, context.view)) return null;
    if (!contextActive(spec.context, context)) return CONTEXT_SAID[spec.context] ?? null;
    const command: RendererCommand = RENDERER_COMMANDS[id];
    return command.idle?.(context) ?? command.why?.(context) ?? null;
  }

  /** Every command with its keys, without asking whether it can run (cheap: no `when` runs). */
  keyEntries(): CommandKeyEntry[] {
    return COMMANDS.map((spec) => this.keyEntry(spec));
  }

  private keyEntry(spec: CommandSpec): CommandKeyEntry {
    const keys = keysOf(spec, this.model.keybindings.snapshot);
    const styles = this.model.project.snapshot.project?.styles ?? {};
    const taken = labelTakenKeys(spec, keys, styles);
    return { spec, keys, taken, runnable: isRendererCommand(spec.id) };
  }

  /** One command with its keys and whether it can run now; null for an unknown id. */
  entry(id: string, context = this.context()): CommandEntry | null {
    const spec = COMMANDS.find((c) => c.id === id);
    return spec ? this.withState(this.keyEntry(spec), context) : null;
  }

  /** Runs a command when it can run now; false when it cannot. */
  run(id: string, context = this.context()): boolean {
    const spec = COMMANDS.find((c) => c.id === id);
    if (!spec || !isRendererCommand(id) || !this.enabled(spec, context)) return false;
    RENDERER_COMMANDS[id].run(context);
    return true;
  }

  /**
   * What a key press means now: a label key (in the annotation view, on a selection) or the
   * one command bound to it whose context is active; null when it does nothing. Single keys
   * never act in a field (typed into or chosen from), except Escape, which leaves the field for
   * the reading view; nor does AltGr there, which types a character though Windows reports it as
   * Ctrl+Alt.
   */
  meaningOf(press: KeyPress, where: KeyFocus = 'page'): KeyMeaning | null {
    const field = where === 'text' || where === 'choice';
    if (field && isAltGraphCharacter(press)) return null;
    const chord = chordOf(press);
    if (!chord || (field && !hasCommandModifier(chord) && chord !== 'Escape')) return null;
    const context = this.context(where);
    // On a control that keeps its keys, a key it may take as its own (a letter, Enter, Delete) is
    // not a command on the open text or list: D on the File menu marked the open document done,
    // Enter on Reject in an adjudication accepted the candidate.
    const ownKey = where === 'control' && controlsKey(chord);
    const annotation = this.model.annotation;
    if (!ownKey && contextActive(LABEL_KEY_CONTEXT, context) && annotation.labelOfKey(chord)) {
      const { pending } = this.model.selection.snapshot;
      if (pending || annotation.hasSpan()) return { label: chord };
    }
    const overrides = this.model.keybindings.snapshot;
    const bound = COMMANDS.filter(
      (c) => !(ownKey && c.context !== 'global') && keysOf(c, overrides).includes(chord),
    );
    const spec = bound.find((c) => this.enabled(c, context));
    if (spec) return { command: spec.id };
    const said = bound.map((c) => this.idle(c, context)).find((words) => words !== null);
    if (said) return { said };
    return this.spanFirst(bound, chord, context);
  }

  /**
   * A span's letter key (S, E, R…) on selected text that is no span yet: said what to do
   * first, where it did nothing and said nothing.
   */
  private spanFirst(
    bound: readonly CommandSpec[],
    chord: string,
    context: WhenContext,
  ): KeyMeaning | null {
    const spec = bound.find((c) => c.context === 'annotate.span');
    if (!spec || [...chord].length !== 1 || !this.model.selection.snapshot.pending) return null;
    if (!inView(spec.context, context.view)) return null;
    const name = spec.title.replace(/…$/u, '');
    return {
      said: `${name} needs a span: label the selected text first (its label's key), then ${chord.toUpperCase()}`,
    };
  }

  /** What a command's key says when it cannot run now (its `idle`); null for silence. */
  private idle(spec: CommandSpec, context: WhenContext): string | null {
    const id = spec.id;
    if (!isRendererCommand(id) || !contextActive(spec.context, context)) return null;
    return RENDERER_COMMANDS[id].idle?.(context) ?? null;
  }

  /** What a key press does now (see `meaningOf`), ready to run; null when it does nothing. */
  resolve(press: KeyPress, where: KeyFocus = 'page'): (() => void) | null {
    const meaning = this.meaningOf(press, where);
    if (!meaning) return null;
    if ('label' in meaning) return () => void this.model.annotation.labelKey(meaning.label);
    if ('said' in meaning) return () => heardNews(this.model).announce(meaning.said);
    return () => void this.run(meaning.command, this.context(where));
  }
}

/** A key without Ctrl, Alt or Cmd that a focused control may act on: a character, Enter, Space, Delete, Backspace. */
function controlsKey(chord: KeyChord): boolean {
  if (hasCommandModifier(chord)) return false;
  const key = chord.replace(/^Shift\+/, '');
  return [...key].length === 1 || ['Enter', 'Space', 'Delete', 'Backspace'].includes(key);
}
