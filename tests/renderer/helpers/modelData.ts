import type {
  DocumentSummary,
  EditResult,
  LayerChange,
  OpenedDocument,
  ProjectInfo,
  ProjectStats,
  Settings,
} from '../../../src/shared/contract';
import {
  defaultLabelSchema,
  defaultLabelStyles,
  type DocumentStatus,
  type Entity,
  type Span,
} from '../../../src/shared/model';

/** The demo project's info: default schema and styles (keys 1–9), no problems. */
export function projectInfo(more: Partial<ProjectInfo> = {}): ProjectInfo {
  return {
    name: 'News',
    dir: '/p/news',
    schema: defaultLabelSchema(),
    styles: defaultLabelStyles(),
    schemaVersion: 'sha256:demo',
    problems: [],
    annotators: ['amira'],
    ...more,
  };
}

/**
 * A one-document project's statistics: each annotator's spans per label, all done.
 * @example projectStats({ lena: { GPE: 2 } }).annotators[0].spans === 2
 */
export function projectStats(labelsBy: Record<string, Record<string, number>>): ProjectStats {
  const status = { todo: 0, in_progress: 0, done: 1 };
  return {
    name: 'News',
    documents: 1,
    characters: 44,
    annotators: Object.entries(labelsBy).map(([annotator, labels]) => ({
      annotator,
      spans: Object.values(labels).reduce((sum, n) => sum + n, 0),
      stances: 0,
      labels,
      status,
    })),
    skipped: [],
  };
}

export function settings(more: Partial<Settings> = {}): Settings {
  return { annotator: 'amira', snapToWords: false, ...more };
}

export function documentSummary(
  id: string,
  status: DocumentStatus = 'todo',
  spanCount = 0,
): DocumentSummary {
  return { id, name: `${id}.txt`, length: 100, spanCount, status };
}

/** A document as openDocument answers it, with the user's spans. */
export function openedDocument(id: string, text: string, spans: Span[] = []): OpenedDocument {
  return {
    document: { id, name: `${id}.txt`, text, textHash: 'h', length: Array.from(text).length },
    layer: {
      formatVersion: 1,
      documentId: id,
      textHash: 'h',
      annotator: 'amira',
      status: 'in_progress',
      spans,
      relations: [],
      stances: [],
      documentLabels: {},
    },
    history: { canUndo: false, canRedo: false },
  };
}

/** What one edit changed in one document's layer. */
export function layerChange(documentId: string, more: Partial<LayerChange> = {}): LayerChange {
  return {
    documentId,
    upserted: [],
    removed: [],
    stancesUpserted: [],
    stancesRemoved: [],
    relationsUpserted: [],
    relationsRemoved: [],
    dismissedNames: [],
    documentLabels: {},
    status: 'in_progress',
    spanCount: more.upserted?.length ?? 0,
    ...more,
  };
}

/** An edit's result over some layer changes, undoable. */
export function editResult(changes: LayerChange[], more: Partial<EditResult> = {}): EditResult {
  return {
    changes,
    entitiesChanged: false,
    projectChanged: false,
    history: { canUndo: true, canRedo: false },
    ...more,
  };
}

export function entity(id: string, name: string, aliases: string[] = []): Entity {
  return { id, name, type: 'PERSON', aliases };
}
