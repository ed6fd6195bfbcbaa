import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SearchHit } from '../../../../../shared/contract';
import { useModel, useStore, useStoreValue, documentIdOf } from '../../../model';
import { countOf } from '../../../ui/countOf';
import { selectOnFocus } from '../../../ui/selectOnFocus';
import { isWindowKey } from '../../../ui/isWindowKey';

/** Up and Down move between results; Up from the first goes back to the field. */
function moveAmongHits(
  event: KeyboardEvent<HTMLUListElement>,
  field: RefObject<HTMLInputElement | null>,
): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  event.stopPropagation();
  const hits = [...event.currentTarget.querySelectorAll<HTMLElement>('button')];
  const at = hits.indexOf(document.activeElement as HTMLElement);
  const next = hits[at + (event.key === 'ArrowDown' ? 1 : -1)];
  (next ?? (event.key === 'ArrowUp' ? field.current : null))?.focus();
}

/** Search this document or the whole project; results in keyword-in-context form. */
export function SearchPanel() {
  const model = useModel();
  const { hits } = useStore(model.search);
  const { searchFocus } = useStore(model.view);
  const documentId = useStoreValue(model.document, documentIdOf);
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<'document' | 'project'>('project');
  const [ignoreCase, setIgnoreCase] = useState(true);
  const field = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (searchFocus > 0) field.current?.focus();
  }, [searchFocus]);
  const open = (hit: SearchHit): void =>
    void model.moves.jump(hit.documentId, { range: { start: hit.start, end: hit.end } });
  const search = (): void => {
    if (!query.trim()) return;
    const request = {
      query: query.trim(),
      scope,
      ignoreCase,
      wholeWord: false,
      ...(scope === 'document' && documentId ? { documentId } : {}),
    };
    model.search.search(request);
  };
  return (
    <section className="lp-search" aria-label="Search">
      <h2 className="lp-panel-title">Search</h2>
      <form
        className="lp-pad"
        onSubmit={(event) => {
          event.preventDefault();
          search();
        }}
      >
        <input
          ref={field}
          className="lp-input"
          aria-label="Search text"
          placeholder="Find text…"
          value={query}
          onFocus={selectOnFocus}
          onChange={(event) => setQuery(event.target.value)}
          // Esc goes on to the window: it leaves the field for the reading view.
          onKeyDown={(event) => {
            if (event.key !== 'Escape' && !isWindowKey(event)) event.stopPropagation();
            if (event.key !== 'ArrowDown') return;
            event.preventDefault();
            list.current?.querySelector<HTMLElement>('button')?.focus();
          }}
        />
        <div className="lp-row lp-small">
          <label>
            <input
              type="radio"
              name="scope"
              checked={scope === 'project'}
              onChange={() => setScope('project')}
            />{' '}
            Project
          </label>
          <label>
            <input
              type="radio"
              name="scope"
              checked={scope === 'document'}
              disabled={!documentId}
              onChange={() => setScope('document')}
            />{' '}
            This document
          </label>
          <label>
            <input
              type="checkbox"
              checked={ignoreCase}
              onChange={(event) => setIgnoreCase(event.target.checked)}
            />{' '}
            Ignore case
          </label>
        </div>
      </form>
      {/* Kept in the page, so a screen reader hears each count as it comes. */}
      <div role="status">
        {hits && <p className="lp-muted lp-pad">{countOf(hits.length, 'result')}</p>}
      </div>
      <ul className="lp-kwic" ref={list} onKeyDown={(event) => moveAmongHits(event, field)}>
        {hits?.map((hit) => (
          <li key={`${hit.documentId}:${hit.start}`}>
            <button
              type="button"
              className="lp-kwic__hit"
              onClick={() => open(hit)}
              dir="auto"
              // A result in another document keeps its single keys: D there is not for the open one.
              data-own-keys={hit.documentId === documentId ? undefined : ''}
            >
              <span className="lp-kwic__doc">{hit.documentName}</span>
              <span className="lp-kwic__line">
                …{hit.before}
                <mark>{hit.match}</mark>
                {hit.after}…
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
