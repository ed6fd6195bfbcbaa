import { describe, expect, it } from 'vitest';
import { failure, type Invoke } from '../../src/shared/contract';
import { firstAnswers, withFirstScreen } from '../../src/server/firstAnswers';

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

describe('withFirstScreen', () => {
  it('puts the preload before the first script, else at the end of the head', () => {
    expect(
      withFirstScreen('<head><title>L</title><script src="a.js"></script></head>', '/f', []),
    ).toBe(
      '<head><title>L</title><link rel="preload" href="./f" as="fetch" crossorigin>\n    <script src="a.js"></script></head>',
    );
    expect(withFirstScreen('<head><title>L</title></head>', '/f', [])).toContain(
      '<link rel="preload" href="./f" as="fetch" crossorigin>\n    </head>',
    );
    expect(withFirstScreen('plain', '/f', [])).toBe('plain');
  });

  it('leaves the loading note in place when the answers open no document', () => {
    const page =
      '<head></head><body><div id="root"><div class="lp-loading">Loading Loupe…</div></div></body>';
    const answers = [
      { method: 'getSettings', request: {}, envelope: { ok: true as const, result: {} } },
    ];
    expect(withFirstScreen(page, '/f', answers)).toContain('Loading Loupe…');
  });
});
