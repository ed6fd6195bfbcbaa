const ZOOM_STEPS = [0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

/** Zooms the page one step in (1) or out (-1), or back to actual size (0): the browser host's zoom. */
export function zoomPage(step: -1 | 0 | 1): void {
  const root = document.documentElement;
  const current = Number(root.style.getPropertyValue('zoom') || 1);
  const at = ZOOM_STEPS.findIndex((z) => z >= current - 0.001);
  const next =
    step === 0 ? 1 : (ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, at + step))] ?? 1);
  root.style.setProperty('zoom', String(next));
}
