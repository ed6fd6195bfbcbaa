import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { splitAtLineBreaks } from '../../../../src/shared/formats/brat/splitAtLineBreaks';
import { createOffsetIndex } from '../../../../src/shared/spans';
import { bundleArb } from '../arbitraries';
import { canonical } from '../canonical';
import type { Keeps } from '../canonical';

const KEEPS: Keeps = {
  name: true,
  entityLinks: true,
  linksByKbId: true,
  attributes: true,
  notes: true,
  relations: true,
  relationNotes: true,
  stances: true,
};

/**
 * What brat can say of a document: spans split at line breaks, spans of line breaks only gone
 * with what refers to them, entity links only through a knowledge base id.
 */
function expressible(bundle: FormatBundle): FormatBundle {
  return { ...bundle, documents: bundle.documents.map(expressibleDocument) };
}

function expressibleDocument(doc: FormatDocument): FormatDocument {
  const index = createOffsetIndex(doc.text);
  const kbIds = new Set(doc.entities.filter((e) => e.kbId !== undefined).map((e) => e.id));
  const spans = doc.spans
    .map(({ entityId, ...s }) => ({
      ...s,
      ...(entityId !== undefined && kbIds.has(entityId) ? { entityId } : {}),
      fragments: splitAtLineBreaks(doc.text, index, s.fragments),
    }))
    .filter((s) => s.fragments.length > 0);
  const kept = new Set(spans.map((s) => s.id));
  const holds = (r: { kind: string; spanId?: string } | undefined) =>
    r?.kind !== 'span' || kept.has(r.spanId);
  return {
    ...doc,
    spans,
    relations: doc.relations.filter((r) => kept.has(r.from) && kept.has(r.to)),
    stances: doc.stances.filter(
      (s) => s.evidence.every((id) => kept.has(id)) && holds(s.holder) && holds(s.target),
    ),
  };
}

describe('brat round trip', () => {
  it('brings back offsets, labels, links, attributes, notes, relations and stances of any text', () => {
    const caps = {
      discontinuous: true,
      entityLinks: true,
      attributes: 'brat',
      notes: true,
      relations: true,
      relationNotes: true,
      stances: true,
    } as const;
    fc.assert(
      fc.property(bundleArb(caps), (bundle) => {
        const back = readBrat(writeBrat(bundle).files);
        expect(canonical(back, KEEPS)).toEqual(canonical(expressible(bundle), KEEPS));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same files when it reads its own output again', () => {
    fc.assert(
      fc.property(
        bundleArb({
          discontinuous: true,
          entityLinks: true,
          notes: true,
          relations: true,
          stances: true,
        }),
        (bundle) => {
          const once = writeBrat(bundle).files;
          expect(writeBrat(readBrat(once)).files).toEqual(once);
        },
      ),
      { numRuns: 100 },
    );
  });
});
