import { useEffect, useId, useMemo, useState } from 'react';
import {
  exportTotals,
  EXPORT_FORMATS,
  LAYERED_EXPORT_FORMATS,
  STANCE_COLUMN_SETS,
  type ExportFormat,
  type ExportResult,
  type StanceColumnSet,
} from '../../../../../shared/contract';
import { useModel, userMessage, useStore } from '../../../model';
import { Modal, ModalActions } from '../../../ui/Modal';
import { SelectField } from '../../../ui/SelectField';
import { downloadArchive, downloadFiles } from './downloadFiles';
import { ExportLabelsField } from './ExportLabelsField';
import { ExportAllowEmptyField } from './ExportAllowEmptyField';
import { ExportRejectedField } from './ExportRejectedField';
import { ExportWithLayersField } from './ExportWithLayersField';
import { exportProblem } from './exportProblem';
import { ExportSplitField } from './ExportSplitField';
import { exportWords } from '../exportWords';
import { InterchangeProgressBar } from './InterchangeProgressBar';
import { countOf } from '../../../ui/countOf';
import { adjustedLines } from '../../../../../shared/formats/common/adjustedLines';
import { GOLD } from '../../../../../shared/model';
import {
  COLUMN_CHOICES,
  NO_GOLD,
  OVERLAP_CHOICES,
  OVERLAP_FIELD,
  OVERLAP_WORDS,
  OVERLAPS,
  SCHEME_CHOICES,
  SCHEMES,
  splitProblemOf,
  TAGGED,
  type Overlaps,
  type SchemeChoice,
} from './exportChoices';

