import { useEffect } from 'react';
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

/** One row per annotator: spans, stances and how many documents are done, in progress and to do. */
function AnnotatorTable({ stats }: { readonly stats: ProjectStats }) {
  return (
    <table className="lp-stats__table">
      <caption>Per annotator</caption>
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
    </table>
  );
}

/** Spans per label (rows) and annotator (columns). */
function LabelTable({ stats }: { readonly stats: ProjectStats }) {
  const labels = [...new Set(stats.annotators.flatMap((a) => Object.keys(a.labels)))].sort();
  if (labels.length === 0) return null;
  return (
    <table className="lp-stats__table">
      <caption>Spans per label</caption>
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
    </table>
  );
}

/** What `loupe stats` says, in the window: the project's counts and the files they leave out. */
export function StatsDialog({ open }: { readonly open: boolean }) {
  const model = useModel();
  const { stats } = useStore(model.stats);
  useEffect(() => {
    if (open) model.stats.load();
  }, [open, model]);
  return (
    <Modal open={open} onClose={model.view.close} title="Project statistics" size="wide">
      {!stats && <p className="lp-muted">Counting…</p>}
      {stats && (
        <>
          <SkippedFiles skipped={stats.skipped} />
          <p data-testid="stats-summary">
            {countOf(stats.documents, 'document')} · {stats.characters.toLocaleString('en-US')}{' '}
            characters · {countOf(stats.annotators.length, 'annotator')}
          </p>
          {stats.annotators.length > 0 && <AnnotatorTable stats={stats} />}
          <LabelTable stats={stats} />
        </>
      )}
      <ModalActions closeLabel="Close" />
    </Modal>
  );
}
