import { describe, expect, it } from 'vitest';
import {
  baseName,
  extensionOf,
  pathStem,
  uniqueDocumentName,
  uniqueFileName,
  uniqueFilePath,
} from '../../../../src/shared/formats/common';

describe('file names', () => {
  it('makes document names safe and distinct, case-insensitively', () => {
    const taken = new Set<string>();
    expect(
      ['a/b', 'A_B', '..', 'تقرير 1', 'x:y*z?'].map((name) => uniqueFileName(name, taken)),
    ).toEqual(['a_b', 'A_B-2', 'document', 'تقرير 1', 'x_y_z_']);
  });

  it('keeps the punctuation every system allows in a file name', () => {
    // RareDis (meng-ma-biomedical-AI/the-RareDis-corpus, corpus/dev.zip): brat documents named
    // `Trisomy-9p-(Multiple-Variants)` were exported as `Trisomy-9p-_Multiple-Variants_`.
    const taken = new Set<string>();
    expect(
      [
        'Trisomy-9p-(Multiple-Variants)',
        "Banti's [a], {b} + c; d=e! @f #g & h~",
        'x\\y|z<w>"v"',
      ].map((name) => uniqueFileName(name, taken)),
    ).toEqual([
      'Trisomy-9p-(Multiple-Variants)',
      "Banti's [a], {b} + c; d=e! @f #g & h~",
      'x_y_z_w_v_',
    ]);
  });

  it('names the documents of a spaCy file as before: only letters, digits and ._ - kept', () => {
    // A DocBin or spaCy JSON file imported again meets the documents it gave, by their names.
    const taken = new Set<string>();
    expect(uniqueDocumentName('train(1)-0', taken)).toBe('train_1_-0');
    expect(uniqueDocumentName('train(1)-0', taken)).toBe('train_1_-0-2');
  });

  it('never names an exported file as Windows names a device, nor twice as macOS folds names', () => {
    const taken = new Set<string>();
    expect(
      ['CON', 'aux.report', 'nul ', 'LPT1', 'console', 'am\u00edra', 'ami\u0301ra', 'AMÍRA'].map(
        (name) => uniqueFileName(name, taken),
      ),
    ).toEqual([
      'CON_',
      'aux_.report',
      'nul_',
      'LPT1_',
      'console',
      'am\u00edra',
      'am\u00edra-2',
      'AMÍRA-3',
    ]);
  });

  it('puts a document in its folder, each folder name made safe, a name unique in its folder', () => {
    const taken = new Set<string>();
    expect(
      [
        ['esp', 'a'],
        ['ned', 'a'],
        ['ESP', 'A'],
        [undefined, 'a'],
        ['.git/CON', 'b'],
        ['x y/z*w', 'c'],
        ['../up', 'd'],
        ['/etc', 'e'],
      ].map(([folder, name]) => uniqueFilePath(folder, name ?? '', taken)),
    ).toEqual(['esp/a', 'ned/a', 'ESP/A-2', 'a', 'git/CON_/b', 'x y/z_w/c', 'd', 'e']);
  });

  it('splits paths into stems, base names and extensions', () => {
    expect(baseName('reports/a.b.txt')).toBe('a.b');
    expect(baseName('.hidden')).toBe('.hidden');
    expect(pathStem('x.y/a.ann')).toBe('x.y/a');
    expect(pathStem('x.y/a')).toBe('x.y/a');
    expect(extensionOf('A.JSONL')).toBe('.jsonl');
  });
});
