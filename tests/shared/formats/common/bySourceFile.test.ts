import { describe, expect, it } from 'vitest';
import { bySourceFile, sourceFileAt, sourceFileOf } from '../../../../src/shared/formats/common';
import type { SourceFile } from '../../../../src/shared/formats/common';

/** An item read from `path` at `index` (or from no file). */
function item(name: string, path?: string, index = 0): { name: string; file?: SourceFile } {
  const file = path === undefined ? undefined : sourceFileAt(path, index);
  return file ? { name, file } : { name };
}

describe('bySourceFile', () => {
  it('sorts items into their files, in the order each file is first met, each in its file’s order; those of no file last', () => {
    const items = [
      item('b1', 'in/b.spacy', 1),
      item('new'),
      item('a0', 'in/a.spacy', 0),
      item('b0', 'in/b.spacy', 0),
    ];
    const groups = bySourceFile(items, (i) => i.file);
    expect(groups.map((g) => [g.file?.name, g.items.map((i) => i.name)])).toEqual([
      ['b.spacy', ['b0', 'b1']],
      ['a.spacy', ['a0']],
      [undefined, ['new']],
    ]);
  });

  it('keeps two files of one name from different folders apart', () => {
    const items = [item('x', 'one/train.spacy'), item('y', 'two/train.spacy')];
    expect(bySourceFile(items, (i) => i.file).map((g) => g.items.map((i) => i.name))).toEqual([
      ['x'],
      ['y'],
    ]);
  });
});

describe('sourceFileAt and sourceFileOf', () => {
  it('keep a file’s name, a key of its path and the place; no file for a name that is no plain one', () => {
    const file = sourceFileAt('C:\\data\\dev.spacy', 2);
    expect(file).toMatchObject({ name: 'dev.spacy', index: 2 });
    expect(sourceFileOf(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(sourceFileAt('in/..', 0)).toBeUndefined();
    expect(sourceFileOf({ name: '../x', source: 'ab', index: 0 })).toBeUndefined();
    expect(sourceFileOf({ name: 'x', source: 'ab', index: -1 })).toBeUndefined();
  });
});
