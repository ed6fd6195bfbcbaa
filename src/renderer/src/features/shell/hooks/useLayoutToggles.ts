import { useCallback } from 'react';

/** Which panel a toggle hides; the stylesheet reads `data-hide-<panel>` on <html>. */
export type Panel = 'side' | 'inspector';

const ZOOM_STEPS = [0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

/** Panel toggles and page zoom for the browser host (the desktop app zooms natively). */
export function useLayoutToggles(): {
  togglePanel(panel: Panel): void;
  zoom(step: -1 | 0 | 1): void;
} {
  const togglePanel = useCallback((panel: Panel) => {
    document.documentElement.toggleAttribute(`data-hide-${panel}`);
  }, []);
  const zoom = useCallback((step: -1 | 0 | 1) => {
    const root = document.documentElement;
    const current = Number(root.style.getPropertyValue('zoom') || 1);
    const at = ZOOM_STEPS.findIndex((z) => z >= current - 0.001);
    const next =
      step === 0 ? 1 : (ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, at + step))] ?? 1);
    root.style.setProperty('zoom', String(next));
  }, []);
  return { togglePanel, zoom };
}
