import { useEffect, useRef } from 'react';

/** Named keyboard actions of the annotation workspace. */
export interface WorkspaceKeyActions {
  undo(): void;
  redo(): void;
  escape(): void;
  /** A label key was pressed (digit or letter); returns true when it was used. */
  labelKey(key: string): boolean;
  deleteSelected(): boolean;
  acceptGhost(): boolean;
  dismissGhost(): boolean;
  move(step: 1 | -1): void;
  linkEntity(): void;
  newStance(): void;
  propagate(): void;
  doneAndNext(): void;
  search(): void;
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return (
    element.getAttribute('contenteditable') === 'true' ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)
  );
}

/** One window key handler, always calling the latest actions; typing in a field is left alone. */
export function useWorkspaceKeys(actions: WorkspaceKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (isTyping(event.target) || event.defaultPrevented) return;
      const a = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z') (event.shiftKey ? a.redo : a.undo)();
      else if (mod && key === 'y') a.redo();
      else if (mod && key === 'f') a.search();
      else if (mod || event.altKey) handled = false;
      else if (event.key === 'Escape') a.escape();
      else if (event.key === 'Tab') a.move(event.shiftKey ? -1 : 1);
      else if (event.key === 'Enter') handled = a.acceptGhost();
      else if (event.key === 'Backspace') handled = a.dismissGhost() || a.deleteSelected();
      else if (event.key === 'Delete') handled = a.deleteSelected();
      else if (a.labelKey(key)) handled = true;
      else if (key === 'e') a.linkEntity();
      else if (key === 's') a.newStance();
      else if (key === 'p') a.propagate();
      else if (key === 'd') a.doneAndNext();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
