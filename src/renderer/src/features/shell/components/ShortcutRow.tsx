import { useRef, useState, type KeyboardEvent } from 'react';
import { chordOf, formatChord, isCommandId, type TakenKey } from '../../../../../shared/commands';
import type { CommandKeyEntry } from '../../../commands';
import { useModel, useStore, userMessage } from '../../../model';
import { focusOnMount } from '../../../ui/focusOnMount';

export interface ShortcutRowProps {
  readonly entry: CommandKeyEntry;
  /** This row waits for the new key. */
  readonly recording: boolean;
  onRecording(on: boolean): void;
  /** Tells screen readers what a change or a reset did (the row's keys, said). */
  onSaid(text: string): void;
}

/** What a label that takes a command's key does to it, said in the command's row. */
function takenSaid({ chord, label, always }: TakenKey): string {
  const key = formatChord(chord);
  return always
    ? `${key} is taken by the label ${label}, whose key comes first: give one of them another key (the label's in the label schema).`
    : `On selected text or a span, ${key} is taken by the label ${label}, whose key comes first there.`;
}

/** One command in the shortcuts list: its keys, what it does, and changing or resetting its key. */
export function ShortcutRow({ entry, recording, onRecording, onSaid }: ShortcutRowProps) {
  const { keybindings } = useModel();
  const overrides = useStore(keybindings);
  const [problem, setProblem] = useState<string | null>(null);
  const change = useRef<HTMLButtonElement>(null);
  const { id, title, description } = entry.spec;
  if (!isCommandId(id)) return null;
  const record = (event: KeyboardEvent): void => {
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape') return onRecording(false);
    const chord = chordOf(event.nativeEvent);
    if (!chord) return;
    const refused = keybindings.problem(id, chord);
    if (refused) return setProblem(refused);
    // The key is taken now, not when the settings file is written: a key pressed
    // while that write is under way (Escape to close the dialog) is not this row's.
    setProblem(null);
    onRecording(false);
    keybindings.rebind(id, chord).then(
      () => onSaid(`${title}: ${formatChord(chord)}`),
      (error: unknown) => setProblem(userMessage(error)),
    );
  };
  const reset = (): void => {
    // Reset goes with the reset: the keyboard goes to Change beside it, not to the dialog's top.
    change.current?.focus();
    const keys = entry.spec.keys.map((chord) => formatChord(chord)).join(', ');
    keybindings.reset(id).then(
      () => onSaid(`${title}: reset to ${keys || 'no key'}`),
      (error: unknown) => setProblem(userMessage(error)),
    );
  };
  return (
    <div className="lp-shortcuts__row" data-command={id}>
      <dt>
        {entry.keys.length === 0 && <span className="lp-muted">—</span>}
        {entry.keys.map((chord) => (
          <kbd
            key={chord}
            className={entry.taken.some((t) => t.chord === chord) ? 'lp-kbd--taken' : undefined}
          >
            {formatChord(chord)}
          </kbd>
        ))}
      </dt>
      <dd>
        <span className="lp-shortcuts__what">
          {title}
          {description && description.toLowerCase() !== title.toLowerCase() && (
            <span className="lp-shortcuts__description">{description}</span>
          )}
        </span>
        {recording ? (
          <button
            type="button"
            ref={focusOnMount}
            className="lp-button lp-button--small lp-shortcuts__record"
            aria-label={`Press the new key for ${title}`}
            onKeyDown={record}
            onBlur={() => onRecording(false)}
          >
            Press a key…
          </button>
        ) : (
          <button
            type="button"
            ref={change}
            className="lp-button lp-button--small lp-shortcuts__action"
            aria-label={`Change the key of ${title}`}
            onClick={() => {
              setProblem(null);
              onRecording(true);
            }}
          >
            Change
          </button>
        )}
        {overrides.has(id) && !recording && (
          <button
            type="button"
            className="lp-button lp-button--small lp-shortcuts__action"
            aria-label={`Reset the key of ${title}`}
            onClick={reset}
          >
            Reset
          </button>
        )}
        {entry.taken.map((taken) => (
          <span key={taken.label} className="lp-shortcuts__taken">
            {takenSaid(taken)}
          </span>
        ))}
        {problem && (
          <span className="lp-error lp-shortcuts__problem" role="alert">
            {problem}
          </span>
        )}
      </dd>
    </div>
  );
}
