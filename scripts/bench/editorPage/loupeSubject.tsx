import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { LabelStyles, Span } from '../../../src/shared/model';
import { defaultLabelStyles } from '../../../src/shared/model';
import { ReadingView } from '../../../src/renderer/src/editor';
import type { Fragment } from '../../../src/shared/spans';
import type { BenchDocument } from './benchDocument';
import { countOnScreen, type EditorSubject } from './editorSubject';

const NO_GHOSTS: readonly (Fragment & { readonly selected: boolean })[] = [];
const styles: LabelStyles = defaultLabelStyles();
type Update = (change: (spans: readonly Span[]) => readonly Span[]) => void;

function Host(props: { doc: BenchDocument; expose(update: Update): void }) {
  const [spans, setSpans] = useState<readonly Span[]>(props.doc.spans);
  props.expose(setSpans);
  return (
    <article className="lp-page">
      <ReadingView
        text={props.doc.text}
        spans={spans}
        styles={styles}
        selectedId={null}
        pending={null}
        ghosts={NO_GHOSTS}
        onSelect={() => undefined}
        onSpanClick={() => undefined}
        onGhostClick={() => undefined}
      />
    </article>
  );
}

/** Loupe's ReadingView in a host that keeps spans the way the annotation session does (append on add, filter on delete). */
export function loupeSubject(): EditorSubject {
  let update: Update = () => undefined;
  const add = (span: Span): void => update((spans) => [...spans, span]);
  return {
    mount(root, doc) {
      createRoot(root).render(<Host doc={doc} expose={(u) => (update = u)} />);
    },
    firstDrawn: () => countOnScreen('.ProseMirror > p', '.lp-span') > 0,
    allDrawn: () => document.querySelector('.ProseMirror[data-spans="drawn"]') !== null,
    visibleCount: () => countOnScreen('.ProseMirror > p', '.lp-span'),
    add,
    remove: (span) => update((spans) => spans.filter((s) => s.id !== span.id)),
    shows: (span) => document.querySelector(`[data-span-id="${span.id}"]`) !== null,
    undo: add,
  };
}
