import { useEffect, useMemo, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import type { LabelStyles, Span } from '../../../shared/model';
import type { Fragment } from '../../../shared/spans';
import { createPositionMap, toEditorContent } from './positions';
import { SpanDecorations, spanDecorationsKey } from './spanDecorations';

export interface ReadingViewProps {
  readonly text: string;
  readonly spans: readonly Span[];
  readonly styles: LabelStyles;
  readonly selectedId: string | null;
  readonly pending: Fragment | null;
  readonly ghosts: readonly { start: number; end: number; selected: boolean }[];
  /** The user selected text: code point range, the selection's screen rectangle, and whether Alt was held. */
  onSelect(range: Fragment | null, rect: DOMRect | null, altKey: boolean): void;
  onSpanClick(spanId: string, at: number): void;
  onGhostClick(index: number): void;
}

/** The document, read-only, with spans drawn as decorations. */
export function ReadingView(props: ReadingViewProps) {
  const positions = useMemo(() => createPositionMap(props.text), [props.text]);
  const content = useMemo(() => toEditorContent(positions.lines), [positions]);
  const callbacks = useRef(props);
  callbacks.current = props;
  const editor = useEditor(
    {
      extensions: [Document, Paragraph.configure({ HTMLAttributes: { dir: 'auto' } }), Text, SpanDecorations],
      content,
      editable: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
    },
    [content],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const paint = { spans: props.spans, styles: props.styles, positions, selectedId: props.selectedId, pending: props.pending, ghosts: props.ghosts };
    editor.view.dispatch(editor.state.tr.setMeta(spanDecorationsKey, paint).setMeta('addToHistory', false));
  }, [editor, positions, props.spans, props.styles, props.selectedId, props.pending, props.ghosts]);

  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const readSelection = (event?: MouseEvent | KeyboardEvent): void => {
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      if (!dom.contains(range.startContainer) || !dom.contains(range.endContainer)) return;
      const from = editor.view.posAtDOM(range.startContainer, range.startOffset);
      const to = editor.view.posAtDOM(range.endContainer, range.endOffset);
      const start = positions.fromPos(Math.min(from, to));
      const end = positions.fromPos(Math.max(from, to));
      if (end > start) callbacks.current.onSelect({ start, end }, range.getBoundingClientRect(), event?.altKey ?? false);
    };
    const onClick = (event: MouseEvent): void => {
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;
      const ghost = (event.target as HTMLElement).closest('[data-ghost]');
      if (ghost) return callbacks.current.onGhostClick(Number(ghost.getAttribute('data-ghost')));
      const target = (event.target as HTMLElement).closest('[data-span-id]');
      const at = editor.view.posAtCoords({ left: event.clientX, top: event.clientY });
      if (target) callbacks.current.onSpanClick(target.getAttribute('data-span-id') as string, at ? positions.fromPos(at.pos) : 0);
      else callbacks.current.onSelect(null, null, false);
    };
    const onKeyUp = (event: KeyboardEvent): void => {
      if (event.shiftKey) readSelection(event);
    };
    dom.addEventListener('mouseup', readSelection);
    dom.addEventListener('click', onClick);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      dom.removeEventListener('mouseup', readSelection);
      dom.removeEventListener('click', onClick);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [editor, positions]);

  return <EditorContent editor={editor} className="lp-reading" />;
}
