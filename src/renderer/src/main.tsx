import './preactOptions';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { firstContent } from './app/firstContent';
import { workbench } from './bridge';
import { CommandRegistry, CommandsProvider } from './commands';
import { keysBeforeApp, replayHeldKeys, type FirstPreview, type HeldSelection } from './firstPaint';
import {
  createModel,
  FrameDraws,
  ModelProvider,
  windowFrames,
  windowIdle,
  type Model,
} from './model';
import { isDesktop } from './shellBridge';

/**
 * Starts the app in `root`: the first requests leave at once, and the window renders once, when
 * the project (and in the browser its first document) is known. Until then the page shows the
 * first paint (`preview`) or index.html's "Loading Loupe…". The render is synchronous, so the
 * preview is replaced in one task and the app handles keys from the moment it is on screen;
 * `<html data-app="ready">` then says so (tests and the benchmark wait on it).
 */
export function mountApp(root: HTMLElement, preview: FirstPreview | null): void {
  // An edit is drawn with its answer when that comes before the next frame (FrameDraws); the
  // known-name suggestions follow when the window is idle.
  const model = createModel(workbench(), new FrameDraws(windowFrames()), windowIdle());
  // App reports a failure of this same start.
  const started = model.start();
  started.catch(() => undefined);
  const registry = new CommandRegistry(model, isDesktop());
  void firstContent(model, started).then(() => {
    const app = createRoot(root);
    const render = (): void =>
      flushSync(() =>
        app.render(
          <StrictMode>
            <ModelProvider model={model}>
              <CommandsProvider registry={registry}>
                <App />
              </CommandsProvider>
            </ModelProvider>
          </StrictMode>,
        ),
      );
    const selected = preview ? preview.handOver(render) : (render(), null);
    document.documentElement.dataset.app = 'ready';
    handKeysOver(model, registry, selected);
  });
}

/**
 * Keys pressed before the app was on screen: typed into the "Who is annotating?" field when
 * the app opens on it (the field takes them when it mounts: `AnnotatorDialog`), else replayed
 * where safe (`replayHeldKeys`).
 */
function handKeysOver(model: Model, registry: CommandRegistry, selected: HeldSelection | null) {
  if (!model.project.snapshot.settings?.annotator) {
    // The field's code loads first; should it never show, keys go back to the window.
    setTimeout(() => keysBeforeApp.release(), 15_000);
    return;
  }
  void replayHeldKeys(keysBeforeApp.release(), selected, {
    meaningOf: (press) => registry.meaningOf(press),
    hasPendingSelection: () => model.selection.snapshot.pending !== null,
    notify: (message) => model.notifications.notify(message),
  }).then(() => focusOpenText(model));
}

/**
 * Once held keys are replayed, the open document's text takes the keyboard unless something
 * else already has it: a keyboard user starts in the text (`Tab`: its first span), not on <body>.
 * The text stays where the first screen was scrolled to.
 */
function focusOpenText(model: Model): void {
  if (document.activeElement !== document.body || !model.document.snapshot.document) return;
  document.querySelector<HTMLElement>('.lp-reading .ProseMirror')?.focus({ preventScroll: true });
}
