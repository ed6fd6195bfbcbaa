import { describe, expect, it } from 'vitest';
import { asEnvelope } from '../../../src/shared/contract';

const notAReply = {
  ok: false,
  error: { code: 'internal', message: 'HTTP answered something that is not a Loupe reply' },
};

describe('asEnvelope', () => {
  it('passes a result through, and a result JSON dropped as undefined', () => {
    expect(asEnvelope({ ok: true, result: [1] }, 'HTTP')).toEqual({ ok: true, result: [1] });
    expect(asEnvelope(JSON.parse(JSON.stringify({ ok: true, result: undefined })), 'HTTP')).toEqual(
      { ok: true, result: undefined },
    );
  });

  it('passes an error with its code, message and details', () => {
    const error = { code: 'not_found', message: 'no document d9', details: { documentId: 'd9' } };
    expect(asEnvelope({ ok: false, error }, 'HTTP')).toEqual({ ok: false, error });
    expect(asEnvelope({ ok: false, error: { code: 'io', message: 'disk' } }, 'HTTP')).toEqual({
      ok: false,
      error: { code: 'io', message: 'disk' },
    });
  });

  it.each([
    ['nothing', null],
    ['an HTML page', '<html>'],
    ['no ok', { result: 1 }],
    ['ok as a string', { ok: 'true', result: 1 }],
    ['an unknown code', { ok: false, error: { code: 'oops', message: 'x' } }],
    ['no message', { ok: false, error: { code: 'io' } }],
    ['no error', { ok: false }],
    ['details as an array', { ok: false, error: { code: 'io', message: 'x', details: [1] } }],
    [
      'details not data',
      { ok: false, error: { code: 'io', message: 'x', details: { at: new Date() } } },
    ],
  ])('turns %s into an internal error naming the transport', (_, value) => {
    expect(asEnvelope(value, 'HTTP')).toEqual(notAReply);
  });
});
