import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/shared/contract';
import { chosenTheme, withTheme } from '../../src/server/pageTheme';

function answering(envelope: Envelope) {
  return async (method: string): Promise<Envelope> =>
    method === 'getSettings'
      ? envelope
      : { ok: false, error: { code: 'internal', message: method } };
}

function settings(more: object = {}): Envelope {
  return { ok: true, result: { annotator: 'amira', snapToWords: true, ...more } };
}

describe('the theme on the page the host serves', () => {
  it("is the user's choice from their settings, or none (the system's)", async () => {
    expect(await chosenTheme(answering(settings({ theme: 'dark' })))).toBe('dark');
    expect(await chosenTheme(answering(settings({ theme: 'light' })))).toBe('light');
    expect(await chosenTheme(answering(settings()))).toBeNull();
    expect(await chosenTheme(answering(settings({ theme: '"><script>' })))).toBeNull();
    const failed: Envelope = { ok: false, error: { code: 'internal', message: 'no settings' } };
    expect(await chosenTheme(answering(failed))).toBeNull();
  });

  it('is written on <html> before anything is painted, and only a chosen theme', () => {
    const head = '<!doctype html>\n<html lang="en">\n  <head>';
    expect(withTheme(head, 'dark')).toBe(
      '<!doctype html>\n<html data-theme="dark" lang="en">\n  <head>',
    );
    expect(withTheme(head, null)).toBe(head);
  });
});
