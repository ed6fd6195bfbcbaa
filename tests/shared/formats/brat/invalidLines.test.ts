import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat, type FormatFile } from '../../../../src/shared/formats';
import { Tally } from '../../../../src/shared/formats/common';
import { AnnWriter } from '../../../../src/shared/formats/brat/annWriter';
import { leftOutLines, writeInvalidLines } from '../../../../src/shared/formats/brat/invalidLines';

const TEXT = 'Fabry disease causes pain.\n';

/** A file as an import with skip invalid hands it on: the lines left out blank, the file as it was beside them. */
function skipping(path: string, lines: readonly string[], left: readonly number[]): FormatFile {
  const unskipped = `${lines.join('\n')}\n`;
  const content = lines.map((l, i) => (left.includes(i + 1) ? '' : l)).join('\n');
  return { path, content: `${content}\n`, unskipped };
}

function roundTrip(files: readonly FormatFile[]): string {
  const written = writeBrat(readBrat([{ path: 'd.txt', content: TEXT }, ...files]));
  return written.files.find((f) => f.path === 'd.ann')?.content ?? '';
}

describe('leftOutLines', () => {
  it('names the lines blank in the file read and not in the file as it was', () => {
    expect(leftOutLines('T1\tX 0 1\ta\n\n\n', 'T1\tX 0 1\ta\n\nR1\tY Arg1:T1 Arg2:T9\n')).toEqual([
      { line: 3, text: 'R1\tY Arg1:T1 Arg2:T9' },
    ]);
    expect(leftOutLines('T1\tX 0 1\ta\n', undefined)).toEqual([]);
  });
});

describe('lines left out as invalid, written back by the brat export', () => {
  it('keeps a duplicate id as its file had it, and the line it duplicates under its id', () => {
    const lines = [
      'T1\tDisease 0 13\tFabry disease',
      'T1\tSign 21 25\tpain',
      'T2\tSign 21 25\tpain',
    ];
    expect(roundTrip([skipping('d.ann', lines, [2])])).toBe(`${lines.join('\n')}\n`);
  });

  it('leaves the ids of annotations a line names but Loupe keys not (a stance) to them', () => {
    const lines = [
      'T1\tPerson 0 5\tFabry',
      'T2\tStance 21 25\tpain',
      'E1\tStance:T2 Holder:T1',
      'A1\tPolarity E1 AGAINST',
      'R1\tAbout Arg1:E1 Arg2:T9',
    ];
    expect(roundTrip([skipping('d.ann', lines, [5])])).toBe(`${lines.join('\n')}\n`);
  });

  it('keeps a line brat cannot parse as it was, in its place', () => {
    const lines = [
      'T1\tDisease 0 13\tFabry disease',
      'a line without a tab',
      'T2\tSign 21 25\tpain',
    ];
    expect(roundTrip([skipping('d.ann', lines, [2])])).toBe(`${lines.join('\n')}\n`);
  });

  it('keeps the lines left out of BioNLP parts joined into one file', () => {
    const a1 = ['T1\tDisease 0 13\tFabry disease', 'T2\tSign 21 25\tpain'];
    const a2 = ['E1\tCause:T1 Theme:T9', 'R1\tCauses Arg1:T1 Arg2:T2'];
    const ann = roundTrip([
      { path: 'd.a1', content: `${a1.join('\n')}\n` },
      skipping('d.a2', a2, [1]),
    ]);
    expect(ann).toBe(`${[...a1, ...a2].join('\n')}\n`);
  });

  it('writes a line under a fresh id when the export gave its id to another annotation, and the lines naming it name that', () => {
    const tally = new Tally();
    const w = new AnnWriter(tally);
    w.reserve(['T1', 'T2']);
    const bad = { line: 'T2\tSign 21 25\t"pain"', refs: [], kept: [], invalid: { at: 1 } };
    const naming = {
      line: 'R1\tCauses Arg1:T1 Arg2:T2',
      refs: [[1, 'T Disease 0 13']] as const,
      kept: ['T2'],
      invalid: { at: 2 },
    };
    const written = writeInvalidLines(w, [bad, naming], () => 'T1', new Set(['T2']), tally);
    expect(written).toEqual([
      [1, 'T3\tSign 21 25\t"pain"'],
      [2, 'R1\tCauses Arg1:T1 Arg2:T3'],
    ]);
    expect(tally.noted().notes).toMatchObject({
      'line left out as invalid on import written under another id: the export gave its id to another annotation': 1,
    });
  });
});
