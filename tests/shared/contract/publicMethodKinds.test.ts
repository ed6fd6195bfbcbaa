import { describe, expect, it } from 'vitest';
import {
  PUBLIC_METHOD_KINDS,
  PUBLIC_REFUSALS_UNCHANGED,
  publicContract,
  refusalLeavesWorkUnchanged,
} from '../../../src/shared/contract';

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

describe('PUBLIC_REFUSALS_UNCHANGED', () => {
  it("names every public method whose refusal the contract says leaves the person's work as it was", () => {
    const fromContract = Object.entries(publicContract)
      .filter(([, spec]) => spec.refusal === 'unchanged')
      .map(([method]) => method)
      .sort();
    expect(Object.keys(PUBLIC_REFUSALS_UNCHANGED).sort()).toEqual(fromContract);
    expect(fromContract).toEqual(['importFiles', 'suggest', 'sync', 'updateSchema']);
    expect(refusalLeavesWorkUnchanged('updateSchema')).toBe(true);
    expect(refusalLeavesWorkUnchanged('addSpan')).toBe(false);
    expect(refusalLeavesWorkUnchanged('toString')).toBe(false);
  });
});
