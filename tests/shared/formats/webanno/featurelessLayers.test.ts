import { describe, expect, it } from 'vitest';
import { readWebanno, writeWebanno } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { file } from '../build';

const row = (...cells: string[]) => `${cells.join('\t')}\t`;

/**
 * Layers declared without features, as INCEpTION exports of custom layers declare them: a span layer
 * (`#T_SP=webanno.custom.Expressiv|`, a placeholder column of `*`) and a relation layer of a
 * source column alone (`#T_RL=webanno.custom.PluralRef|BT_…`).
 */
const FILE = [
  '#FORMAT=WebAnno TSV 3.3',
  '#T_SP=webanno.custom.Expressiv|',
  '#T_SP=webanno.custom.GrammatischeRolle|grammatischeRolle|thematischeRolle',
  '#T_RL=webanno.custom.PluralRef|BT_webanno.custom.GrammatischeRolle',
  '',
  '',
  '#Text=Sie und er kamen.',
  row('1-1', '0-3', 'Sie', '*', 'Subj[1]', 'Proto-Ag[1]', '_'),
  row('1-2', '4-7', 'und', '_', 'Subj[1]', 'Proto-Ag[1]', '_'),
  row('1-3', '8-10', 'er', '_', 'Subj[1]|dirObj[2]', 'Proto-Ag[1]|*[2]', '1-1[1_2]'),
  row('1-4', '11-16', 'kamen', '_', '_', '_', '_'),
  row('1-5', '16-17', '.', '_', '_', '_', '_'),
  '',
].join('\n');

function header(bundle: FormatBundle): string[] {
  return (writeWebanno(bundle).files[0]?.content ?? '').split('\n').slice(0, 4);
}

describe('writeWebanno of layers the file declared without features', () => {
  it('declares them again without features, in the file’s order', () => {
    // Before: `…Expressiv|value` last and `…PluralRef|value|BT_…`, features INCEpTION's layers lack.
    const read = readWebanno([file('2.tsv', FILE)]);
    expect(header(read)).toEqual(FILE.split('\n').slice(0, 4));
    expect(writeWebanno(read).files[0]?.content).toContain(
      row('1-1', '0-3', 'Sie', '*', 'Subj[1]'),
    );
  });

  it('gives such a layer a value feature once one of its annotations is labelled otherwise', () => {
    const read = readWebanno([file('2.tsv', FILE)]);
    const [doc] = read.documents;
    const spans = (doc?.spans ?? []).map((s) =>
      s.attributes?.layer === 'webanno.custom.Expressiv' ? { ...s, label: 'Ironie' } : s,
    );
    const edited = { ...read, documents: doc ? [{ ...doc, spans }] : [] };
    expect(header(edited)[1]).toBe('#T_SP=webanno.custom.Expressiv|value');
  });
});
