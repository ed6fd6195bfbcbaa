import { describe, expect, it } from 'vitest';
import { firstAnswerKey, type Envelope, type Invoke } from '../../src/shared/contract';
import { withFirstAnswers } from '../../src/renderer/src/firstAnswers';

function network(): Invoke & { calls: string[] } {
  const calls: string[] = [];
  const invoke: Invoke = async (method) => {
    calls.push(method);
    return { ok: true, result: `from the network: ${method}` };
  };
  return Object.assign(invoke, { calls });
}

const prepared = (): Promise<Map<string, Envelope>> =>
  Promise.resolve(
    new Map<string, Envelope>([
      [firstAnswerKey('getProject', {}), { ok: true, result: 'prepared project' }],
      [firstAnswerKey('openDocument', { documentId: 'd1' }), { ok: true, result: 'prepared d1' }],
    ]),
  );

describe('withFirstAnswers', () => {
  it('answers each first read once from what was prepared, the rest over the network', async () => {
    const invoke = network();
    const calls = withFirstAnswers(invoke, prepared());
    expect(await calls('getProject', {})).toEqual({ ok: true, result: 'prepared project' });
    expect(await calls('getProject', {})).toEqual({
      ok: true,
      result: 'from the network: getProject',
    });
    expect(await calls('openDocument', { documentId: 'd2' })).toMatchObject({
      result: 'from the network: openDocument',
    });
    expect(await calls('openDocument', { documentId: 'd1' })).toEqual({
      ok: true,
      result: 'prepared d1',
    });
    expect(invoke.calls).toEqual(['getProject', 'openDocument']);
  });

  it('drops what is left after the first write: it could be out of date', async () => {
    const invoke = network();
    const calls = withFirstAnswers(invoke, prepared());
    await calls('addSpan', {});
    expect(await calls('getProject', {})).toMatchObject({ result: 'from the network: getProject' });
    expect(invoke.calls).toEqual(['addSpan', 'getProject']);
  });

  it('goes to the network when nothing was prepared', async () => {
    const invoke = network();
    const calls = withFirstAnswers(invoke, Promise.resolve(new Map()));
    expect(await calls('getSettings', {})).toMatchObject({
      result: 'from the network: getSettings',
    });
  });
});
