import { useLayoutEffect, useMemo, useRef } from 'react';
import type { LabelStyles, Span } from '../../../shared/model';
import { labelRules } from '../../../shared/spanLook';

/** The labels the spans use, each once. */
function labelsOf(spans: readonly Span[]): string[] {
  const labels = new Set<string>();
  for (const span of spans) labels.add(span.label);
  return [...labels];
}

/**
 * Keeps the labels' style sheet (`labelRules`: colour and name per label) in the page while the
 * reading view is shown, written before the browser paints, so every span element finds its
 * label's rule in the frame that first shows it.
 */
export function useLabelRules(styles: LabelStyles, spans: readonly Span[]): void {
  const sheet = useRef<HTMLStyleElement | null>(null);
  const labels = useMemo(() => labelsOf(spans), [spans]);
  const rules = useMemo(() => labelRules(styles, labels), [styles, labels]);
  useLayoutEffect(() => {
    const element = document.createElement('style');
    element.setAttribute('data-label-rules', '');
    document.head.append(element);
    sheet.current = element;
    return () => {
      element.remove();
      sheet.current = null;
    };
  }, []);
  useLayoutEffect(() => {
    const element = sheet.current;
    if (element && element.textContent !== rules) element.textContent = rules;
  }, [rules]);
}
