import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { splitAtLineBreaks } from '../../../../src/shared/formats/brat/splitAtLineBreaks';
import { createOffsetIndex, fragmentOf } from '../../../../src/shared/spans';
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

  it('writes the same files again when a stance left out named a span labelled Stance', () => {
    // The first stance's evidence holds only a line break, so it is left out; the span labelled
    // Stance it targets must then be the second stance's bare trigger at once, as on reading back.
    const doc: FormatDocument = {
      name: 'doc',
      text: '\t\r\nA',
      spans: [
        { id: 's1', fragments: [fragmentOf(0, 2)], label: 'ORG' },
        { id: 's5', fragments: [fragmentOf(3, 4)], label: 'Stance' },
      ],
      relations: [],
      stances: [
        { target: { kind: 'span', spanId: 's5' }, polarity: 'FAVOR', evidence: ['s1'] },
        { target: { kind: 'topic', topicId: 'troops' }, polarity: 'FAVOR', evidence: ['s5'] },
      ],
      documentLabels: {},
      entities: [],
    };
    const bundle: FormatBundle = {
      documents: [doc],
      entities: [],
      labels: ['ORG', 'Stance'],
      warnings: [],
    };
    const once = writeBrat(bundle).files;
    expect(once.find((f) => f.path === 'doc.ann')?.content).toBe(
      'T1\tStance 3 4\tA\nE1\tStance:T1\nA1\tPolarity E1 FAVOR\nA2\tTarget E1 troops\n',
    );
    expect(writeBrat(readBrat(once)).files).toEqual(once);
  });
});
