import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/shared/model';
import { entity, openedDocument } from '../helpers/modelData';
import { startedModel, TEXT } from '../helpers/testModel';

describe('known-name suggestions across documents', () => {
  it("drops the last document's suggestions as soon as another opens, before its own are found", async () => {
    const waiting: (() => void)[] = [];
    const idle = (run: () => void): void => void waiting.push(run);
    const { model } = await startedModel(
      [],
      {
        listEntities: () => [entity('e1', 'Adel Abdul-Mahdi')],
        openDocument: ({ documentId }) =>
          openedDocument(documentId, documentId === 'd2' ? 'Short.' : TEXT, [] as Span[]),
      },
      undefined,
      idle,
    );
    for (const run of waiting.splice(0)) run();
    expect(model.suggestions.snapshot.list.map((s) => [s.start, s.end])).toEqual([[16, 32]]);
    await model.document.open('d2');
    // Offsets 16–32 of the last text are past the end of this one (6 code points): the view
    // would fail to draw them. Nothing is shown until the idle search of this text runs.
    expect(model.suggestions.snapshot.list).toEqual([]);
    for (const run of waiting.splice(0)) run();
    expect(model.suggestions.snapshot.list).toEqual([]);
  });
});
