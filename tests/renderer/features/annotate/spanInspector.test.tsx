// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../../src/shared/model';
import { SpanInspector } from '../../../../src/renderer/src/features/annotate/components/SpanInspector';
import { ModelProvider } from '../../../../src/renderer/src/model';
import { span } from '../../../helpers/span';
import { startedModel } from '../../helpers/testModel';

/** The inspector of `first`, and a way to show another span in its place. */
async function inspectorOf(first: Span) {
  const { model } = await startedModel();
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const show = (shown: Span) =>
    act(() =>
      root.render(
        <ModelProvider model={model}>
          <SpanInspector span={shown} />
        </ModelProvider>,
      ),
    );
  await show(first);
  const panel = () => host.querySelector('.lp-inspector');
  return { show, panel, unmount: () => act(() => root.unmount()) };
}

describe('SpanInspector', () => {
  it('keeps its panel when the saved span takes the place of the one drawn before its answer', async () => {
    const drawn = span(0, 11, 'PERSON', 'unsaved_1');
    const inspector = await inspectorOf(drawn);
    const panel = inspector.panel();
    expect(panel).not.toBeNull();
    await inspector.show(span(0, 11, 'PERSON', 's_saved'));
    expect(inspector.panel()).toBe(panel); // re-rendered, not built again
    await inspector.unmount();
  });

  it('keeps its panel when a span saved in place of the drawn one then gets a note', async () => {
    // A slow save: the details were shown for the drawn span, the note typed, then the answer.
    const inspector = await inspectorOf(span(0, 11, 'PERSON', 'unsaved_1'));
    const panel = inspector.panel();
    const saved = span(0, 11, 'PERSON', 's_saved');
    await inspector.show(saved);
    await inspector.show({ ...saved, note: 'hello' }); // the note saved as the keyboard left it
    expect(inspector.panel()).toBe(panel); // the control after the note keeps the keyboard
    expect(panel?.querySelector('textarea')?.value).toBe('hello');
    await inspector.unmount();
  });

  it('keeps its panel when the span’s note changes, and its note field follows the note', async () => {
    const saved = span(0, 11, 'PERSON', 's1');
    const inspector = await inspectorOf(saved);
    const panel = inspector.panel();
    const field = () => panel?.querySelector('textarea')?.value;
    await inspector.show({ ...saved, note: 'hello' }); // saved from the field, or a redo
    expect(inspector.panel()).toBe(panel); // the control after the note keeps the keyboard
    expect(field()).toBe('hello');
    await inspector.show(saved); // an undo
    expect(inspector.panel()).toBe(panel);
    expect(field()).toBe('');
    await inspector.unmount();
  });

  it('starts afresh for another span, and for a drawn span saved as something else', async () => {
    const inspector = await inspectorOf(span(0, 11, 'PERSON', 's1'));
    const first = inspector.panel();
    await inspector.show(span(0, 11, 'PERSON', 's2')); // another saved span at the same place
    const second = inspector.panel();
    expect(second).not.toBe(first);
    await inspector.show(span(16, 32, 'PERSON', 'unsaved_2'));
    const drawn = inspector.panel();
    expect(drawn).not.toBe(second);
    await inspector.show(span(16, 32, 'ORG', 's3')); // not the span that was drawn
    expect(inspector.panel()).not.toBe(drawn);
    await inspector.unmount();
  });
});
