import { useEffect, useState } from 'react';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportResult,
} from '../../../../../shared/contract';
import { workbench } from '../../../bridge';
import { Modal, ModalActions } from '../../../ui/Modal';
import { SelectField } from '../../../ui/SelectField';

export interface ExportDialogProps {
  readonly open: boolean;
  readonly annotators: readonly string[];
  readonly annotator: string | null;
  onClose(): void;
  onExported(result: ExportResult): void;
  onError(error: unknown): void;
}

/** Choose a format, a layer, only-done and a split; see the first records and the counts; then write to a path or download. */
export function ExportDialog({
  open,
  annotators,
  annotator,
  onClose,
  onExported,
  onError,
}: ExportDialogProps) {
  const [format, setFormat] = useState<ExportFormat>('spans-jsonl');
  const [layer, setLayer] = useState(annotator ?? 'gold');
  const [onlyDone, setOnlyDone] = useState(false);
  const [split, setSplit] = useState('');
  const [seed, setSeed] = useState(0);
  const [out, setOut] = useState('');
  const [preview, setPreview] = useState<ExportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const request = {
    format,
    annotator: layer,
    onlyDone,
    ...(split.trim() ? { split: split.trim(), seed } : {}),
  };

  useEffect(() => {
    if (!open || !layer) return;
    let live = true;
    setProblem(null);
    workbench()
      .previewExport(request)
      .then(
        (next) => live && setPreview(next),
        (error: unknown) => live && (setPreview(null), setProblem((error as Error).message)),
      );
    return () => {
      live = false;
    };
  }, [open, format, layer, onlyDone, split, seed]);

  const write = async (): Promise<void> =>
    onExported(await workbench().exportProject({ ...request, out: out.trim() }));
  const download = async (): Promise<void> => {
    const result = await workbench().exportProject(request);
    for (const file of result.files) {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(
        new Blob([file.content ?? ''], { type: 'text/plain;charset=utf-8' }),
      );
      link.download = file.path.replaceAll('/', '_');
      link.click();
      URL.revokeObjectURL(link.href);
    }
    onExported(result);
  };
  const layers = [...new Set([...(annotator ? [annotator] : []), ...annotators, 'gold'])];
  return (
    <Modal open={open} onClose={onClose} title="Export a dataset" size="wide">
      <div className="lp-row">
        <SelectField<ExportFormat>
          label="Format"
          name="Export format"
          value={format}
          options={EXPORT_FORMATS}
          onChange={setFormat}
        />
        <SelectField
          label="Layer"
          name="Export layer"
          value={layer}
          options={layers}
          onChange={setLayer}
        />
      </div>
      <div className="lp-row lp-row--end">
        <label className="lp-field lp-field--grow">
          Split train/dev/test (optional)
          <input
            className="lp-input"
            aria-label="Split"
            placeholder="80/10/10"
            value={split}
            onChange={(event) => setSplit(event.target.value)}
          />
        </label>
        <label className="lp-field lp-field--narrow">
          Seed
          <input
            className="lp-input"
            aria-label="Seed"
            type="number"
            value={seed}
            onChange={(event) => setSeed(Math.trunc(Number(event.target.value) || 0))}
          />
        </label>
        <label className="lp-field lp-check">
          <input
            type="checkbox"
            checked={onlyDone}
            onChange={(event) => setOnlyDone(event.target.checked)}
          />{' '}
          only done
        </label>
      </div>
      {problem && (
        <p className="lp-error" role="alert">
          {problem}
        </p>
      )}
      {preview && (
        <div aria-label="Export preview">
          <p>
            {preview.summary.documents} document(s), {preview.summary.spans} span(s),{' '}
            {preview.summary.stances} stance(s) in {preview.files.length} file(s)
          </p>
          {preview.summary.warnings.map((w, i) => (
            <p key={i} className="lp-muted">
              Not written: {w}
            </p>
          ))}
          {preview.files.slice(0, 3).map((file) => (
            <div key={file.path}>
              <p className="lp-muted">
                {file.path} · {file.bytes} bytes
              </p>
              <pre dir="auto" className="lp-filehead">
                {file.head}
              </pre>
            </div>
          ))}
        </div>
      )}
      <label className="lp-field">
        Save in the project's exports folder as (a file for one-file formats, else a folder)
        <input
          className="lp-input"
          aria-label="Export name"
          placeholder="news.jsonl"
          value={out}
          onChange={(event) => setOut(event.target.value)}
        />
      </label>
      <ModalActions closeLabel="Close">
        <button
          type="button"
          className="lp-button"
          disabled={!preview}
          onClick={() => void download().catch(onError)}
        >
          Download
        </button>
        <button
          type="button"
          className="lp-button lp-button--primary"
          disabled={!preview || !out.trim()}
          onClick={() => void write().catch(onError)}
        >
          Write
        </button>
      </ModalActions>
    </Modal>
  );
}
