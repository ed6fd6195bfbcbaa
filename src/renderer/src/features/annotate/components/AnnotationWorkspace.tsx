import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditResult } from '../../../../../shared/contract';
import type { LabelSchema, LabelStyles, Span, Stance } from '../../../../../shared/model';
import { createOffsetIndex, type Fragment } from '../../../../../shared/spans';
import { snapToWords, tokenize } from '../../../../../shared/text';
import { workbench } from '../../../bridge';
import { ReadingView } from '../../../editor';
import { type Propagation } from '../../search';
import { StanceForm } from '../../stances';
import type { AnnotationSession } from '../hooks/useAnnotationSession';
import { useGhosts } from '../hooks/useGhosts';
import { useWorkspaceKeys } from '../hooks/useWorkspaceKeys';
import { addFragment } from './addFragment';
import { DocumentPanel } from './DocumentPanel';
import { Inspector } from './Inspector';
import { LabelMenu } from './LabelMenu';
import { itemAt } from '../../../../../shared/collections';

/** Something to bring into view: a span, or a range to select for labelling. */
export interface WorkspaceFocus {
  readonly spanId?: string;
  readonly range?: Fragment;
  readonly nonce: number;
}

export interface AnnotationWorkspaceProps {
  readonly session: AnnotationSession;
  readonly schema: LabelSchema;
  readonly styles: LabelStyles;
  readonly snapToWords: boolean;
  readonly focus: WorkspaceFocus | null;
  onError(error: unknown): void;
  onPropagate(propagation: Propagation): void;
  onCarry(stance: Stance): void;
  onNextDocument(): void;
  onSearch(): void;
}

