import { describe, expect, it } from 'vitest';
import {
  computeAgreement,
  type AgreementDocument,
} from '../../../src/shared/agreement/computeAgreement';
import { agreementResultSchema } from '../../../src/shared/agreement/agreementResult';
import { emptyLayer, type Layer } from '../../../src/shared/model';
import { layer, span, stance } from './build';

const TEXT = 'Mike Pompeo met Adil Abdul-Mahdi in Baghdad.';

describe('computeAgreement', () => {
  const quote = span(0, 11, 'PER');
  const amira = layer(
    [quote, span(16, 32, 'PER'), span(36, 43, 'GPE')],
    [stance('AGAINST', [quote])],
  );
  const omarQuote = span(0, 11, 'PER');
  const omar = layer([omarQuote, span(16, 32, 'ORG')], [stance('AGAINST', [omarQuote])]);
  const lina = layer([span(0, 11, 'PER'), span(16, 32, 'PER'), span(36, 43, 'GPE')]);
  const documents: AgreementDocument[] = [
    { id: 'd1', text: TEXT, layers: [amira, omar, lina] },
    { id: 'd2', text: 'Nothing here.', layers: [layer([]), layer([]), layer([])] },
  ];

  it('builds the CLI shape for two annotators, the first as reference', () => {
    const result = computeAgreement({
      documents: documents.map((d) => ({ ...d, layers: d.layers.slice(0, 2) })),
      annotators: ['amira', 'omar'],
      match: 'exact',
    });
    expect(agreementResultSchema.parse(result)).toEqual(result);
    expect(result.annotators).toEqual(['amira', 'omar']);
    expect(result.match).toBe('exact');
    expect(result.spans.overall).toMatchObject({ tp: 1, fp: 1, fn: 2, precision: 0.5 });
    expect(result.spans.byLabel.GPE).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(result.stances).toEqual({
      units: 1,
      cohenKappa: null,
      fleissKappa: null,
      krippendorffAlpha: null,
    });
    expect(result.documents.map((d) => [d.id, d.f1])).toEqual([
      ['d1', 0.4],
      ['d2', null],
    ]);
    expect(result.documents[0]?.unitizingAlpha).toEqual(expect.any(Number));
    expect(result.documents[1]?.unitizingAlpha).toBeNull();
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]?.spans).toEqual(result.spans);
  });

  it('compares every pair for three annotators and puts the first pair on top', () => {
    const result = computeAgreement({
      documents,
      annotators: ['amira', 'omar', 'lina'],
      match: 'overlap',
    });
    expect(result.pairs.map((p) => p.annotators)).toEqual([
      ['amira', 'omar'],
      ['amira', 'lina'],
      ['omar', 'lina'],
    ]);
    expect(result.spans).toEqual(result.pairs[0]?.spans);
    expect(result.pairs[1]?.spans.overall.f1).toBe(1);
    expect(result.pairs[1]?.documents).toEqual([
      { id: 'd1', f1: 1 },
      { id: 'd2', f1: null },
    ]);
    expect(result.stances.cohenKappa).toBeNull();
    expect(agreementResultSchema.safeParse(result).success).toBe(true);
  });

  it('scores tokens in token mode, layers following the order of annotators', () => {
    const reordered = documents.map((d) => ({
      ...d,
      layers: [d.layers[0], d.layers[2], d.layers[1]] as typeof d.layers,
    }));
    const result = computeAgreement({
      documents: reordered,
      annotators: ['amira', 'lina', 'omar'],
      match: 'token',
    });
    expect(result.spans.overall).toMatchObject({ tp: 7, fp: 0, fn: 0, f1: 1 });
    expect(result.pairs[1]?.spans.byLabel.ORG).toMatchObject({ fp: 4 });
  });

  it('accepts the stored Layer type as it is', () => {
    const stored: Layer = { ...emptyLayer('d1', `sha256:${'0'.repeat(64)}`, 'amira'), spans: [] };
    const result = computeAgreement({
      documents: [{ id: 'd1', text: TEXT, layers: [stored, stored] }],
      annotators: ['amira', 'omar'],
      match: 'exact',
    });
    expect(result.spans.overall.f1).toBeNull();
  });

  it('refuses fewer than two annotators and documents missing a layer', () => {
    expect(() =>
      computeAgreement({ documents: [], annotators: ['amira'], match: 'exact' }),
    ).toThrow(RangeError);
    expect(() =>
      computeAgreement({ documents, annotators: ['amira', 'omar'], match: 'exact' }),
    ).toThrow(/d1 has 3 layers for 2 annotators/);
  });

  it('leaves a document out of the pairs of an annotator who skipped it, and counts it', () => {
    const ignored: AgreementDocument = {
      id: 'd3',
      text: TEXT,
      layers: [layer([]), layer([span(0, 11, 'PER')]), layer([span(0, 11, 'PER')])],
      skipped: [true, false, false],
    };
    const result = computeAgreement({
      documents: [...documents, ignored],
      annotators: ['amira', 'omar', 'lina'],
      match: 'exact',
    });
    expect(agreementResultSchema.parse(result)).toEqual(result);
    expect(result.skipped).toEqual({ amira: 1 });
    // amira's empty layer of d3 is no finding: omar's span there is no false positive.
    expect(result.spans.overall).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(result.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
    // omar and lina, who both annotated d3, still compare it.
    const omarLina = result.pairs.find((p) => p.annotators.join() === 'omar,lina');
    expect(omarLina?.documents.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    expect(omarLina?.spans.overall).toMatchObject({ tp: 2 });
  });
});
