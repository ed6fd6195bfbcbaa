import '../../../src/renderer/src/app/styles.css';
import './bench.css';
import { benchDocument } from './benchDocument';
import type { EditorMetrics, EditorRunRequest, EditorSubjectId } from './editorMetrics';
import type { EditorSubject } from './editorSubject';
import { afterPaint, median, scrollThrough, untilPainted } from './frames';
import { loupeSubject } from './loupeSubject';
import { prosemirrorSubject } from './prosemirrorSubject';
import { recogitoSubject } from './recogitoSubject';

const subjects: Record<EditorSubjectId, () => EditorSubject> = {
  loupe: loupeSubject,
  prosemirror: prosemirrorSubject,
  recogito: recogitoSubject,
};

/** Milliseconds from a change until a painted frame in which `shown` holds. */
async function timed(change: () => void, shown: () => boolean): Promise<number> {
  await afterPaint();
  await afterPaint();
  const start = performance.now();
  change();
  return untilPainted(start, shown, 30_000);
}

async function run(request: EditorRunRequest): Promise<EditorMetrics> {
  const doc = benchDocument(request);
  const subject = subjects[request.subject]();
  const root = document.getElementById('root') as HTMLElement;
  await afterPaint();
  const start = performance.now();
  subject.mount(root, doc);
  const firstFrame = await untilPainted(start, () => subject.firstDrawn());
  const visibleSpans = subject.visibleCount();
  const allReady = await untilPainted(start, () => subject.allDrawn());
  const adds: number[] = [];
  const deletes: number[] = [];
  const undos: number[] = [];
  for (const span of doc.extras) {
    adds.push(
      await timed(
        () => subject.add(span),
        () => subject.shows(span),
      ),
    );
    deletes.push(
      await timed(
        () => subject.remove(span),
        () => !subject.shows(span),
      ),
    );
    undos.push(
      await timed(
        () => subject.undo(span),
        () => subject.shows(span),
      ),
    );
  }
  const scroll = await scrollThrough(request.scrollSteps);
  return {
    firstFrame,
    allReady,
    add: median(adds),
    delete: median(deletes),
    undo: median(undos),
    scroll: scroll.total,
    worstScrollStep: scroll.worst,
    visibleSpans,
  };
}

declare global {
  interface Window {
    loupeBench: { run(request: EditorRunRequest): Promise<EditorMetrics> };
  }
}

window.loupeBench = { run };