/** The reading view with selection-to-label, ghosts, the inspector or document panel, and the keys. */
export function AnnotationWorkspace(props: AnnotationWorkspaceProps) {
  const { session, schema, styles } = props;
  const { document: doc, spans } = session;
  const [pending, setPending] = useState<{ range: Fragment; rect: DOMRect | null } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** Counts the user's text selections, so a late answer does not undo a newer one. */
  const selectionEpoch = useRef(0);
  const [ghostIndex, setGhostIndex] = useState<number | null>(null);
  const [clickedAt, setClickedAt] = useState<number | null>(null);
  const [linking, setLinking] = useState(false);
  const [stanceFor, setStanceFor] = useState<string | null>(null);
  const text = doc?.text ?? '';
  const offsets = useMemo(() => createOffsetIndex(text), [text]);
  const tokens = useMemo(
    () => (props.snapToWords ? tokenize(text) : []),
    [text, props.snapToWords],
  );
  const slice = useCallback(
    (f: Fragment) => text.slice(offsets.toUtf16(f.start), offsets.toUtf16(f.end)),
    [text, offsets],
  );
  const spanText = useCallback((s: Span) => s.fragments.map(slice).join(' … '), [slice]);
  const { ghosts, dismiss } = useGhosts(doc?.id ?? null, text, spans, session.entities);
  const ordered = useMemo(
    () => [...spans].sort((a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0)),
    [spans],
  );
  const run = useCallback(
    (task: Promise<unknown>) => void task.catch(props.onError),
    [props.onError],
  );

  const select = useCallback((spanId: string | null) => {
    setSelectedId(spanId);
    setGhostIndex(null);
    setLinking(false);
    setPending(null);
    if (spanId)
      requestAnimationFrame(() =>
        document
          .querySelector(`[data-span-id="${spanId}"]`)
          ?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
      );
  }, []);

  useEffect(() => {
    setPending(null);
    setSelectedId(null);
    setStanceFor(null);
    setGhostIndex(null);
  }, [doc?.id]);

  useEffect(() => {
    if (!props.focus) return;
    if (props.focus.spanId) select(props.focus.spanId);
    if (props.focus.range) {
      setSelectedId(null);
      setPending({ range: props.focus.range, rect: null });
    }
  }, [props.focus, select]);

  const keyToLabel = useMemo(
    () =>
      new Map(
        Object.entries(styles)
          .filter(([, s]) => s.key)
          .map(([name, s]) => [s.key as string, name]),
      ),
    [styles],
  );
  const selected = spans.find((s) => s.id === selectedId) ?? null;
  const ghost = ghostIndex === null ? null : (ghosts[ghostIndex] ?? null);

  const label = useCallback(
    (name: string) => {
      if (!pending) return;
      const fragments = [pending.range];
      setPending(null);
      window.getSelection()?.removeAllRanges();
      const epoch = selectionEpoch.current;
      run(
        session.addSpan(name, fragments).then((result) => {
          // A selection made while the span was being saved wins over selecting the new span.
          if (selectionEpoch.current === epoch) select(result.changes[0]?.upserted[0]?.id ?? null);
        }),
      );
    },
    [pending, run, session, select],
  );

  const acceptGhost = (): boolean => {
    if (!ghost) return false;
    const labelName = schema.labels.some((l) => l.name === ghost.entity.type)
      ? ghost.entity.type
      : (schema.labels[0]?.name ?? '');
    run(session.addSpan(labelName, [{ start: ghost.start, end: ghost.end }], ghost.entity.id));
    setGhostIndex(null);
    return true;
  };

  useWorkspaceKeys({
    undo: () => run(session.undo()),
    redo: () => run(session.redo()),
    search: props.onSearch,
    escape: () => {
      setPending(null);
      select(null);
      setStanceFor(null);
      window.getSelection()?.removeAllRanges();
    },
    labelKey: (key) => {
      const name = keyToLabel.get(key);
      if (!name) return false;
      if (pending) label(name);
      else if (selected) run(session.updateSpan(selected.id, { label: name }));
      else return false;
      return true;
    },
    deleteSelected: () => {
      if (!selected) return false;
      select(null);
      run(session.deleteSpan(selected.id));
      return true;
    },
    acceptGhost,
    dismissGhost: () => {
      if (!ghost) return false;
      dismiss(ghost);
      setGhostIndex(null);
      return true;
    },
    move: (step) => {
      if (ordered.length === 0) return;
      const at = ordered.findIndex((s) => s.id === selectedId);
      const next =
        at < 0
          ? step > 0
            ? 0
            : ordered.length - 1
          : (at + step + ordered.length) % ordered.length;
      select(itemAt(ordered, next).id);
    },
    linkEntity: () => selected && setLinking(true),
    newStance: () => selected && setStanceFor(selected.id),
    propagate: () =>
      selected &&
      props.onPropagate({
        documentId: doc?.id ?? '',
        text: spanText(selected),
        label: selected.label,
        ...(selected.entityId ? { entityId: selected.entityId } : {}),
      }),
    doneAndNext: () => {
      run(session.setStatus('done').then(() => props.onNextDocument()));
    },
  });

  const onSelect = useCallback(
    (range: Fragment | null, rect: DOMRect | null, altKey: boolean) => {
      selectionEpoch.current++;
      if (!range || !rect) return setPending(null);
      const snapped = props.snapToWords ? snapToWords(tokens, range) : range;
      if (!snapped) return setPending(null);
      if (altKey && selected) {
        window.getSelection()?.removeAllRanges();
        const fragments = addFragment(selected.fragments, snapped);
        if (!fragments)
          return props.onError(new Error('a fragment may not overlap the span it is added to'));
        return run(session.updateSpan(selected.id, { fragments }));
      }
      setSelectedId(null);
      setGhostIndex(null);
      setPending({ range: snapped, rect });
    },
    [props, tokens, selected, run, session],
  );

  if (!doc) {
    return (
      <main className="lp-main lp-empty">
        <p>Open a document from the list to start annotating.</p>
      </main>
    );
  }
  const alsoHere =
    clickedAt === null
      ? []
      : spans.filter(
          (s) =>
            s.id !== selectedId &&
            s.fragments.some((f) => f.start <= clickedAt && clickedAt < f.end),
        );
  const entity = selected?.entityId
    ? (session.entities.find((e) => e.id === selected.entityId) ?? null)
    : null;
  const stanceEvidence = stanceFor ? spans.find((s) => s.id === stanceFor) : undefined;
  const absorb = (result: Promise<EditResult>): void => run(result);
  return (
    <>
      <main className="lp-main">
        <div className="lp-toolbar">
          <h1 className="lp-doc-title" title={doc.name}>
            {doc.name}
          </h1>
          <span className="lp-muted">
            {spans.length === 1 ? '1 span' : `${spans.length} spans`} · {session.stances.length}{' '}
            stances
          </span>
          {ghosts.length > 0 && (
            <span
              className="lp-muted"
              title="Known names not yet annotated: click one, Enter accepts, Backspace dismisses"
            >
              {ghosts.length} suggestions
            </span>
          )}
          <button
            type="button"
            className={`lp-button${session.status === 'done' ? ' is-on' : ''}`}
            aria-pressed={session.status === 'done'}
            onClick={() =>
              run(session.setStatus(session.status === 'done' ? 'in_progress' : 'done'))
            }
          >
            {session.status === 'done' ? '✓ Done' : 'Mark done'}
          </button>
        </div>
        <div className="lp-legend" aria-label="Labels">
          {schema.labels.map((l) => (
            <span
              key={l.name}
              className="lp-chip lp-chip--static"
              style={{ ['--lp-color' as string]: styles[l.name]?.color ?? '#888888' }}
            >
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
            ghosts={ghosts.map((g, i) => ({
              start: g.start,
              end: g.end,
              selected: i === ghostIndex,
            }))}
            onSelect={onSelect}
            onSpanClick={(id, at) => {
              select(id);
              setClickedAt(at);
            }}
            onGhostClick={(index) => {
              select(null);
              setGhostIndex(index);
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
      {stanceEvidence ? (
        <aside className="lp-inspector" aria-label="Stance">
          <StanceForm
            evidenceText={spanText(stanceEvidence)}
            schema={schema}
            spans={spans}
            entities={session.entities}
            spanText={spanText}
            onCancel={() => setStanceFor(null)}
            onSave={(draft) => {
              setStanceFor(null);
              select(null);
              absorb(session.addStance({ ...draft, evidence: [stanceEvidence.id] }));
            }}
          />
        </aside>
      ) : selected ? (
        <Inspector
          span={selected}
          coveredText={spanText(selected)}
          labels={schema.labels}
          styles={styles}
          alsoHere={alsoHere}
          entity={entity}
          linking={linking}
          onLinking={setLinking}
          onLink={(entityId) => {
            setLinking(false);
            absorb(session.updateSpan(selected.id, { entityId }));
          }}
          onCreateEntity={(name) => {
            setLinking(false);
            const type = schema.entityTypes.includes(selected.label)
              ? selected.label
              : (schema.entityTypes[0] ?? selected.label);
            run(
              workbench()
                .createEntity({ name, type, link: { documentId: doc.id, spanId: selected.id } })
                .then((r) => session.absorb(r)),
            );
          }}
          onStance={() => setStanceFor(selected.id)}
          onPropagate={() =>
            props.onPropagate({
              documentId: doc.id,
              text: spanText(selected),
              label: selected.label,
              ...(selected.entityId ? { entityId: selected.entityId } : {}),
            })
          }
          onRelabel={(name) => absorb(session.updateSpan(selected.id, { label: name }))}
          onNote={(note) => absorb(session.updateSpan(selected.id, { note }))}
          onDelete={() => {
            select(null);
            absorb(session.deleteSpan(selected.id));
          }}
          onSelect={select}
        />
      ) : (
        <DocumentPanel
          schema={schema}
          documentLabels={session.documentLabels}
          stances={session.stances}
          spans={spans}
          entities={session.entities}
          spanText={spanText}
          onDocumentLabel={(name, value) => absorb(session.setDocumentLabel(name, value))}
          onPolarity={(stanceId, polarity) => absorb(session.updateStance({ stanceId, polarity }))}
          onDeleteStance={(stanceId) => absorb(session.deleteStance(stanceId))}
          onCarry={props.onCarry}
          onSelectSpan={select}
        />
      )}
    </>
  );
}
