import { useEffect, useRef, useState } from 'react';
import { useModel, useStore } from '../../../model';
import { EntityRow } from './EntityRow';

/** Every entity with its mentions across the project: jump, rename, merge, split a mention off. */
export function EntitiesPanel() {
  const model = useModel();
  const { entities, mentions } = useStore(model.entities);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [headToFocus, setHeadToFocus] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!headToFocus) return;
    const row = panel.current?.querySelector(`[data-entity-id="${CSS.escape(headToFocus)}"]`);
    const head = row?.querySelector<HTMLElement>('.lp-entity__head');
    if (!head) return;
    head.focus();
    setHeadToFocus(null);
  }, [headToFocus, entities]);
  return (
    <nav ref={panel} className="lp-entities" aria-label="Entities">
      <h2 className="lp-panel-title">
        Entities <span className="lp-muted">{entities.length}</span>
      </h2>
      {entities.length === 0 && (
        <p className="lp-muted lp-pad">Link a span to an entity from the inspector (key E).</p>
      )}
      <ul>
        {entities.map((entity) => (
          <EntityRow
            key={entity.id}
            entity={entity}
            mentions={mentions?.entityId === entity.id ? mentions.list : null}
            renaming={renaming === entity.id}
            onRenaming={(on) => setRenaming(on ? entity.id : null)}
            onFocusHead={setHeadToFocus}
          />
        ))}
      </ul>
    </nav>
  );
}
