import { useState } from 'react';
import type { Mention } from '../../../../../shared/contract';
import type { Entity } from '../../../../../shared/model';
import { useModel } from '../../../model';
import { useFocusBack } from '../../../ui/useFocusBack';
import { EntityDetails } from './EntityDetails';
import { EntityPicker } from './EntityPicker';
import { RenameField } from './RenameField';

export interface EntityRowProps {
  readonly entity: Entity;
  /** Its mentions when open; null when closed. */
  readonly mentions: readonly Mention[] | null;
  readonly renaming: boolean;
  onRenaming(on: boolean): void;
  /** Gives the keyboard to an entity's head once the panel shows it (after a merge or a split). */
  onFocusHead(entityId: string): void;
}

/** One entity: its head (or a rename field) and, open, its aliases, actions and mentions. */
export function EntityRow(props: EntityRowProps) {
  const { entity, mentions, renaming, onRenaming, onFocusHead } = props;
  const model = useModel();
  const [merging, setMerging] = useState(false);
  const [editing, setEditing] = useState(false);
  const headButton = useFocusBack(renaming);
  const detailsButton = useFocusBack(editing);
  const mergeButton = useFocusBack(merging);
  // The button pressed goes with its mention or its entity: the keyboard goes to an entity's
  // head, and what changed is said.
  const split = (m: Mention): void =>
    void model.entities
      .create(m.text, entity.type, { documentId: m.documentId, spanId: m.spanId })
      .then((result) => {
        if (!result) return;
        model.announcements.announce(`Split “${m.text}” off ${entity.name} into a new entity`);
        onFocusHead(entity.id);
      });
  const merge = (into: string): void => {
    const intoName = model.entities.snapshot.entities.find((e) => e.id === into)?.name ?? into;
    void model.entities.merge(entity.id, into).then((result) => {
      if (!result) return;
      model.announcements.announce(`Merged ${entity.name} into ${intoName}`);
      onFocusHead(into);
    });
  };
  const rename = (name: string): void =>
    void model.entities.rename(entity.id, name).then((result) => {
      if (result) model.announcements.announce(`Renamed ${entity.name} to ${name}`);
    });
  return (
    <li className="lp-entity" data-entity-id={entity.id}>
      {renaming ? (
        <RenameField
          initial={entity.name}
          onDone={(name) => {
            onRenaming(false);
            if (name && name !== entity.name) rename(name);
          }}
          onLeft={(name) => {
            // Left by F6, as a name typed in place is left elsewhere: kept when it can be.
            onRenaming(false);
            if (name && name !== entity.name) rename(name);
            else
              model.announcements.announce(
                name
                  ? `Closed the rename of ${entity.name}: the name is unchanged`
                  : `Rename of ${entity.name} not saved: the name was empty`,
              );
          }}
        />
      ) : (
        <button
          ref={headButton}
          type="button"
          className="lp-entity__head"
          aria-expanded={mentions !== null}
          onClick={() => model.entities.toggleMentions(entity.id)}
        >
          <span className="lp-entity__name">{entity.name}</span>
          <span className="lp-muted">
            {entity.type}
            {entity.kbId ? ` · ${entity.kbId}` : ''}
          </span>
        </button>
      )}
      {mentions && (
        <div className="lp-entity__body">
          {entity.aliases.length > 0 && (
            <p className="lp-muted">Also: {entity.aliases.join(', ')}</p>
          )}
          <div className="lp-row">
            <button type="button" className="lp-button" onClick={() => onRenaming(true)}>
              Rename
            </button>
            <button
              ref={detailsButton}
              type="button"
              className="lp-button"
              onClick={() => setEditing(true)}
            >
              Edit details…
            </button>
            <button
              ref={mergeButton}
              type="button"
              className="lp-button"
              onClick={() => setMerging(true)}
            >
              Merge into…
            </button>
          </div>
          {editing && <EntityDetails entity={entity} onDone={() => setEditing(false)} />}
          {merging && (
            <EntityPicker
              initialQuery=""
              allowCreate={false}
              exclude={entity.id}
              // Entities of its own type first: a PERSON is merged into a PERSON.
              label={entity.type}
              onPick={(into) => {
                setMerging(false);
                merge(into);
              }}
              onCancel={() => setMerging(false)}
            />
          )}
          <ul className="lp-mentions">
            {mentions.map((m) => (
              <li key={m.spanId}>
                <button
                  type="button"
                  className="lp-link"
                  onClick={() => void model.moves.jump(m.documentId, { spanId: m.spanId })}
                  title={m.documentName}
                >
                  “{m.text}” <span className="lp-muted">{m.documentName}</span>
                </button>
                <button
                  type="button"
                  className="lp-button lp-button--small"
                  title="Split this mention off into a new entity"
                  aria-label={`Split “${m.text}” (${m.documentName}) off into a new entity`}
                  onClick={() => split(m)}
                >
                  Split
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
