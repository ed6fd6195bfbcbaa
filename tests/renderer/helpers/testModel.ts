import type { Invoke } from '../../../src/shared/contract';
import type { Span } from '../../../src/shared/model';
import { createModel, type FrameDraws, type Model } from '../../../src/renderer/src/model';
import { span } from '../../helpers/span';
import { fakeWorkbench, type Answers, type FakeWorkbench } from './fakeWorkbench';
import {
  documentSummary,
  editResult,
  layerChange,
  openedDocument,
  projectInfo,
  settings,
} from './modelData';

export const TEXT = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad.';

/**
 * A model over a fake workbench that serves one project with documents d1 and d2; `wrap` wraps
 * its transport (`trackSaves`, as the window does).
 */
export function testModel(
  spans: Span[] = [span(0, 11, 'PERSON', 's1')],
  answers: Answers = {},
  frames?: FrameDraws,
  idle?: (run: () => void) => void,
  wrap?: (invoke: Invoke) => Invoke,
) {
  let counter = 0;
  const fake: FakeWorkbench = fakeWorkbench(
    {
      getProject: () => projectInfo(),
      getSettings: () => settings(),
      listDocuments: () => [documentSummary('d1'), documentSummary('d2')],
      listEntities: () => [],
      openDocument: ({ documentId }) => openedDocument(documentId, TEXT, spans),
      addSpan: ({ documentId, label, fragments }) => {
        const added = span(
          fragments[0]?.start ?? 0,
          fragments[0]?.end ?? 0,
          label,
          `n${++counter}`,
        );
        return editResult([
          layerChange(documentId, { upserted: [added], spanCount: spans.length + 1 }),
        ]);
      },
      updateSpan: ({ documentId, spanId, label }) =>
        editResult([
          layerChange(documentId, { upserted: [span(0, 11, label ?? 'PERSON', spanId)] }),
        ]),
      deleteSpan: ({ documentId, spanId }) =>
        editResult([layerChange(documentId, { removed: [spanId] })]),
      setStatus: ({ documentId, status }) => editResult([layerChange(documentId, { status })]),
      ...answers,
    },
    wrap,
  );
  const model: Model = createModel(fake.client, frames, idle);
  return { model, fake };
}

/** The test model, started with d1 open. */
export async function startedModel(
  spans?: Span[],
  answers?: Answers,
  frames?: FrameDraws,
  idle?: (run: () => void) => void,
  wrap?: (invoke: Invoke) => Invoke,
) {
  const made = testModel(spans, answers, frames, idle, wrap);
  await made.model.start();
  return made;
}
