import { useEffect, useState } from 'react';
import type { Mention } from '../../../../../shared/contract';
import type { Entity } from '../../../../../shared/model';
import { workbench } from '../../../bridge';
import type { EditResult } from '../../../../../shared/contract';
import { EntityPicker } from './EntityPicker';

export interface EntitiesPanelProps {
  readonly entities: readonly Entity[];
  onJump(documentId: string, spanId: string): void;
  onResult(result: EditResult): void;
  onError(error: unknown): void;
}

/** Every entity with its mentions across the project: jump, rename, merge, split a mention off. */
export function EntitiesPanel({ entities, onJump, onResult, onError }: EntitiesPanelProps) {
  const [open, setOpen] = useState<string | null>(null);
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [merging, setMerging] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const api = workbench();
  useEffect(() => {
    if (!open) return;
    api.entityMentions({ entityId: open }).then(setMentions, onError);
  }, [open, entities, api, onError]);
  const run = (call: Promise<EditResult>): void => void call.then(onResult, onError);
  return (
    <nav className="lp-entities" aria-label="Entities">
      <h2 className="lp-panel-title">
        Entities <span className="lp-muted">{entities.length}</span>
      </h2>
      {entities.length === 0 && (
        <p className="lp-muted lp-pad">Link a span to an entity from the inspector (key E).</p>
      )}
      <ul>
        {entities.map((entity) => (
          <li key={entity.id} className="lp-entity" data-entity-id={entity.id}>
            {renaming?.id === entity.id ? (
              <input
                autoFocus
                className="lp-input"
                aria-label="Entity name"
                value={renaming.name}
                onChange={(event) => setRenaming({ id: entity.id, name: event.target.value })}
                onKeyDown={(event) => {
                  event.stopPropagation();
                  if (event.key === 'Enter' && renaming.name.trim()) {
                    run(api.updateEntity({ entityId: entity.id, name: renaming.name.trim() }));
                    setRenaming(null);
                  }
                  if (event.key === 'Escape') setRenaming(null);
                }}
              />
            ) : (
              <button
                type="button"
                className="lp-entity__head"
                aria-expanded={open === entity.id}
                onClick={() => setOpen(open === entity.id ? null : entity.id)}
              >
                <span className="lp-entity__name">{entity.name}</span>
                <span className="lp-muted">
                  {entity.type}
                  {entity.kbId ? ` · ${entity.kbId}` : ''}
                </span>
              </button>
            )}
            {open === entity.id && (
              <div className="lp-entity__body">
                {entity.aliases.length > 0 && (
                  <p className="lp-muted">Also: {entity.aliases.join(', ')}</p>
                )}
                <div className="lp-row">
                  <button
                    type="button"
                    className="lp-button"
                    onClick={() => setRenaming({ id: entity.id, name: entity.name })}
                  >
                    Rename
                  </button>
                  <button type="button" className="lp-button" onClick={() => setMerging(entity.id)}>
                    Merge into…
                  </button>
                </div>
                {merging === entity.id && (
                  <EntityPicker
                    initialQuery=""
                    allowCreate={false}
                    onPick={(into) => {
                      setMerging(null);
                      if (into !== entity.id) run(api.mergeEntities({ from: entity.id, into }));
                    }}
                    onCancel={() => setMerging(null)}
                  />
                )}
                <ul className="lp-mentions">
                  {mentions.map((m) => (
                    <li key={m.spanId}>
                      <button
                        type="button"
                        className="lp-link"
                        onClick={() => onJump(m.documentId, m.spanId)}
                        title={m.documentName}
                      >
                        “{m.text}” <span className="lp-muted">{m.documentName}</span>
                      </button>
                      <button
                        type="button"
                        className="lp-button lp-button--small"
                        title="Split this mention off into a new entity"
                        onClick={() =>
                          run(
                            api.createEntity({
                              name: m.text,
                              type: entity.type,
                              link: { documentId: m.documentId, spanId: m.spanId },
                            }),
                          )
                        }
                      >
                        Split
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
