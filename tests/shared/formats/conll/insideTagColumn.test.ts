import { describe, expect, it } from 'vitest';
import { FormatErrors, readConll } from '../../../../src/shared/formats';

function reasonsOf(content: string): string[] {
  try {
    readConll([{ path: 'a.iob2', content }]);
  } catch (e) {
    if (e instanceof FormatErrors) return e.errors.map((x) => x.reason);
    throw e;
  }
  return [];
}

describe('a tag column inside the line, when the last holds none', () => {
  // The layout of UNER's .iob2 files: index, token, tag, then two columns of `-`.
  const uner = [
    '# sent_id = a-0001',
    '1\tAl\tB-ORG\t-\t-',
    '2\t-\tI-ORG\t-\t-',
    '3\tZaman\tI-ORG\t-\t-',
    '4\t:\tO\t-\t-',
    '5\tAmerican\tB-NORP\t-\t-',
    '6\tforces\tO\t-\t-',
    '',
  ].join('\n');

  it('reads the tags from the one column that holds them', () => {
    const bundle = readConll([{ path: 'en_ewt.iob2', content: uner }]);
    const [doc] = bundle.documents;
    expect(doc?.text).toBe('Al - Zaman : American forces');
    expect(doc?.spans.map((s) => [s.label, s.fragments[0]?.start, s.fragments[0]?.end])).toEqual([
      ['ORG', 0, 10],
      ['NORP', 13, 21],
    ]);
    expect(bundle.warnings.join('\n')).toContain('tokens in column 2, tags in column 3');
  });

  it('asks which when two inside columns hold tags', () => {
    const two = 'EU\tB-ORG\tB-X\t-\nrejects\tO\tO\t-\n';
    expect(reasonsOf(two)[0]).toMatch(/columns 2 and 3 do: pass --tag-column 2 or --tag-column 3/);
  });

  it('still calls prose prose', () => {
    expect(reasonsOf('The talks ended early today\nand nobody said why\n')[0]).toMatch(
      /does not look like CoNLL/,
    );
  });
});
