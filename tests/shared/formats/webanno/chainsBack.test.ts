import { describe, expect, it } from 'vitest';
import { readWebanno, writeWebanno } from '../../../../src/shared/formats';
import { file } from '../build';

const row = (...cells: string[]) => `${cells.join('\t')}\t`;

/**
 * An INCEpTION export with coreference chains (in the shapes INCEpTION writes; the sentences are made up): a span layer, an animate
 * and an inanimate chain layer (`referenceRelation|referenceType`: `*->127-1`, `indefNP[127]`).
 */
const INCEPTION = [
  '#FORMAT=WebAnno TSV 3.3',
  '#T_SP=webanno.custom.GrammatischeRolle|grammatischeRolle|thematischeRolle',
  '#T_CH=de.tudarmstadt.ukp.dkpro.core.api.coref.type.CoreferenceLink|referenceRelation|referenceType',
  '#T_CH=webanno.custom.CoreferenceInanimateLink|referenceRelation|referenceType',
  '',
  '',
  '#Text=Eine Ärztin kam.',
  row('1-1', '0-4', 'Eine', 'Subj[1]', 'Proto-Ag[1]', '*->127-1', 'indefNP[127]', '_', '_'),
  row('1-2', '5-11', 'Ärztin', 'Subj[1]', 'Proto-Ag[1]', '*->127-1', 'indefNP[127]', '_', '_'),
  row('1-3', '12-15', 'kam', '_', '_', '_', '_', '_', '_'),
  row('1-4', '15-16', '.', '_', '_', '_', '_', '_', '_'),
  '',
  '#Text=Im Dezember blieb sie.',
  row('2-1', '17-19', 'Im', '_', '_', '_', '_', '*->185-1', 'defNP[185]'),
  row('2-2', '20-28', 'Dezember', '_', '_', '_', '_', '*->185-1', 'defNP[185]'),
  row('2-3', '29-34', 'blieb', '_', '_', '_', '_', '_', '_'),
  row('2-4', '35-38', 'sie', 'Subj', 'Proto-Ag', '*->127-2', 'PersPron[127]', '_', '_'),
  row('2-5', '38-39', '.', '_', '_', '_', '_', '_', '_'),
  '',
].join('\n');

describe('writeWebanno of a file with chains', () => {
  const written = writeWebanno(readWebanno([file('2.tsv', INCEPTION)]));
  const lines = (written.files[0]?.content ?? '').split('\n');

  it('declares the chain layers between the span layers and writes their cells on the rows', () => {
    // Before, the chain layers were left out of the header and their 12 cells counted unwritten.
    expect(lines.slice(0, 4)).toEqual(INCEPTION.split('\n').slice(0, 4));
    expect(lines).toContain(
      row('1-2', '5-11', 'Ärztin', 'Subj[1]', 'Proto-Ag[1]', '*->127-1', 'indefNP[127]', '_', '_'),
    );
    expect(lines).toContain(
      row('2-5', '35-38', 'sie', 'Subj', 'Proto-Ag', '*->127-2', 'PersPron[127]', '_', '_'),
    );
    expect(written.summary.notExpressed).toEqual({});
  });

  it('writes a cell on each row a token Loupe splits becomes (Im: I, m)', () => {
    expect(lines.filter((l) => l.includes('*->185-1')).map((l) => l.split('\t')[2])).toEqual([
      'I',
      'm',
      'Dezember',
    ]);
  });

  it('reads the chains back, kept, as many mentions as the file had', () => {
    const back = readWebanno([file('2.tsv', written.files[0]?.content ?? '')]);
    const again = writeWebanno(back);
    expect(again.files[0]?.content).toBe(written.files[0]?.content);
    expect(back.warnings.join('\n')).toMatch(/CoreferenceLink \(Loupe has no chains\): 6 cells/);
  });
});
