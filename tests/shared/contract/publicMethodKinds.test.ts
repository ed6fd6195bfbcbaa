import { describe, expect, it } from 'vitest';
import { PUBLIC_METHOD_KINDS, publicContract } from '../../../src/shared/contract';

describe('PUBLIC_METHOD_KINDS', () => {
  it('names every public method of the contract with its kind, and nothing else', () => {
    const fromContract = Object.fromEntries(
      Object.entries(publicContract).map(([method, spec]) => [method, spec.kind]),
    );
    expect(PUBLIC_METHOD_KINDS).toEqual(fromContract);
    expect(PUBLIC_METHOD_KINDS.addSpan).toBe('edit');
    expect(PUBLIC_METHOD_KINDS.openDocument).toBe('read');
  });
});
