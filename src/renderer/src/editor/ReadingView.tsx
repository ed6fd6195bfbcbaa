import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { EditorContent, useEditor } from '@tiptap/react';
import Document from '@tiptap/extension-document';
import Text from '@tiptap/extension-text';
import type { LabelStyles, Span } from '../../../shared/model';
import type { CodePointOffset, Fragment } from '../../../shared/spans';
import { createPositionMap, pmPosition, toEditorContent } from './positions';
import { sameOverlay, type Ghost } from './overlayDecorations';
import { ReadingParagraph } from './readingParagraph';
import { placeCursor, type ReadingCursor } from './readingCursor';
import { OwnSelection } from './ownSelection';
import { PointerFocus } from './pointerFocus';
import { ReadOnlyText } from './readOnlyText';
import { CaretLayout } from './caretLayout';
import { savedSwap } from './savedSwap';
import {
  firstDrawing,
  overlayDecorationsKey,
  SpanDecorations,
  spanDecorationsKey,
  type OverlayPaint,
  type SpanPaint,
  type SpanPaintMeta,
} from './spanDecorations';
import { isViewMounted, useViewMounted } from './useViewMounted';
import { useLabelRules } from './useLabelRules';
import { labelOfClasses } from '../../../shared/spanLook';
import { visibleAnchor } from './visibleAnchor';
import { scrollerOf } from '../ui/scrollerOf';

export interface ReadingViewProps {
  readonly text: string;
  readonly spans: readonly Span[];
  readonly styles: LabelStyles;
  readonly selectedId: string | null;
  /** Spans drawn before they were saved (a provisional span's id never changes state: its saved span replaces it). */
  readonly unsaved?: ReadonlySet<string>;
  readonly pending: Fragment | null;
  readonly ghosts: readonly Ghost[];
  /** The fragments of the span a new relation starts from, marked while it is made. */
  readonly relateFrom?: readonly Fragment[];
  /** Where the caret goes (the selected span, a search hit), and whether the view takes the focus. */
  readonly cursor?: ReadingCursor | null;
  /**
   * The user selected text: code point range, the selection's screen rectangle, whether Alt was
   * held, and whether it is done (a selection by Shift and the arrows grows until Shift is let go).
   */
  onSelect(range: Fragment | null, rect: DOMRect | null, altKey: boolean, done: boolean): void;
  /** The cursor's wider range (a search hit) is now selected in the text, at `rect` on screen. */
  onRangeShown?(range: Fragment, rect: DOMRect): void;
  onSpanClick(spanId: string, at: CodePointOffset): void;
  onGhostClick(index: number): void;
}

const NONE_UNSAVED: ReadonlySet<string> = new Set();

/** Makes the editor's selection the one the browser shows (anchor and head), when they differ. */
function syncSelection(editor: Editor, selection: Selection): void {
  const view = editor.view;
  if (!selection.anchorNode || !selection.focusNode) return;
  const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
  const current = view.state.selection;
  if (current.anchor === anchor && current.head === head) return;
  const size = view.state.doc.content.size;
  if (anchor < 0 || head < 0 || anchor > size || head > size) return;
  const next = TextSelection.create(view.state.doc, anchor, head);
  view.dispatch(view.state.tr.setSelection(next).setMeta('addToHistory', false));
}

