import { EditorState } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { countOf } from '../ui/countOf';
import { createPositionMap, pmPosition } from '../editor/positions';
import { buildSpanLayer } from '../editor/spanLayer';
import type { PreviewContent } from './previewContent';
import { previewDocument, previewSchema } from './previewSchema';
import { refuseKeysUntilReady } from './refuseKeys';

/** The first paint on screen, until the app takes its place. */
export interface FirstPreview {
  /**
   * Runs `render`, the app's first render, which replaces the preview in the same task; then
   * the app's text is scrolled where the reader left the preview and keys go to the app.
   */
  handOver(render: () => void): void;
}

type Children = readonly (Node | string | null)[];

function element(tag: string, attrs: Record<string, string>, children: Children = []): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  // Text goes in as text nodes: document text is never read as HTML.
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** The toolbar as `WorkspaceToolbar` draws it, its buttons not yet working. */
function toolbar(content: PreviewContent): HTMLElement {
  const { title, fileName, spans, stanceCount, done } = content;
  const file = fileName ? element('span', { class: 'lp-doc-file lp-muted' }, [fileName]) : null;
  const edit = element(
    'button',
    { type: 'button', class: 'lp-button lp-button--small', disabled: '' },
    ['Edit'],
  );
  const heading = element('div', { class: 'lp-doc-heading' }, [
    element('h1', { class: 'lp-doc-title', title }, [title]),
    file,
    edit,
  ]);
  const counts = `${countOf(spans.length, 'span')} · ${countOf(stanceCount, 'stance')}`;
  const status = element(
    'button',
    { type: 'button', class: `lp-button${done ? ' is-on' : ''}`, disabled: '' },
    [done ? '✓ Done' : 'Mark done'],
  );
  const suggest = element('button', { type: 'button', class: 'lp-button', disabled: '' }, [
    'Suggest',
  ]);
  return element('div', { class: 'lp-toolbar' }, [
    heading,
    element('span', { class: 'lp-muted' }, [counts]),
    element('span', { class: 'lp-suggest' }, [suggest]),
    status,
  ]);
}

/** The label legend as `LabelLegend` draws it. */
function legend(content: PreviewContent): HTMLElement {
  const counts = new Map<string, number>();
  for (const span of content.spans) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
  const chips = content.labels.map((label) => {
    const style = content.styles[label.name];
    const key = style?.key ? element('kbd', { 'aria-hidden': 'true' }, [style.key]) : null;
    return element(
      'li',
      { class: 'lp-chip lp-chip--static', style: `--lp-color: ${style?.color ?? '#888888'}` },
      [
        key,
        element('span', {}, [label.name]),
        element('span', { class: 'lp-chip__count' }, [String(counts.get(label.name) ?? 0)]),
      ],
    );
  });
  return element('ul', { class: 'lp-legend', 'aria-hidden': 'true' }, chips);
}

/**
 * Paints the first document into `root` with ProseMirror alone, before the app's code is
 * loaded: the window's frame as the app lays it out (header, panels, toolbar, legend) and the
 * reading view's text with every span drawn by the same decorations, read-only. The app's
 * first render replaces it in one task (`handOver`), so the text does not move.
 */
export function paintPreview(root: HTMLElement, content: PreviewContent): FirstPreview {
  const positions = createPositionMap(content.text);
  const doc = previewDocument(positions.lines);
  const paint = { spans: content.spans, styles: content.styles, positions, selectedId: null };
  const { set, waiting } = buildSpanLayer(paint, doc, pmPosition(0));
  const reading = element('div', { class: 'lp-reading' });
  const main = element('main', { class: 'lp-main', 'data-region': 'text' }, [
    toolbar(content),
    legend(content),
    element('article', { class: 'lp-page' }, [reading]),
  ]);
  const frame = element('div', { class: 'lp-app', 'data-first-paint': '', 'aria-busy': 'true' }, [
    element('header', { class: 'lp-header' }, [element('span', { class: 'lp-brand' }, ['Loupe'])]),
    element('nav', { class: 'lp-side', 'aria-label': 'Documents (opening)' }),
    main,
    element('aside', { class: 'lp-inspector', 'aria-label': 'Inspector (opening)' }),
  ]);
  const view = new EditorView(reading, {
    state: EditorState.create({ schema: previewSchema, doc }),
    editable: () => false,
    decorations: () => set,
    attributes: {
      class: 'tiptap',
      role: 'document',
      'aria-label': 'Document text',
      spellcheck: 'false',
      // What the app's span plugin says: whether every span is drawn yet.
      'data-spans': waiting.length ? 'drawing' : 'drawn',
    },
  });
  root.replaceChildren(frame);
  const stopRefusing = refuseKeysUntilReady(frame);
  return {
    handOver(render) {
      const scrolled = main.scrollTop;
      try {
        render();
      } finally {
        stopRefusing();
        view.destroy();
      }
      const next = document.querySelector<HTMLElement>('main.lp-main');
      if (next && scrolled > 0) next.scrollTop = scrolled;
    },
  };
}
