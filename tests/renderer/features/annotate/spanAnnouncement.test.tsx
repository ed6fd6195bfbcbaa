// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { SpanAnnouncement } from '../../../../src/renderer/src/features/annotate/components/SpanAnnouncement';
import { ModelProvider } from '../../../../src/renderer/src/model';
import { startedModel } from '../../helpers/testModel';

describe('SpanAnnouncement', () => {
  it('says the same news twice as new words, so a screen reader says it again', async () => {
    const { model } = await startedModel();
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(() =>
      root.render(
        <ModelProvider model={model}>
          <SpanAnnouncement
            spans={[]}
            selected={null}
            deleted={null}
            pendingText={null}
            suggested={null}
            textOf={() => ''}
          />
        </ModelProvider>,
      ),
    );
    const region = host.querySelector('[role="status"]');
    const added: string[] = [];
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) added.push(node.textContent ?? '');
    }).observe(region!, { childList: true, subtree: true });
    await act(() => model.announcements.announce('Nothing to undo'));
    await act(() => model.announcements.announce('Nothing to undo'));
    await act(() => Promise.resolve());
    expect(region?.textContent).toBe('Nothing to undo');
    expect(added.filter((text) => text === 'Nothing to undo')).toHaveLength(2);
    await act(() => root.unmount());
  });
});
