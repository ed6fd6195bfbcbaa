import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';

/** True when `editor` has a view in the page; TipTap throws on `editor.view.dom` before that. */
export function isViewMounted(editor: Editor | null): boolean {
  if (!editor || editor.isDestroyed) return false;
  try {
    return editor.view.dom.isConnected;
  } catch {
    return false;
  }
}

/**
 * The editor once its view is mounted, else null. Effects that touch the view depend on
 * this value, so they run again when a new editor (new document) replaces the old one.
 */
export function useViewMounted(editor: Editor | null): Editor | null {
  const [mounted, setMounted] = useState<Editor | null>(null);
  useEffect(() => {
    if (!editor) return;
    const check = (): void => setMounted(isViewMounted(editor) ? editor : null);
    check();
    editor.on('mount', check);
    editor.on('create', check);
    const frame = requestAnimationFrame(check);
    return () => {
      editor.off('mount', check);
      editor.off('create', check);
      cancelAnimationFrame(frame);
    };
  }, [editor]);
  return mounted === editor ? mounted : null;
}
