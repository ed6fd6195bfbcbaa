// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandRegistry, CommandsProvider } from '../../../../src/renderer/src/commands';
import { WorkspaceAside } from '../../../../src/renderer/src/features/annotate/components/WorkspaceAside';
import { ModelProvider } from '../../../../src/renderer/src/model';
import { trackSaves } from '../../../../src/renderer/src/saveState';
import type { Invoke } from '../../../../src/shared/contract';
import { fragmentOf } from '../../../../src/shared/spans';
import { startedModel } from '../../helpers/testModel';

/** Frames the test paints by hand. */
let frames: (() => void)[] = [];

async function paintFrame(): Promise<void> {
  await act(async () => {
    frames.splice(0).forEach((callback) => callback());
    await vi.advanceTimersByTimeAsync(0);
  });
}

async function mountAside() {
  // The transport tracked as the window's is: an edit is on its way until its answer is painted.
  const tracked = (invoke: Invoke) => trackSaves(invoke, (callback) => void frames.push(callback));
  const { model } = await startedModel(undefined, undefined, undefined, undefined, tracked);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(() =>
    root.render(
      <ModelProvider model={model}>
        <CommandsProvider registry={new CommandRegistry(model, false)}>
          <WorkspaceAside />
        </CommandsProvider>
      </ModelProvider>,
    ),
  );
  return {
    model,
    inspected: () => host.querySelector('[data-testid="covered-text"]')?.textContent ?? null,
    unmount: () => act(() => root.unmount()),
  };
}

describe('WorkspaceAside', () => {
  beforeEach(() => {
    frames = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(async () => {
    // Paint the frames an answer still waits for: an answer never painted stays "on its way"
    // in the window's save state, which later files of this worker share.
    for (let i = 0; i < 10 && frames.length > 0; i++) await paintFrame();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows the inspector of a new span after the frame that draws the span, not in the same commit', async () => {
    const aside = await mountAside();
    expect(aside.inspected()).toBeNull();
    await act(async () => {
      aside.model.selection.selectRange(fragmentOf(16, 32), null);
      aside.model.annotation.label('PERSON');
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(aside.model.selection.snapshot.selectedId).not.toBeNull(); // drawn, saved, selected
    expect(aside.inspected()).toBeNull(); // in the frame of the answer
    await paintFrame();
    expect(aside.inspected()).toContain('Adel Abdul-Mahdi');
    await aside.unmount();
  });

  it('gives way to the document panel at once when a delete takes the selected span away', async () => {
    const aside = await mountAside();
    await act(() => aside.model.selection.select('s1', false));
    expect(aside.inspected()).toContain('Mike Pompeo'); // no edit: at once
    await act(async () => {
      await aside.model.annotation.deleteSelected();
    });
    expect(aside.inspected()).toBeNull();
    await aside.unmount();
  });

  it('leaves the document panel out of the commits that draw an edit and its answer', async () => {
    const aside = await mountAside();
    // The panel reads the entities at each render (no edit here changes them): count its reads.
    const { entities } = aside.model;
    let owner: object | null = entities;
    while (owner && !Object.getOwnPropertyDescriptor(owner, 'snapshot'))
      owner = Object.getPrototypeOf(owner) as object | null;
    const read = owner && Object.getOwnPropertyDescriptor(owner, 'snapshot')?.get;
    let panelRenders = 0;
    vi.spyOn(entities, 'snapshot', 'get').mockImplementation(() => {
      if (new Error().stack?.includes('DocumentPanel')) panelRenders++;
      return read?.call(entities) as typeof entities.snapshot;
    });
    await act(async () => {
      await aside.model.document.addSpan('PERSON', [fragmentOf(16, 32)]);
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(aside.model.document.snapshot.spans.length).toBeGreaterThan(1); // drawn and saved
    expect(panelRenders).toBe(0); // the column rendered the edit, not the panel (4 reads before)
    await aside.unmount();
  });
});
