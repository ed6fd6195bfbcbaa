import { useState } from 'react';
import type { Entity } from '../../../../../shared/model';
import { useModel, useStore } from '../../../model';
import { selectOnFocus } from '../../../ui/selectOnFocus';
import { focusOnMount } from '../../../ui/focusOnMount';
import { isWindowKey } from '../../../ui/isWindowKey';
import { whenLeftByF6 } from '../../../ui/whenLeftByF6';

/** Whether the form's values are the entity's own (nothing to save). */
function sameDetails(
  entity: Entity,
  typed: { name: string; type: string; aliases: string[]; kbId: string; note: string },
): boolean {
  return (
    typed.name === entity.name &&
    typed.type === entity.type &&
    typed.aliases.join('\n') === entity.aliases.join('\n') &&
    typed.kbId === (entity.kbId ?? '') &&
    typed.note === (entity.note ?? '')
  );
}

/** An entity's details as a form: name, type, aliases (one per line), knowledge base id, note. */
export function EntityDetails({ entity, onDone }: { readonly entity: Entity; onDone(): void }) {
  const model = useModel();
  const { project } = useStore(model.project);
  const [name, setName] = useState(entity.name);
  const [type, setType] = useState(entity.type);
  const [aliases, setAliases] = useState(entity.aliases.join('\n'));
  const [kbId, setKbId] = useState(entity.kbId ?? '');
  const [note, setNote] = useState(entity.note ?? '');
  const types = [...new Set([...(project?.schema.entityTypes ?? []), entity.type])];
  const details = () => {
    const list = aliases
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean);
    return { name: name.trim(), type, aliases: [...new Set(list)], kbId: kbId.trim(), note };
  };
  // Left by F6: what was typed is saved when it can be, and what became of it is said.
  const left = (): void => {
    const typed = details();
    const said = (text: string): void => model.announcements.announce(text);
    onDone();
    if (!typed.name) return said(`Details of ${entity.name} not saved: the name was empty`);
    if (sameDetails(entity, typed))
      return said(`Closed the details of ${entity.name}: nothing changed`);
    void model.entities.updateDetails(entity.id, typed).then((result) => {
      if (result) said(`Saved the details of ${typed.name}`);
    });
  };
  return (
    <form
      className="lp-entity__details"
      aria-label={`Details of ${entity.name}`}
      onKeyDown={(event) => {
        // Keys typed here are the form's; Esc cancels it, as its Cancel button does, and the
        // keyboard goes back to "Edit details…" (not on to the window, which left the text).
        // F6 and the window's Ctrl chords go on, as from every field; F6 away saves it.
        whenLeftByF6(event, left);
        if (isWindowKey(event)) return;
        event.stopPropagation();
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onDone();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        void model.entities.updateDetails(entity.id, details());
        onDone();
      }}
    >
      <label className="lp-field">
        <span>Name</span>
        <input
          ref={focusOnMount}
          className="lp-input"
          required
          value={name}
          onFocus={selectOnFocus}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="lp-field">
        <span>Type</span>
        <select className="lp-input" value={type} onChange={(e) => setType(e.target.value)}>
          {types.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label className="lp-field">
        <span>Aliases (one per line)</span>
        <textarea
          className="lp-input lp-note"
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
        />
      </label>
      <label className="lp-field">
        <span>Knowledge base id (e.g. a Wikidata Q-id)</span>
        <input className="lp-input" value={kbId} onChange={(e) => setKbId(e.target.value)} />
      </label>
      <label className="lp-field">
        <span>Note</span>
        <textarea
          className="lp-input lp-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <div className="lp-row">
        <button type="submit" className="lp-button lp-button--primary">
          Save details
        </button>
        <button type="button" className="lp-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
