import { describe, expect, it } from 'vitest';
import { failure, type Invoke } from '../../src/shared/contract';
import {
  firstAnswers,
  firstPaintWanted,
  withFirstAnswersPreload,
} from '../../src/server/firstAnswers';

function invokeWith(results: Record<string, unknown>): Invoke {
  return async (method) =>
    method in results
      ? { ok: true, result: results[method] }
      : failure('not_found', `no ${method}`);
}

describe('firstAnswers', () => {
  it('asks what the window asks first, and the first document when someone annotates', async () => {
    const invoke = invokeWith({
      getSettings: { annotator: 'amira' },
      listDocuments: [{ id: 'd2' }, { id: 'd1' }],
      getProject: {},
      listEntities: [],
      openDocument: { document: { id: 'd2' } },
    });
    const answers = await firstAnswers(invoke);
    expect(answers.map((a) => a.method)).toEqual([
      'getSettings',
      'listDocuments',
      'getProject',
      'listEntities',
      'openDocument',
    ]);
    expect(answers.at(-1)?.request).toEqual({ documentId: 'd2' });
  });

  it('opens no document without an annotator, nor when the list failed', async () => {
    const none = await firstAnswers(
      invokeWith({ getSettings: { annotator: null }, listDocuments: [{ id: 'd1' }] }),
    );
    expect(none.map((a) => a.method)).not.toContain('openDocument');
    const failed = await firstAnswers(invokeWith({ getSettings: { annotator: 'amira' } }));
    expect(failed.map((a) => a.method)).not.toContain('openDocument');
    expect(failed.find((a) => a.method === 'listDocuments')?.envelope.ok).toBe(false);
  });
});

describe('firstPaintWanted', () => {
  const doc = (length: number, spanCount: number) => ({ id: 'd1', length, spanCount });
  it('paints the first document before the app when someone annotates and it is small', async () => {
    const ask = (annotator: string | null, list: unknown) =>
      firstPaintWanted(invokeWith({ getSettings: { annotator }, listDocuments: list }));
    expect(await ask('amira', [doc(300_000, 3000), doc(1, 1)])).toBe(true);
    expect(await ask('amira', [doc(300_001, 10)])).toBe(false);
    expect(await ask('amira', [doc(1000, 3001)])).toBe(false);
    expect(await ask(null, [doc(10, 1)])).toBe(false);
    expect(await ask('amira', [])).toBe(false);
    expect(await firstPaintWanted(invokeWith({ getSettings: { annotator: 'amira' } }))).toBe(false);
  });
});

describe('withFirstAnswersPreload', () => {
  it('tells the page to paint the first document when asked', () => {
    expect(withFirstAnswersPreload('<head><script src="a.js"></script></head>', '/f', true)).toBe(
      '<head><meta name="loupe-first-paint" content="document">\n    <link rel="preload" href="./f" as="fetch" crossorigin>\n    <script src="a.js"></script></head>',
    );
  });

  it('puts the preload before the first script, else at the end of the head', () => {
    expect(
      withFirstAnswersPreload('<head><title>L</title><script src="a.js"></script></head>', '/f'),
    ).toBe(
      '<head><title>L</title><link rel="preload" href="./f" as="fetch" crossorigin>\n    <script src="a.js"></script></head>',
    );
    expect(withFirstAnswersPreload('<head><title>L</title></head>', '/f')).toContain(
      '<link rel="preload" href="./f" as="fetch" crossorigin>\n    </head>',
    );
    expect(withFirstAnswersPreload('plain', '/f')).toBe('plain');
  });
});
