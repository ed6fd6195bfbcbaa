import { act } from 'preact/test-utils';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ModelProvider } from '../../../src/renderer/src/model';
import type { Answers } from './fakeWorkbench';
import { startedModel } from './testModel';

/**
 * Renders `dialog` (open) with the test model started on these answers, into the document, and
 * waits until its first requests are answered and drawn. The answer takes it away again.
 * @example const close = await renderedDialog(<StatsDialog open />, { projectStats: () => stats() });
 */
export async function renderedDialog(
  dialog: ReactNode,
  answers: Answers,
): Promise<() => Promise<void>> {
  const { model } = await startedModel(undefined, answers);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => {
    root.render(<ModelProvider model={model}>{dialog}</ModelProvider>);
    await Promise.resolve();
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return async () => {
    await act(() => root.unmount());
    host.remove();
  };
}
