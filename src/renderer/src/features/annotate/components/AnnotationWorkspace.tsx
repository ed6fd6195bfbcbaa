import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LabelSchema, LabelStyles } from '../../../../../shared/model';
import { createOffsetIndex, type Fragment } from '../../../../../shared/spans';
import { snapToWords, tokenize } from '../../../../../shared/text';
import { ReadingView } from '../../../editor';
import type { AnnotationSession } from '../hooks/useAnnotationSession';
import { Inspector } from './Inspector';
import { LabelMenu } from './LabelMenu';

export interface AnnotationWorkspaceProps {
  readonly session: AnnotationSession;
  readonly schema: LabelSchema;
  readonly styles: LabelStyles;
  readonly snapToWords: boolean;
  onError(error: unknown): void;
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable && element.getAttribute('contenteditable') === 'true' || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** The reading view with selection-to-label, the inspector, and the annotation keys. */
export function AnnotationWorkspace({ session, schema, styles, snapToWords: snap, onError }: AnnotationWorkspaceProps) {
  const { document: doc, spans } = session;
  const [pending, setPending] = useState<{ range: Fragment; rect: DOMRect } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [clickedAt, setClickedAt] = useState<number | null>(null);
  const text = doc?.text ?? '';
  const offsets = useMemo(() => createOffsetIndex(text), [text]);
  const tokens = useMemo(() => (snap ? tokenize(text) : []), [text, snap]);
  const slice = useCallback((f: Fragment) => text.slice(offsets.toUtf16(f.start), offsets.toUtf16(f.end)), [text, offsets]);

  useEffect(() => {
    setPending(null);
    setSelectedId(null);
  }, [doc?.id]);

  const keyToLabel = useMemo(() => new Map(Object.entries(styles).filter(([, s]) => s.key).map(([name, s]) => [s.key as string, name])), [styles]);
  const run = useCallback((task: Promise<unknown>) => void task.catch(onError), [onError]);

  const label = useCallback(
    (name: string) => {
      if (!pending) return;
      const fragments = [pending.range];
      setPending(null);
      window.getSelection()?.removeAllRanges();
      run(session.addSpan(name, fragments).then((result) => setSelectedId(result.changes[0]?.upserted[0]?.id ?? null)));
    },
    [pending, run, session],
  );

  const keys = useRef<(event: KeyboardEvent) => void>(() => undefined);
  keys.current = (event: KeyboardEvent) => {
    if (isTyping(event.target)) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && key === 'z') {
      event.preventDefault();
      return run(event.shiftKey ? session.redo() : session.undo());
    }
    if (mod && key === 'y') {
      event.preventDefault();
      return run(session.redo());
    }
    if (mod || event.altKey) return;
    if (event.key === 'Escape') {
      setPending(null);
      setSelectedId(null);
      window.getSelection()?.removeAllRanges();
      return;
    }
    const labelName = keyToLabel.get(key);
    if (labelName && pending) {
      event.preventDefault();
      return label(labelName);
    }
    if (labelName && selectedId) {
      event.preventDefault();
      return run(session.updateSpan(selectedId, { label: labelName }));
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && selectedId) {
      event.preventDefault();
      const id = selectedId;
      setSelectedId(null);
      run(session.deleteSpan(id));
    }
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => keys.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const onSelect = useCallback(
    (range: Fragment | null, rect: DOMRect | null) => {
      if (!range || !rect) return setPending(null);
      const snapped = snap ? snapToWords(tokens, range) : range;
      if (!snapped) return setPending(null);
      setSelectedId(null);
      setPending({ range: snapped, rect });
    },
    [snap, tokens],
  );

  if (!doc) {
    return (
      <main className="lp-main lp-empty">
        <p>Open a document from the list to start annotating.</p>
      </main>
    );
  }
  const selected = spans.find((s) => s.id === selectedId) ?? null;
  const alsoHere =
    clickedAt === null ? [] : spans.filter((s) => s.id !== selectedId && s.fragments.some((f) => f.start <= clickedAt && clickedAt < f.end));
  return (
    <>
      <main className="lp-main">
        <div className="lp-toolbar">
          <h1 className="lp-doc-title" title={doc.name}>{doc.name}</h1>
          <span className="lp-muted">{spans.length === 1 ? "1 span" : `${spans.length} spans`}</span>
          <button
            type="button"
            className={`lp-button${session.status === 'done' ? ' is-on' : ''}`}
            aria-pressed={session.status === 'done'}
            onClick={() => run(session.setStatus(session.status === 'done' ? 'in_progress' : 'done'))}
          >
            {session.status === 'done' ? '✓ Done' : 'Mark done'}
          </button>
        </div>
        <div className="lp-legend" aria-label="Labels">
          {schema.labels.map((l) => (
            <span key={l.name} className="lp-chip lp-chip--static" style={{ ['--lp-color' as string]: styles[l.name]?.color ?? '#888888' }}>
              {styles[l.name]?.key && <kbd>{styles[l.name]?.key}</kbd>}
              {l.name}
            </span>
          ))}
        </div>
        <article className="lp-page">
          <ReadingView
            text={doc.text}
            spans={spans}
            styles={styles}
            selectedId={selectedId}
            pending={pending?.range ?? null}
            onSelect={onSelect}
            onSpanClick={(id, at) => {
              setPending(null);
              setSelectedId(id);
              setClickedAt(at);
            }}
          />
        </article>
        <LabelMenu
          anchor={pending?.rect ?? null}
          labels={schema.labels}
          styles={styles}
          preview={pending ? slice(pending.range) : ''}
          onPick={label}
          onDismiss={() => setPending(null)}
        />
      </main>
      <Inspector
        span={selected}
        coveredText={selected ? selected.fragments.map(slice).join(' … ') : ''}
        labels={schema.labels}
        styles={styles}
        alsoHere={alsoHere}
        onRelabel={(name) => selected && run(session.updateSpan(selected.id, { label: name }))}
        onNote={(note) => selected && run(session.updateSpan(selected.id, { note }))}
        onDelete={() => {
          if (!selected) return;
          setSelectedId(null);
          run(session.deleteSpan(selected.id));
        }}
        onSelect={setSelectedId}
      />
    </>
  );
}
