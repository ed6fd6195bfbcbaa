import { describe, expect, it } from 'vitest';
import type { FirstAnswer } from '../../src/shared/contract';
import { PreparedAnswers } from '../../src/server/preparedAnswers';

/** Answers numbered by the time they were asked. */
function asker(): { ask: () => Promise<FirstAnswer[]>; asked: () => number } {
  let count = 0;
  return {
    ask: async () => [
      { method: 'getProject', request: {}, envelope: { ok: true, result: ++count } },
    ],
    asked: () => count,
  };
}

async function resultOf(answers: Promise<FirstAnswer[]>): Promise<unknown> {
  const [first] = await answers;
  return first?.envelope.ok ? first.envelope.result : null;
}

describe('PreparedAnswers', () => {
  it('hands the answers asked with the page to its first-answers request, once', async () => {
    const { ask, asked } = asker();
    const prepared = new PreparedAnswers(ask);
    prepared.prepare();
    expect(asked()).toBe(1);
    expect(await resultOf(prepared.take())).toBe(1);
    expect(await resultOf(prepared.take())).toBe(2);
  });

  it('asks anew after an API call or when the page did not come for them in time', async () => {
    const { ask } = asker();
    let now = 1000;
    const prepared = new PreparedAnswers(ask, () => now);
    prepared.prepare();
    prepared.drop();
    expect(await resultOf(prepared.take())).toBe(2);
    prepared.prepare();
    now += 5001;
    expect(await resultOf(prepared.take())).toBe(4);
  });

  it('asks when nothing was prepared', async () => {
    const { ask } = asker();
    expect(await resultOf(new PreparedAnswers(ask).take())).toBe(1);
  });
});
