import { useState } from 'react';
import { useModel, useStore } from '../../../model';
import { EntityRow } from './EntityRow';

/** Every entity with its mentions across the project: jump, rename, merge, split a mention off. */
export function EntitiesPanel() {
  const model = useModel();
  const { entities, mentions } = useStore(model.entities);
  const [renaming, setRenaming] = useState<string | null>(null);
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
          <EntityRow
            key={entity.id}
            entity={entity}
            mentions={mentions?.entityId === entity.id ? mentions.list : null}
            renaming={renaming === entity.id}
            onRenaming={(on) => setRenaming(on ? entity.id : null)}
          />
        ))}
      </ul>
    </nav>
  );
}
