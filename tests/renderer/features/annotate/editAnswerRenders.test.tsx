// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { LabelLegend } from '../../../../src/renderer/src/features/annotate/components/LabelLegend';
import { DocumentList } from '../../../../src/renderer/src/features/documents/components/DocumentList';
import { ModelProvider, type Model } from '../../../../src/renderer/src/model';
import { fragmentOf } from '../../../../src/shared/spans';
import { countRenderPasses } from '../../helpers/renderPasses';
import { startedModel } from '../../helpers/testModel';

/** Renders `children` once (the root is never rendered again) and counts the render passes after. */
async function mount(model: Model, children: React.ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(() => root.render(<ModelProvider model={model}>{children}</ModelProvider>));
  const counted = countRenderPasses();
  const unmount = async () => {
    counted.stop();
    await act(() => root.unmount());
  };
  return { host, commits: counted.passes, unmount };
}

/** An add drawn before its answer (one update), then the answer that swaps the drawn span for the saved one (another). */
async function addAndAnswer(model: Model): Promise<void> {
  let added: Promise<unknown> = Promise.resolve();
  await act(() => {
    added = model.document.addSpan('PERSON', [fragmentOf(16, 32)]);
  });
  await act(async () => {
    await added;
  });
}

describe('what an edit renders', () => {
  it('renders the label legend for the drawn span, not again for its answer', async () => {
    const { model } = await startedModel();
    const legend = await mount(model, <LabelLegend />);
    const count = () => legend.host.querySelector('[aria-label^="PERSON"]')?.textContent;
    expect(count()).toContain('1');
    const before = legend.commits();
    await addAndAnswer(model);
    expect(count()).toContain('2');
    // One commit draws the added span; the answer only swaps it for the saved span: same counts.
    expect(legend.commits() - before).toBe(1);
    await legend.unmount();
  });

  it("renders the document list's count with the answer, not each document's sync badge", async () => {
    const { model } = await startedModel();
    const list = await mount(model, <DocumentList />);
    const reads = vi.spyOn(model.sync, 'snapshot', 'get');
    const before = list.commits();
    await addAndAnswer(model);
    // The answer's count is shown once the edit is painted: a frame later on a loaded machine.
    await vi.waitFor(
      async () => {
        await act(async () => undefined);
        expect(list.commits()).toBeGreaterThan(before);
      },
      { timeout: 5000 },
    );
    expect(reads).not.toHaveBeenCalled();
    await list.unmount();
  });
});