/** The document, read-only, with spans drawn as decorations. */
export function ReadingView(props: ReadingViewProps) {
  const positions = useMemo(() => createPositionMap(props.text), [props.text]);
  const content = useMemo(() => toEditorContent(positions.lines), [positions]);
  // The DOM listeners below call the latest handlers without being installed again.
  const callbacks = useRef(props);
  useLayoutEffect(() => {
    callbacks.current = props;
  });
  // The paint of this render: a new editor draws it with its text; later ones are dispatched.
  const { spans: spanList, styles, selectedId, unsaved = NONE_UNSAVED } = props;
  const { pending, ghosts, relateFrom } = props;
  useLabelRules(styles, spanList);
  const spans = useMemo(
    (): SpanPaint => ({ spans: spanList, styles, positions, selectedId, unsaved }),
    [spanList, styles, positions, selectedId, unsaved],
  );
  const overlay = useMemo(
    (): OverlayPaint => ({ positions, pending, ghosts, ...(relateFrom ? { relateFrom } : {}) }),
    [positions, pending, ghosts, relateFrom],
  );
  // What the view shows: the paint a new editor was created with, then each one dispatched.
  const drawn = useRef<{ editor: unknown; spans: SpanPaint | null; overlay: OverlayPaint | null }>({
    editor: null,
    spans: null,
    overlay: null,
  });
  // Read only when an editor is created (on a new text): the text is rendered with its spans at once.
  const first = firstDrawing({ spans, overlay });
  const editor = useEditor(
    {
      extensions: [
        Document,
        ReadingParagraph,
        Text,
        SpanDecorations.configure({ first }),
        ReadOnlyText,
        CaretLayout,
        OwnSelection,
        PointerFocus,
      ],
      content,
      onBeforeCreate: ({ editor: created }) => {
        drawn.current = { editor: created, spans, overlay };
      },
      // Editable only to keep a caret for keyboard selection: ReadOnlyText refuses every edit.
      editable: true,
      enableCoreExtensions: { keymap: false, paste: false, drop: false, delete: false },
      editorProps: {
        decorations: first.decorations,
        attributes: {
          role: 'textbox',
          'aria-label': 'Document text',
          'aria-readonly': 'true',
          'aria-multiline': 'true',
          'data-region-focus': 'true',
          spellcheck: 'false',
          autocorrect: 'off',
          autocapitalize: 'off',
        },
      },
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
    },
    [content],
  );
  const mounted = useViewMounted(editor);

  // Before the browser paints, so a change shows in the next frame; a span edit redraws only that span.
  useLayoutEffect(() => {
    if (!editor || mounted !== editor || !isViewMounted(editor)) return;
    const last = drawn.current.editor === editor ? drawn.current : { spans: null, overlay: null };
    const spansChanged =
      !last.spans ||
      Object.keys(spans).some(
        (key) => spans[key as keyof SpanPaint] !== last.spans?.[key as keyof SpanPaint],
      );
    const overlayChanged = !sameOverlay(last.overlay, overlay);
    if (!spansChanged && !overlayChanged) return;
    const draw = (): void => {
      drawn.current = { editor, spans, overlay };
      // A selection the browser changed just now (Esc collapses it) is handed over first, or this
      // redraw puts ProseMirror's stale one back.
      const browser = window.getSelection();
      if (browser?.anchorNode && editor.view.dom.contains(browser.anchorNode))
        syncSelection(editor, browser);
      const tr = editor.state.tr.setMeta('addToHistory', false);
      if (spansChanged)
        tr.setMeta(spanDecorationsKey, {
          paint: spans,
          anchor: () => visibleAnchor(editor.view),
        } satisfies SpanPaintMeta);
      if (overlayChanged) tr.setMeta(overlayDecorationsKey, overlay);
      editor.view.dispatch(tr);
    };
    // An add's answer only turns the drawn span into the saved one: the frame that says "Saved"
    // is painted first, the span's solid look right after it (a later change draws it at once).
    if (overlayChanged || !last.spans || !savedSwap(last.spans, spans)) return draw();
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => isViewMounted(editor) && drawn.current === last && draw());
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [editor, mounted, spans, overlay]);

  // Another text in place of one shown opens at its start, not where the last one was left.
  const shown = useRef<Editor | null>(null);
  useLayoutEffect(() => {
    if (!editor || mounted !== editor || !isViewMounted(editor)) return;
    if (shown.current && shown.current !== editor) scrollerOf(editor.view.dom).scrollTop = 0;
    shown.current = editor;
  }, [editor, mounted]);

  const focused = useRef(0);
  const { cursor } = props;
  useEffect(() => {
    if (!cursor || !editor || mounted !== editor || !isViewMounted(editor)) return;
    const focus = cursor.focusRequest !== focused.current;
    focused.current = cursor.focusRequest;
    const place = (): void => {
      const rect = placeCursor(editor, positions, cursor, focus);
      if (rect && cursor.range) callbacks.current.onRangeShown?.(cursor.range, rect);
    };
    if (focus) return place();
    // The caret follows a selection after the frame that shows it (moving it makes the browser lay out).
    const timer = setTimeout(() => isViewMounted(editor) && place());
    return () => clearTimeout(timer);
  }, [editor, mounted, positions, cursor]);

  useEffect(() => {
    if (!editor || mounted !== editor || !isViewMounted(editor)) return;
    const dom = editor.view.dom;
    const readSelection = (event?: MouseEvent | KeyboardEvent): void => {
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      if (!dom.contains(range.startContainer) || !dom.contains(range.endContainer)) return;
      const from = pmPosition(editor.view.posAtDOM(range.startContainer, range.startOffset));
      const to = pmPosition(editor.view.posAtDOM(range.endContainer, range.endOffset));
      // The browser moved the selection before ProseMirror read it (it does so on selectionchange,
      // later): hand it over now, or the redraw onSelect causes puts the stale one back.
      syncSelection(editor, selection);
      const start = positions.fromPos(from < to ? from : to);
      const end = positions.fromPos(from < to ? to : from);
      // A selection by keys grows key by key: it is done when Shift is let go.
      const done =
        event?.type !== 'keyup' || (event instanceof KeyboardEvent && event.key === 'Shift');
      if (end > start)
        callbacks.current.onSelect(
          { start, end },
          range.getBoundingClientRect(),
          event?.altKey ?? false,
          done,
        );
    };
    const onClick = (event: MouseEvent): void => {
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;
      const ghost = (event.target as HTMLElement).closest('[data-ghost]');
      if (ghost) return callbacks.current.onGhostClick(Number(ghost.getAttribute('data-ghost')));
      const target = (event.target as HTMLElement).closest('[data-span-id]');
      const at = editor.view.posAtCoords({ left: event.clientX, top: event.clientY });
      if (target)
        callbacks.current.onSpanClick(
          target.getAttribute('data-span-id') as string,
          positions.fromPos(pmPosition(at?.pos ?? 0)),
        );
      else callbacks.current.onSelect(null, null, false, true);
    };
    // The label on hover. A span element carries only its id and classes, and ProseMirror
    // redraws a paragraph whose elements change, so the title goes on the view's root (whose
    // attribute changes it ignores) while the pointer is over a span: the browser shows it.
    const onOver = (event: MouseEvent): void => {
      const element = event.target instanceof Element ? event.target.closest('.lp-span') : null;
      const label = element ? labelOfClasses(element.className) : null;
      if (label === null) dom.removeAttribute('title');
      else if (dom.getAttribute('title') !== label) dom.setAttribute('title', label);
    };
    // A selection made with Shift+arrows (or Shift+Home/End) is read when a key of it is let go.
    const onKeyUp = (event: KeyboardEvent): void => {
      if (event.shiftKey || event.key === 'Shift') readSelection(event);
    };
    dom.addEventListener('mouseup', readSelection);
    dom.addEventListener('click', onClick);
    dom.addEventListener('mouseover', onOver);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      dom.removeEventListener('mouseup', readSelection);
      dom.removeEventListener('click', onClick);
      dom.removeEventListener('mouseover', onOver);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [editor, mounted, positions]);

  return <EditorContent editor={editor} className="lp-reading" />;
}
