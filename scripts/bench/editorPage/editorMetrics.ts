/** Which editor a run measures. */
export type EditorSubjectId = 'loupe' | 'prosemirror' | 'recogito';

/** What the page is asked to measure. */
export interface EditorRunRequest {
  readonly subject: EditorSubjectId;
  /** Characters of text (about 1 MB for the large size). */
  readonly chars: number;
  /** Non-overlapping spans, and spans that overlap them. */
  readonly spans: number;
  readonly overlapping: number;
  readonly seed: number;
  /** Add/delete/undo cycles whose median is reported. */
  readonly edits: number;
  /** Scroll steps from top to bottom. */
  readonly scrollSteps: number;
}

/** Milliseconds from the start of the run, or per operation; null where a subject could not measure it. */
export interface EditorMetrics {
  readonly firstFrame: number;
  readonly allReady: number;
  readonly add: number | null;
  readonly delete: number | null;
  readonly undo: number | null;
  readonly scroll: number;
  readonly worstScrollStep: number;
  /** Span elements on screen in the first frame (0 means the first frame showed no highlights). */
  readonly visibleSpans: number;
  readonly note?: string;
}
