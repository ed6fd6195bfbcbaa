import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import { openedDocument } from '../helpers/modelData';
import { startedModel, TEXT } from '../helpers/testModel';

/** A promise resolved from outside: an answer that arrives when the test says so. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** The model with d1 open, where opening `slowId` waits for the test to let its answer go. */
async function slowToOpen(slowId: string) {
  const made = await startedModel();
  const slow = deferred();
  made.fake.answer('openDocument', async ({ documentId }) => {
    if (documentId === slowId) await slow.promise;
    return openedDocument(documentId, `${documentId}: ${TEXT}`);
  });
  const asked = (): string[] =>
    made.fake.calls
      .filter((c) => c.method === 'openDocument')
      .map((c) => (c.payload as { documentId: string }).documentId);
  return { ...made, slow, asked };
}

// Two answers to "open" on their way at once: a reload after the agreement view closed, and the
// next document D opens. The view shows the one asked for last, whichever answers last.
describe('opening documents while another answer is on its way', () => {
  it('does not take the view back to the document left when its late answer arrives', async () => {
    const { model, slow } = await slowToOpen('d1');
    const reread = model.document.reopen();
    await model.document.open('d2');
    expect(model.document.snapshot.document?.id).toBe('d2');
    slow.resolve();
    await reread;
    expect(model.document.snapshot.document?.id).toBe('d2');
  });

  it('reads again the document on its way, and its opener waits until it is shown', async () => {
    const { model, slow, asked } = await slowToOpen('d2');
    let opened = '';
    const opening = model.document
      .open('d2')
      .then(() => (opened = model.document.snapshot.document?.id ?? ''));
    const reread = model.document.reopen();
    expect(asked().slice(-2)).toEqual(['d2', 'd2']);
    slow.resolve();
    await Promise.all([opening, reread]);
    expect([opened, model.document.snapshot.document?.id]).toEqual(['d2', 'd2']);
  });

  it('reports only the failure of the document asked for last', async () => {
    const { model, fake } = await startedModel();
    const slow = deferred();
    fake.answer('openDocument', async ({ documentId }) => {
      if (documentId === 'd1') {
        await slow.promise;
        throw new WorkbenchError('io', 'the file went away');
      }
      return openedDocument(documentId, TEXT);
    });
    const left = model.document.open('d1');
    await model.document.open('d2');
    slow.resolve();
    await expect(left).resolves.toBeUndefined();
    expect(model.document.snapshot.document?.id).toBe('d2');
  });

  it('D during a reload: the next document stays, and the keyboard is sent to it once shown', async () => {
    const { model, slow } = await slowToOpen('d1');
    const focusedOn: (string | undefined)[] = [];
    let requests = model.view.snapshot.readingFocus;
    model.view.onDidChange(() => {
      if (model.view.snapshot.readingFocus === requests) return;
      requests = model.view.snapshot.readingFocus;
      focusedOn.push(model.document.snapshot.document?.id);
    });
    const reloaded = model.reload(); // as closing the agreement view does
    await new Promise((resolve) => setTimeout(resolve)); // its reopen is on its way
    expect(await model.moves.doneAndNext()).toBe(true);
    slow.resolve();
    await reloaded;
    expect(model.document.snapshot.document?.id).toBe('d2');
    expect(focusedOn).toEqual(['d2']);
  });
});
