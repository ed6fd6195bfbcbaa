import { DocumentList } from '../features/documents';
import { EntitiesPanel } from '../features/entities';
import { SearchPanel } from '../features/search';
import { useModel, useStore, type SideTab } from '../model';

const TABS: readonly SideTab[] = ['documents', 'entities', 'search'];

/** The side panel: documents, entities or search, by tab. */
export function SidePanel() {
  const { view } = useModel();
  const { sideTab } = useStore(view);
  return (
    <nav className="lp-side" aria-label="Documents, entities and search" data-region="side">
      <div className="lp-tabs" role="tablist" aria-label="Side panel">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={sideTab === name}
            className={`lp-tab${sideTab === name ? ' is-on' : ''}`}
            onClick={() => view.showTab(name)}
          >
            {name[0]?.toUpperCase() + name.slice(1)}
          </button>
        ))}
      </div>
      {sideTab === 'documents' && <DocumentList />}
      {sideTab === 'entities' && <EntitiesPanel />}
      {sideTab === 'search' && <SearchPanel />}
    </nav>
  );
}
