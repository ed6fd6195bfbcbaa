import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createClient,
  createInvoker,
  defineMethod,
  restrictTo,
  WorkbenchError,
  type HandlersOf,
} from '../../../src/shared/contract';

/** A contract of two methods, as a service would declare them: the table is all a transport needs. */
const table = {
  echo: defineMethod({
    summary: 'Answers its text',
    kind: 'read',
    request: z.object({ text: z.string().min(1) }).strict(),
    result: z.object({ text: z.string() }),
    errors: ['not_found'],
  }),
  secret: defineMethod({
    summary: 'Only for callers in the same process',
    kind: 'read',
    expose: 'local',
    request: z.object({}).strict(),
    result: z.literal('local'),
    errors: [],
  }),
} as const;

function handlers(overrides: Partial<HandlersOf<typeof table>> = {}): HandlersOf<typeof table> {
  return {
    echo: async ({ text }) => {
      if (text === 'missing') throw new WorkbenchError('not_found', 'no such text', { text });
      return { text };
    },
    secret: async () => 'local',
    ...overrides,
  };
}

describe('createInvoker and createClient: a method is one table entry and its handler', () => {
  it('validates, runs and answers envelopes; the client turns an error envelope back into a typed error', async () => {
    const invoke = createInvoker(table, handlers());
    expect(await invoke('echo', { text: 'hi' })).toEqual({ ok: true, result: { text: 'hi' } });
    expect(await invoke('echo', { text: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', message: expect.stringMatching(/^echo: text: /) },
    });
    const client = createClient(table, invoke);
    await expect(client.echo({ text: 'missing' })).rejects.toMatchObject({
      code: 'not_found',
      message: 'no such text',
      details: { text: 'missing' },
    });
    await expect(client.echo({ text: 'missing' })).rejects.toBeInstanceOf(WorkbenchError);
  });

  it('refuses names that are not own entries of the table, prototype names included', async () => {
    const invoke = createInvoker(table, handlers());
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'nope'])
      expect(await invoke(name, {})).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
  });

  it('keeps local-only methods from a restricted audience', async () => {
    const invoke = createInvoker(table, handlers());
    const remote = restrictTo({ echo: table.echo }, invoke);
    expect(await remote('secret', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(await invoke('secret', {})).toEqual({ ok: true, result: 'local' });
  });

  it('turns an unexpected throw into internal, and in strict mode a wrong result or an undeclared code too', async () => {
    const broken = handlers({
      echo: async ({ text }) => {
        if (text === 'throw') throw new TypeError('boom');
        if (text === 'conflict') throw new WorkbenchError('conflict', 'undeclared');
        return { text: 42 } as never;
      },
    });
    const lax = createInvoker(table, broken);
    const strict = createInvoker(table, broken, { strict: true });
    expect(await lax('echo', { text: 'throw' })).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
    expect(await lax('echo', { text: 'conflict' })).toMatchObject({ error: { code: 'conflict' } });
    expect(await strict('echo', { text: 'conflict' })).toMatchObject({
      error: {
        code: 'internal',
        message: expect.stringContaining('undeclared error code conflict'),
      },
    });
    expect(await lax('echo', { text: 'x' })).toEqual({ ok: true, result: { text: 42 } });
    expect(await strict('echo', { text: 'x' })).toMatchObject({
      error: { code: 'internal', message: expect.stringContaining('schema refuses') },
    });
  });

  it('runs each call through the policy with its spec', async () => {
    const seen: string[] = [];
    const invoke = createInvoker(table, handlers(), {
      policy: (method, spec, run) => {
        seen.push(`${method}:${spec.kind}`);
        return run();
      },
    });
    await invoke('echo', { text: 'a' });
    await invoke('echo', { text: '' });
    expect(seen).toEqual(['echo:read']);
  });
});
