import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { getOwn } from '../../../../../shared/collections';
import type { ProjectStats } from '../../../../../shared/contract';
import { useModel, useStore } from '../../../model';
import { countOf } from '../../../ui/countOf';
import { Modal, ModalActions } from '../../../ui/Modal';
import '../stats.css';

/** What the counts leave out: each file and why, and what to do, so a total is never read as whole when it is not. */
function SkippedFiles({ skipped }: { readonly skipped: ProjectStats['skipped'] }) {
  if (skipped.length === 0) return null;
  return (
    <div className="lp-caution lp-stats__skipped" role="alert" data-testid="stats-skipped">
      <p>
        {skipped.length === 1
          ? '1 file could not be read and is left out of these counts.'
          : `${skipped.length} files could not be read and are left out of these counts.`}{' '}
        Mend or remove {skipped.length === 1 ? 'it' : 'them'} (restore from git or a backup; “loupe
        validate” lists each problem), then choose View › Reload Changed Files and open these
        statistics again.
      </p>
      <ul>
        {skipped.map((s) => (
          <li key={s.file}>
            <code>{s.file}</code>: {s.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A table that scrolls sideways on its own when wider than the dialog (a column per annotator),
 * so the dialog keeps its width: a named region, which the keyboard reaches (and scrolls with the
 * arrows) when it is too wide to show whole.
 */
function ScrolledTable({ caption, children }: { readonly caption: string; children: ReactNode }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = (): void => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className="lp-stats__scroll"
      role="region"
      aria-labelledby={id}
      tabIndex={scrolls ? 0 : undefined}
    >
      <table className="lp-stats__table">
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** One row per annotator: spans, stances and how many documents are done, in progress and to do. */
function AnnotatorTable({ stats }: { readonly stats: ProjectStats }) {
  return (
    <ScrolledTable caption="Per annotator">
      <thead>
        <tr>
          <th scope="col">Annotator</th>
          <th scope="col">Spans</th>
          <th scope="col">Stances</th>
          <th scope="col">Done</th>
          <th scope="col">In progress</th>
          <th scope="col">To do</th>
        </tr>
      </thead>
      <tbody>
        {stats.annotators.map((a) => (
          <tr key={a.annotator}>
            <th scope="row">{a.annotator}</th>
            <td>{a.spans}</td>
            <td>{a.stances}</td>
            <td>{a.status.done}</td>
            <td>{a.status.in_progress}</td>
            <td>{a.status.todo}</td>
          </tr>
        ))}
      </tbody>
    </ScrolledTable>
  );
}

/** Spans per label (rows) and annotator (columns). */
function LabelTable({ stats }: { readonly stats: ProjectStats }) {
  const labels = [...new Set(stats.annotators.flatMap((a) => Object.keys(a.labels)))].sort();
  if (labels.length === 0) return null;
  return (
    <ScrolledTable caption="Spans per label">
      <thead>
        <tr>
          <th scope="col">Label</th>
          {stats.annotators.map((a) => (
            <th key={a.annotator} scope="col">
              {a.annotator}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((label) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {stats.annotators.map((a) => (
              <td key={a.annotator}>{getOwn(a.labels, label) ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrolledTable>
  );
}

/** What `loupe stats` says, in the window: the project's counts and the files they leave out. */
export function StatsDialog({ open }: { readonly open: boolean }) {
  const model = useModel();
  const { stats } = useStore(model.stats);
  const summaryId = useId();
  useEffect(() => {
    if (open) model.stats.load();
  }, [open, model]);
  return (
    <Modal
      open={open}
      onClose={model.view.close}
      title="Project statistics"
      size="wide"
      describedBy={summaryId}
    >
      {stats && <SkippedFiles skipped={stats.skipped} />}
      {/* In the page from the start, so the counts are said when they replace "Counting…". */}
      <p id={summaryId} role="status" className={stats ? undefined : 'lp-muted'}>
        {stats ? (
          <span data-testid="stats-summary">
            {countOf(stats.documents, 'document')} · {stats.characters.toLocaleString('en-US')}{' '}
            characters · {countOf(stats.annotators.length, 'annotator')}
          </span>
        ) : (
          'Counting…'
        )}
      </p>
      {stats && stats.annotators.length > 0 && <AnnotatorTable stats={stats} />}
      {stats && <LabelTable stats={stats} />}
      <ModalActions closeLabel="Close" />
    </Modal>
  );
}
