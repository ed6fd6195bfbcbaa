import type { KeyboardEvent } from 'react';
import { DocumentList } from '../features/documents';
import { EntitiesPanel } from '../features/entities';
import { SearchPanel } from '../features/search';
import { useModel, useStore, type SideTab } from '../model';

const TABS: readonly SideTab[] = ['documents', 'entities', 'search'];

/** The tab an arrow, Home or End reaches from tab `at` (round the ends); null for another key. */
function tabAfter(key: string, at: number): number | null {
  if (key === 'ArrowRight') return (at + 1) % TABS.length;
  if (key === 'ArrowLeft') return (at - 1 + TABS.length) % TABS.length;
  if (key === 'Home') return 0;
  if (key === 'End') return TABS.length - 1;
  return null;
}

/** The side panel: documents, entities or search, by tab. */
export function SidePanel() {
  const { view } = useModel();
  const { sideTab } = useStore(view);
  // As tabs are used (WAI-ARIA): one Tab stop, the shown tab; the arrows show and focus the others.
  const move = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = tabAfter(event.key, TABS.indexOf(sideTab));
    const tab = next === null ? undefined : TABS[next];
    if (next === null || !tab) return;
    event.preventDefault();
    view.showTab(tab);
    event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <nav className="lp-side" aria-label="Documents, entities and search" data-region="side">
      <div className="lp-tabs" role="tablist" aria-label="Side panel" onKeyDown={move}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={sideTab === name}
            tabIndex={sideTab === name ? 0 : -1}
            data-region-focus={sideTab === name || undefined}
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
