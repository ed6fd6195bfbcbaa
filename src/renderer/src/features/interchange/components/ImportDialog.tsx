import { useEffect, useId, useMemo, useState } from 'react';
import {
  IMPORT_FORMATS,
  IMPORT_SCHEMES,
  importedDocumentCount,
  type ImportFormat,
  type ImportScheme,
  type ImportPreview,
  type UploadedFile,
} from '../../../../../shared/contract';
import { useModel, useStore, userMessage } from '../../../model';
import { InterchangeProgressBar } from './InterchangeProgressBar';
import { toBase64 } from './toBase64';
import { inAppWords } from '../inAppWords';
import { importPreviewSaid } from '../importPreviewSaid';
import { busyButton } from '../../../ui/busyButton';
import { Modal, ModalActions } from '../../../ui/Modal';
import { SelectField } from '../../../ui/SelectField';
import { countOf } from '../../../ui/countOf';
import { ColumnField } from './ColumnField';
import { ImportSummaryView } from './ImportSummaryView';

/** Choose files, a format (or auto) and a layer; see what will be imported, or every error; then import it all or nothing. */
export function ImportDialog({ open }: { readonly open: boolean }) {
  const model = useModel();
  const { project, settings } = useStore(model.project);
  /** Layers the project already has, offered as choices. */
  const annotators = project?.annotators ?? [];
  const onClose = model.view.close;
  const onError = model.notifications.report;
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [typedLayer, setLayer] = useState<string | null>(null);
  /** The local user is the default layer. */
  const layer = typedLayer ?? settings?.annotator ?? '';
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [scheme, setScheme] = useState<ImportScheme>('auto');
  const [tagColumn, setTagColumn] = useState('');
  const [textColumn, setTextColumn] = useState('');
  const [labelColumn, setLabelColumn] = useState('');
  const [answer, setAnswer] = useState<{ for: unknown; preview: ImportPreview } | null>(null);
  const [busy, setBusy] = useState(false);
  /** The format the chosen files were last read as (by a preview that read them). */
  const [found, setFound] = useState<string | null>(null);
  const filesHint = useId();
  const column = Number(tagColumn);
  /** A tag column typed that cannot be one: said at the field, and nothing imported meanwhile. */
  const columnProblem =
    tagColumn.trim() !== '' && !(Number.isInteger(column) && column >= 1)
      ? `Tag column takes a column number, 1 or more, not “${tagColumn.trim()}”`
      : null;
  const request = useMemo(
    () => ({
      files,
      format,
      skipInvalid,
      ...(layer.trim() ? { annotator: layer.trim() } : {}),
      ...(scheme === 'auto' ? {} : { scheme }),
      ...(tagColumn.trim() !== '' && Number.isInteger(column) && column >= 1
        ? { tagColumn: column }
        : {}),
      ...(format === 'doccano' && textColumn.trim() !== ''
        ? { textColumn: textColumn.trim() }
        : {}),
      ...(format === 'doccano' && labelColumn.trim() !== ''
        ? { labelColumn: labelColumn.trim() }
        : {}),
    }),
    [files, format, skipInvalid, layer, scheme, tagColumn, column, textColumn, labelColumn],
  );
  // A preview answers one request; a newer request shows none until its own answer.
  const preview = answer?.for === request ? answer.preview : null;

  useEffect(() => {
    if (files.length === 0) return;
    let live = true;
    model.interchange.previewImport(request).then(
      (next) => {
        if (!live) return;
        setAnswer({ for: request, preview: next });
        if (next.summary) setFound(next.summary.format);
      },
      (error: unknown) =>
        live &&
        setAnswer({
          for: request,
          preview: { summary: null, errors: [{ file: '', reason: userMessage(error) }] },
        }),
    );
    return () => {
      live = false;
    };
  }, [model, files, request]);

  const choose = async (list: FileList | null): Promise<void> => {
    const chosen = [...(list ?? [])];
    setFound(null);
    setFiles(
      await Promise.all(
        chosen.map(async (file) => ({
          name: file.webkitRelativePath || file.name,
          base64: await toBase64(file),
        })),
      ),
    );
  };
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      await model.interchange.importFiles(request);
      setFiles([]);
      setFound(null);
      // A choice about these files: ticked still, it would quietly leave files of the next out.
      setSkipInvalid(false);
      onClose();
    } finally {
      setBusy(false);
    }
  };
  const summary = preview?.summary ?? null;
  /**
   * The token file choices, once CoNLL (or Hugging Face records, the scheme only) is chosen or
   * found in these files. Found by the last summary, not only the current one: a change in these
   * fields asks again, and meanwhile (or when the answer is a refusal) they stay, or the field
   * being typed in would lose the keyboard at each key.
   */
  const conllFiles = format === 'conll' || found === 'conll';
  const tokenFiles = conllFiles || format === 'hf' || found === 'hf';
  return (
    <Modal open={open} onClose={onClose} title="Import annotations" size="wide">
      <label className="lp-field">
        <span>
          Files{' '}
          <span id={filesHint}>
            (texts, brat .txt + .ann, doccano, Label Studio, spans JSONL, CoNLL / IOB, MAE, WebAnno
            TSV, UIMA CAS XMI (INCEpTION's .xmi or its .zip exports), PubTator, BioC XML or JSON,
            stance tables (SemEval-2016), Hugging Face records (JSON Lines, Parquet or Arrow), spaCy
            JSON or DocBin (.spacy), or Loupe)
          </span>
        </span>
        <input
          type="file"
          multiple
          aria-label="Files to import"
          aria-describedby={filesHint}
          onChange={(event) => void choose(event.target.files).catch(onError)}
        />
      </label>
      <div className="lp-row">
        <SelectField<ImportFormat>
          label="Format"
          name="Import format"
          value={format}
          options={IMPORT_FORMATS}
          optionLabel={(id) => (id === 'auto' ? 'auto (detect)' : id)}
          onChange={setFormat}
        />
        <label className="lp-field lp-field--grow">
          Into the layer of
          <input
            className="lp-input"
            aria-label="Annotator layer"
            list="lp-import-layers"
            value={layer}
            placeholder="annotator name or gold"
            onChange={(event) => setLayer(event.target.value)}
          />
          <datalist id="lp-import-layers">
            {[...new Set([...annotators, 'gold'])].map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
      </div>
      {tokenFiles && (
        <div className="lp-row">
          <SelectField<ImportScheme>
            label="Tag scheme"
            name="Tag scheme"
            value={scheme}
            options={IMPORT_SCHEMES}
            optionLabel={(id) => (id === 'auto' ? 'auto (detect per file)' : id.toUpperCase())}
            onChange={setScheme}
          />
          {conllFiles && (
            <ColumnField
              label="Tag column"
              numeric
              value={tagColumn}
              placeholder="the last"
              problem={columnProblem}
              onChange={setTagColumn}
            />
          )}
        </div>
      )}
      {format === 'doccano' && (
        <div className="lp-row">
          <ColumnField
            label="Text column"
            value={textColumn}
            placeholder="text"
            onChange={setTextColumn}
          />
          <ColumnField
            label="Label column"
            value={labelColumn}
            placeholder="label"
            onChange={setLabelColumn}
          />
        </div>
      )}
      <label className="lp-field lp-check">
        <input
          type="checkbox"
          checked={skipInvalid}
          onChange={(event) => setSkipInvalid(event.target.checked)}
        />{' '}
        Skip invalid files and records (import the rest)
      </label>
      {files.length > 0 && !preview && (
        <p className="lp-muted">Reading {countOf(files.length, 'file')}…</p>
      )}
      {preview && preview.errors.length > 0 && (
        <div role="alert">
          <p className="lp-error">
            Nothing can be imported: {countOf(preview.errors.length, 'error')}.
          </p>
          <ul className="lp-preview">
            {preview.errors.slice(0, 50).map((e, i) => (
              <li key={i} className="lp-error">
                {/* An error of no one file (none left to import) is its reason alone. */}
                {e.file && `${e.file}${e.line === undefined ? '' : `:${e.line}`}: `}
                {inAppWords(e.reason)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary && <ImportSummaryView summary={summary} />}
      <p className="lp-sr-only" role="status" data-testid="import-status">
        {summary && conllFiles && columnProblem
          ? columnProblem
          : summary
            ? importPreviewSaid(summary)
            : ''}
      </p>
      <InterchangeProgressBar />
      <ModalActions>
        <button
          type="button"
          className="lp-button lp-button--primary"
          disabled={!summary || (conllFiles && columnProblem !== null)}
          {...busyButton(busy, () => void run().catch(onError))}
        >
          {busy
            ? 'Importing…'
            : summary
              ? `Import ${countOf(importedDocumentCount(summary), 'document')}`
              : 'Import documents'}
        </button>
      </ModalActions>
    </Modal>
  );
}
