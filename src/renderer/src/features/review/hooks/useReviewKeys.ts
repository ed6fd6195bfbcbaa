import { useEffect, useRef } from 'react';
import type { ReviewDecision } from '../../../../../shared/review';

/** What the review keys do. */
export interface ReviewKeyActions {
  move(step: number): void;
  decide(decision: ReviewDecision): void;
  acceptAllAgreed(): void;
  undo(): void;
  redo(): void;
  back(): void;
}

const DECISIONS: Readonly<Record<string, ReviewDecision>> = {
  a: 'accept_a',
  b: 'accept_b',
  c: 'accept_both',
  x: 'reject',
};

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
  );
}

/** Which action a key press asks for, or null. */
function actionOf(event: KeyboardEvent, a: ReviewKeyActions): (() => void) | null {
  const key = event.key.toLowerCase();
  if (event.ctrlKey || event.metaKey) {
    if (key === 'z') return event.shiftKey ? a.redo : a.undo;
    return key === 'y' ? a.redo : null;
  }
  if (event.altKey) return null;
  if (event.shiftKey && key === 'a') return a.acceptAllAgreed;
  const decision = DECISIONS[key];
  if (decision) return () => a.decide(decision);
  if (key === 'j' || key === 'arrowdown') return () => a.move(1);
  if (key === 'k' || key === 'arrowup') return () => a.move(-1);
  return key === 'escape' ? a.back : null;
}

/**
 * Review keys on the window, in the capture phase: while review is shown, no key press
 * reaches the annotation view underneath (its label keys and undo would act on a hidden document).
 */
export function useReviewKeys(actions: ReviewKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (isTyping(event.target)) return;
      event.stopPropagation();
      const action = actionOf(event, latest.current);
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
