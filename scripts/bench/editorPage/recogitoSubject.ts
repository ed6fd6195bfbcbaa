import {
  createTextAnnotator,
  type TextAnnotation,
  type TextAnnotator,
} from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import type { Span } from '../../../src/shared/model';
import type { EditorSubject } from './editorSubject';

type Stored = Omit<TextAnnotation, 'target'> & {
  target: { annotation: string; selector: { quote: string; start: number; end: number }[] };
};

function annotationOf(span: Span, text: string): Stored {
  return {
    id: span.id,
    bodies: [],
    target: {
      annotation: span.id,
      selector: span.fragments.map((f) => ({
        quote: text.slice(f.start, f.end),
        start: f.start,
        end: f.end,
      })),
    },
  };
}

/** Highlights the annotator has drawn (it draws only those in the viewport). */
function highlights(): number {
  return document.querySelectorAll('.r6o-annotation').length;
}

/** @recogito/text-annotator 4 on the same text (one text node per line) with the same spans as W3C-style annotations. */
export function recogitoSubject(): EditorSubject {
  let annotator: TextAnnotator | null = null;
  let text = '';
  const add = (span: Span): void =>
    void annotator?.addAnnotation(annotationOf(span, text) as unknown as TextAnnotation);
  return {
    mount(root, doc) {
      text = doc.text;
      const container = document.createElement('div');
      container.className = 'bench-bare';
      container.style.whiteSpace = 'pre-wrap';
      for (const line of doc.text.split(/(?<=\n)/))
        container.appendChild(document.createTextNode(line));
      root.appendChild(container);
      annotator = createTextAnnotator(container);
      annotator.setAnnotations(
        doc.spans.map((s) => annotationOf(s, text)) as unknown as TextAnnotation[],
      );
    },
    firstDrawn: () => highlights() > 0,
    allDrawn: () => highlights() > 0,
    visibleCount: () => highlights(),
    add,
    remove: (span) => void annotator?.removeAnnotation(span.id),
    shows: (span) =>
      document.querySelector(`.r6o-annotation[data-annotation="${span.id}"]`) !== null,
    undo: add,
  };
}
