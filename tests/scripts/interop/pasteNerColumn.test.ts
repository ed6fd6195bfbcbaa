import { describe, expect, it } from 'vitest';
import { pasteNerColumn } from '../../../scripts/interop/pasteNerColumn';

describe('pasteNerColumn', () => {
  it('appends the last column again and keeps blank lines', () => {
    expect(pasteNerColumn('-DOCSTART- -X- O O\n\nIraq _ _ B-GPE\n\n')).toBe(
      '-DOCSTART- -X- O O O\n\nIraq _ _ B-GPE B-GPE\n\n',
    );
  });

  it('keeps each line byte for byte, tabs included, as paste does', () => {
    expect(pasteNerColumn('Iraq\tB-GPE\n')).toBe('Iraq\tB-GPE B-GPE\n');
  });
});
