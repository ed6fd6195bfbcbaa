import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from '../../src/server/requestGuard';

describe('requestGuard', () => {
  it('accepts only loopback Host names on our port (DNS rebinding sends the attacker’s name)', () => {
    for (const host of ['127.0.0.1:4173', 'localhost:4173', 'LOCALHOST:4173', '[::1]:4173'])
      expect(isAllowedHost(host, 4173), host).toBe(true);
    for (const host of [
      'evil.example:4173',
      'evil.example',
      '127.0.0.1',
      '127.0.0.1:80',
      'localhost.evil.example:4173',
      '127.0.0.1.nip.io:4173',
      '0.0.0.0:4173',
      undefined,
      '',
    ]) {
      expect(isAllowedHost(host, 4173), String(host)).toBe(false);
    }
  });

  it('accepts no Origin (same-origin navigation) or our own, and nothing else', () => {
    expect(isAllowedOrigin(undefined, 4173)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4173', 4173)).toBe(true);
    for (const origin of [
      'null',
      'http://evil.example',
      'http://127.0.0.1:5000',
      'https://127.0.0.1:4173',
      'http://localhost:4173.evil.example',
      'file://',
      '',
    ]) {
      expect(isAllowedOrigin(origin, 4173), origin).toBe(false);
    }
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc123', 'abc123')).toBe(true);
    for (const presented of ['abc12', 'abc1234', 'ABC123', '', undefined])
      expect(tokenMatches(presented, 'abc123'), String(presented)).toBe(false);
  });
});