/** Choose a format, a layer, labels, an overlap policy, only-done and a split; see the first records and the counts; then write to a path or download. */
export function ExportDialog({ open }: { readonly open: boolean }) {
  const model = useModel();
  const { project, settings } = useStore(model.project);
  const annotators = project?.annotators ?? [];
  const annotator = settings?.annotator ?? null;
  const onClose = model.view.close;
  const onError = model.notifications.report;
  const [format, setFormat] = useState<ExportFormat>('spans-jsonl');
  const [layer, setLayer] = useState(
    () => annotator ?? annotators.find((name) => name !== GOLD) ?? GOLD,
  );
  // The gold layer is offered once something was adjudicated; before, it is shown with why not.
  const adjudicated = annotators.includes(GOLD);
  const unavailable = useMemo(
    (): Readonly<Record<string, string>> => (adjudicated ? {} : { [GOLD]: NO_GOLD }),
    [adjudicated],
  );
  const [onlyDone, setOnlyDone] = useState(false);
  const [split, setSplit] = useState('');
  const [seed, setSeed] = useState(0);
  const [labels, setLabels] = useState<readonly string[] | null>(null);
  const [overlaps, setOverlaps] = useState<Overlaps>('error');
  const [scheme, setScheme] = useState<SchemeChoice>('auto');
  const [columns, setColumns] = useState<StanceColumnSet>('auto');
  const [tokens, setTokens] = useState(false);
  const [includeRejected, setIncludeRejected] = useState(false);
  const [allowEmpty, setAllowEmpty] = useState(false);
  /** Whether the last refusal was of an empty export, which the box below it lets through. */
  const [emptyRefused, setEmptyRefused] = useState(false);
  const [withLayers, setWithLayers] = useState<readonly string[]>([]);
  const schemaLabels = useMemo(() => project?.schema.labels.map((l) => l.name) ?? [], [project]);
  const tagged = TAGGED.includes(format);
  const noLabels = labels !== null && labels.length === 0;
  const [out, setOut] = useState('');
  const [preview, setPreview] = useState<ExportResult | null>(null);
  /** The request the preview answered: until the next answer comes it is the previous choice's. */
  const [previewOf, setPreviewOf] = useState<object | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const splitProblem = useMemo(() => splitProblemOf(split), [split]);
  /** Nothing to preview or write until the choices can make an export. */
  const blocked = noLabels || splitProblem !== null;
  const outHint = useId();
  // Suffixed: Preact numbers ids per root, and the fields in the dialog's portal count apart.
  const problemId = `${useId()}-refusal`;
  /** Formats that write spans, where a rejected suggestion could go out. */
  const writesSpans = format !== 'stance-tsv';
  const request = useMemo(() => {
    const alsoLayers = LAYERED_EXPORT_FORMATS.includes(format)
      ? withLayers.filter((l) => l !== layer && !Object.hasOwn(unavailable, l))
      : [];
    return {
      format,
      annotator: layer,
      ...(alsoLayers.length > 0 ? { annotators: [layer, ...alsoLayers] } : {}),
      onlyDone,
      ...(writesSpans && includeRejected ? { includeRejected } : {}),
      ...(split.trim() && !splitProblem ? { split: split.trim(), seed } : {}),
      ...(labels && labels.length > 0 ? { labels: [...labels] } : {}),
      ...(tagged ? { overlaps } : {}),
      ...(format === 'conll' && scheme !== 'auto' ? { scheme } : {}),
      ...(format === 'stance-tsv' && columns !== 'auto' ? { columns } : {}),
      ...(format === 'spans-jsonl' && tokens ? { tokens } : {}),
      ...(allowEmpty ? { allowEmpty } : {}),
    };
  }, [
    format,
    layer,
    withLayers,
    unavailable,
    onlyDone,
    writesSpans,
    includeRejected,
    split,
    splitProblem,
    seed,
    labels,
    tagged,
    overlaps,
    scheme,
    columns,
    tokens,
    allowEmpty,
  ]);

  /** Previewed under the name typed when it has an extension: one file, or a file per part, as Write writes it. */
  const named = /\.[^.]+$/u.test(out.trim()) ? out.trim() : '';
  const previewRequest = useMemo(
    () => (named ? { ...request, out: named } : request),
    [request, named],
  );

  useEffect(() => {
    if (!open || !layer || blocked) return;
    let live = true;
    model.interchange.previewExport(previewRequest).then(
      (next) => {
        if (!live) return;
        setPreview(next);
        setPreviewOf(previewRequest);
        setProblem(null);
        setEmptyRefused(false);
      },
      (error: unknown) => {
        if (!live) return;
        setPreview(null);
        setProblem(exportProblem(error, OVERLAP_WORDS));
        setEmptyRefused(/--allow-empty\b/.test(userMessage(error)));
      },
    );
    return () => {
      live = false;
    };
  }, [model, open, layer, previewRequest, blocked]);

  const write = async (): Promise<void> =>
    void (await model.interchange.exportProject({ ...request, out: out.trim() }));
  const download = async (): Promise<void> => {
    // One file or a zip as the chosen format makes, not as the format chosen before it did; and
    // under the name typed, as the preview shows and Write writes (x.spacy, x.train.spacy…).
    const current =
      preview && previewOf === previewRequest
        ? preview
        : await model.interchange.previewExport(previewRequest);
    const shaped = named ? { ...request, named } : request;
    if (current.files.length > 1)
      return downloadArchive(await model.interchange.exportArchive(shaped));
    downloadFiles((await model.interchange.exportProject(shaped)).files);
  };
  const layers = [...new Set([...(annotator ? [annotator] : []), ...annotators, GOLD])];
  const rejected = writesSpans ? (preview?.summary.rejected ?? 0) : 0;
  /** Why Download and Write cannot be used, when the dialog says it. */
  const refusal = noLabels ? problemId : problem && !blocked ? problemId : undefined;
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
          optionLabel={(l) => (Object.hasOwn(unavailable, l) ? `${l} (${unavailable[l]})` : l)}
          optionDisabled={(l) => Object.hasOwn(unavailable, l)}
          onChange={setLayer}
        />
      </div>
      {LAYERED_EXPORT_FORMATS.includes(format) && layers.length > 1 && (
        <ExportWithLayersField
          format={format}
          layers={layers.filter((l) => l !== layer)}
          chosen={withLayers}
          unavailable={unavailable}
          onChange={setWithLayers}
        />
      )}
      {schemaLabels.length > 0 && (
        <ExportLabelsField labels={schemaLabels} chosen={labels} onChange={setLabels} />
      )}
      {tagged && (
        <div className="lp-row">
          <SelectField<Overlaps>
            label={OVERLAP_FIELD}
            hint="IOB tags cannot hold them"
            name={OVERLAP_FIELD}
            value={overlaps}
            options={OVERLAPS}
            optionLabel={(o) => OVERLAP_CHOICES[o]}
            onChange={setOverlaps}
          />
          {format === 'conll' && (
            <SelectField<SchemeChoice>
              label="Tag scheme"
              name="Export tag scheme"
              value={scheme}
              options={SCHEMES}
              optionLabel={(o) => SCHEME_CHOICES[o]}
              onChange={setScheme}
            />
          )}
        </div>
      )}
      {format === 'stance-tsv' && (
        <div className="lp-row">
          <SelectField<StanceColumnSet>
            label="Columns"
            name="Export stance columns"
            value={columns}
            options={STANCE_COLUMN_SETS}
            optionLabel={(o) => COLUMN_CHOICES[o]}
            onChange={setColumns}
          />
        </div>
      )}
      {format === 'spans-jsonl' && (
        <div className="lp-row">
          <label className="lp-field lp-check">
            <input
              type="checkbox"
              checked={tokens}
              onChange={(event) => setTokens(event.target.checked)}
            />{' '}
            tokens in every record (as Prodigy's ner.manual writes them)
          </label>
        </div>
      )}
      {rejected > 0 && (
        <ExportRejectedField
          rejected={rejected}
          layers={preview?.summary.annotator.split(',') ?? [layer]}
          checked={includeRejected}
          onChange={setIncludeRejected}
        />
      )}
      <ExportSplitField
        split={split}
        onSplit={setSplit}
        problem={splitProblem}
        seed={seed}
        onSeed={setSeed}
        onlyDone={onlyDone}
        onOnlyDone={setOnlyDone}
      />
      {noLabels && (
        <p id={problemId} className="lp-error" role="alert">
          Choose at least one label to export.
        </p>
      )}
      {problem && !blocked && (
        <p id={problemId} className="lp-error" role="alert">
          {problem}
        </p>
      )}
      {((emptyRefused && problem && !blocked) || allowEmpty) && (
        <ExportAllowEmptyField checked={allowEmpty} onChange={setAllowEmpty} />
      )}
      {/* In the page while the dialog is: a status added with its words is not read out, so the
          counts are said when they come back after a refusal, and the split's problem is said
          once typing rests. */}
      <div role="group" aria-label="Export preview">
        <p role="status" data-testid="export-counts">
          {splitProblem
            ? `No preview: ${splitProblem}`
            : preview && !noLabels
              ? `${exportTotals(preview.summary, { stances: true })} in ${countOf(preview.files.length, 'file')}`
              : ''}
        </p>
        {preview && !blocked && (
          <>
            {preview.summary.warnings.map((w, i) => (
              <p key={i} className="lp-muted">
                {/* An export of no annotation (or a part of no document) is written, and said. */}
                {/ holds? no (annotation|document)\b/.test(w) ? 'Note: ' : 'Not written: '}
                {exportWords(w)}
              </p>
            ))}
            {preview.summary.notes.map((n, i) => (
              <p key={`note-${i}`} className="lp-muted">
                Written otherwise: {exportWords(n)}
              </p>
            ))}
            {adjustedLines(preview.summary).map((line, i) => (
              <p key={`adjusted-${i}`} className="lp-muted">
                {i === 0 ? 'Moved off whitespace or left out: ' : ''}
                {line}
              </p>
            ))}
            {preview.files.slice(0, 3).map((file) => (
              <div key={file.path}>
                <p className="lp-muted">
                  {file.path} · {countOf(file.bytes, 'byte')}
                </p>
                {/* Scrolled by the keyboard, so it is a named region, not text without a name. */}
                <pre
                  dir="auto"
                  className="lp-filehead"
                  tabIndex={0}
                  role="region"
                  aria-label={`Start of ${file.path}`}
                >
                  {file.head}
                </pre>
              </div>
            ))}
          </>
        )}
      </div>
      <label className="lp-field">
        <span>
          Export name{' '}
          <span id={outHint}>
            (saved in the project's exports folder: all.jsonl, with the format's extension, is one
            file of every document, or with a split all.train.jsonl, all.dev.jsonl…; a name without
            one, a folder of its files)
          </span>
        </span>
        <input
          className="lp-input"
          aria-label="Export name"
          aria-describedby={outHint}
          placeholder="news.jsonl"
          value={out}
          onChange={(event) => setOut(event.target.value)}
        />
      </label>
      <InterchangeProgressBar />
      <ModalActions closeLabel="Close">
        <button
          type="button"
          className="lp-button"
          disabled={!preview || blocked}
          aria-describedby={refusal}
          onClick={() => void download().catch(onError)}
        >
          {(preview?.files.length ?? 0) > 1 ? 'Download as zip' : 'Download'}
        </button>
        <button
          type="button"
          className="lp-button lp-button--primary"
          disabled={!preview || blocked || !out.trim()}
          aria-describedby={refusal}
          onClick={() => void write().catch(onError)}
        >
          Write
        </button>
      </ModalActions>
    </Modal>
  );
}
