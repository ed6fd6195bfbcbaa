import { Schema, type Node as PmNode } from '@tiptap/pm/model';
import { EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, EditorView } from '@tiptap/pm/view';
import type { Span } from '../../../src/shared/model';
import { createPositionMap, stackLevels, type PositionMap } from '../../../src/renderer/src/editor';
import { countOnScreen, type EditorSubject } from './editorSubject';

const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*', toDOM: () => ['p', { dir: 'auto' }, 0] },
    text: {},
  },
});
const key = new PluginKey<DecorationSet>('benchSpans');

function decorationsOf(span: Span, level: number, positions: PositionMap): Decoration[] {
  return span.fragments.map((f) =>
    Decoration.inline(
      positions.toPos(f.start),
      positions.toPos(f.end),
      {
        nodeName: 'span',
        class: `lp-span lp-level-${Math.min(level, 7)}`,
        style: `--lp-color: #2f6fde; --lp-level: ${level}`,
        'data-span-id': span.id,
      },
      { spanId: span.id },
    ),
  );
}

/** The baseline: a bare ProseMirror view of the same text with one DecorationSet of the same spans, changed with add/remove. */
export function prosemirrorSubject(): EditorSubject {
  let view: EditorView | null = null;
  let positions: PositionMap | null = null;
  const change = (next: (set: DecorationSet, doc: PmNode) => DecorationSet): void => {
    if (!view) return;
    const set = key.getState(view.state) as DecorationSet;
    view.dispatch(view.state.tr.setMeta(key, next(set, view.state.doc)));
  };
  const add = (span: Span): void =>
    change((set, doc) => set.add(doc, decorationsOf(span, 0, positions as PositionMap)));
  return {
    mount(root, doc) {
      positions = createPositionMap(doc.text);
      const map = positions;
      const node = schema.node(
        'doc',
        null,
        map.lines.map((line) => schema.node('paragraph', null, line ? [schema.text(line)] : [])),
      );
      const levels = stackLevels(doc.spans);
      const plugin = new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) =>
            DecorationSet.create(
              state.doc,
              doc.spans.flatMap((s) => decorationsOf(s, levels.get(s.id) ?? 0, map)),
            ),
          apply: (tr, set) =>
            (tr.getMeta(key) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
        },
        props: { decorations: (state) => key.getState(state) },
      });
      const mount = document.createElement('div');
      mount.className = 'bench-bare';
      root.appendChild(mount);
      view = new EditorView(mount, {
        state: EditorState.create({ doc: node, plugins: [plugin] }),
        editable: () => false,
      });
    },
    firstDrawn: () => countOnScreen('.ProseMirror > p', '.lp-span') > 0,
    allDrawn: () => true,
    visibleCount: () => countOnScreen('.ProseMirror > p', '.lp-span'),
    add,
    remove: (span) =>
      change((set) =>
        set.remove(
          set.find(undefined, undefined, (spec: { spanId?: string }) => spec.spanId === span.id),
        ),
      ),
    shows: (span) => document.querySelector(`[data-span-id="${span.id}"]`) !== null,
    undo: add,
  };
}
