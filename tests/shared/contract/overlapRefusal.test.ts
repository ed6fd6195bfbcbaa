import { describe, expect, it } from 'vitest';
import {
  asEnvelope,
  failure,
  overlapDetails,
  overlapRefusalOf,
  WorkbenchError,
} from '../../../src/shared/contract';
import { SpanOverlapError } from '../../../src/shared/formats';

const refused = new SpanOverlapError(
  '001_8f0f90acb7aa8cc5',
  [
    [
      { label: 'PERSON', start: 337, end: 348, text: 'Mike Pompeo' },
      { label: 'MISC', start: 342, end: 348, text: 'Pompeo' },
    ],
  ],
  2,
).in('document 2 of 5, “The United States on Friday…”');

/** The error as a window receives it: through JSON, as every transport carries it. */
function acrossTransport(error: WorkbenchError): WorkbenchError {
  const sent = JSON.parse(JSON.stringify(failure(error.code, error.message, error.details)));
  const envelope = asEnvelope(sent, 'HTTP');
  if (envelope.ok) throw new Error('not a failure');
  return new WorkbenchError(envelope.error.code, envelope.error.message, envelope.error.details);
}

describe('overlapDetails and overlapRefusalOf', () => {
  it('carry the document in words, the pairs by label and text, and the count across a transport', () => {
    const error = new WorkbenchError('invalid_request', refused.message, overlapDetails(refused));
    expect(overlapRefusalOf(acrossTransport(error))).toEqual({
      document: 'document 2 of 5, “The United States on Friday…”',
      total: 2,
      pairs: [
        [
          { label: 'PERSON', text: 'Mike Pompeo' },
          { label: 'MISC', text: 'Pompeo' },
        ],
      ],
    });
  });

  it('finds nothing in other errors or in details of another shape', () => {
    expect(overlapRefusalOf(new Error('x'))).toBeNull();
    expect(overlapRefusalOf(new WorkbenchError('invalid_request', 'x'))).toBeNull();
    const bad = { overlaps: { document: 'd', total: 1, pairs: [[{ label: 'A' }]] } };
    expect(overlapRefusalOf(new WorkbenchError('invalid_request', 'x', bad))).toBeNull();
  });
});
