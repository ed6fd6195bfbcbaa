import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../../../shared/contract';
import { useModel, useStore } from '../../../model';

/** Search this document or the whole project; results in keyword-in-context form. */
export function SearchPanel() {
  const model = useModel();
  const { hits } = useStore(model.search);
  const { searchFocus } = useStore(model.view);
  const documentId = useStore(model.document).document?.id ?? null;
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<'document' | 'project'>('project');
  const [ignoreCase, setIgnoreCase] = useState(true);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (searchFocus > 0) field.current?.focus();
  }, [searchFocus]);
  const open = (hit: SearchHit): void =>
    void model.annotation.jump(hit.documentId, { range: { start: hit.start, end: hit.end } });
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
          onChange={(event) => setQuery(event.target.value)}
          // Esc goes on to the window: it leaves the field for the reading view.
          onKeyDown={(event) => event.key !== 'Escape' && event.stopPropagation()}
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
      {hits && (
        <p className="lp-muted lp-pad">
          {hits.length} result{hits.length === 1 ? '' : 's'}
        </p>
      )}
      <ul className="lp-kwic">
        {hits?.map((hit) => (
          <li key={`${hit.documentId}:${hit.start}`}>
            <button type="button" className="lp-kwic__hit" onClick={() => open(hit)} dir="auto">
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
