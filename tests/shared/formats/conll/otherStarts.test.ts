import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { bundle, file, lines, span, tsv } from '../build';

function read(content: string, path = 'news.conll'): FormatBundle {
  return readConll([file(path, content)]);
}

function written(b: FormatBundle, scheme?: 'iob2'): string {
  return writeConll(b, scheme ? { scheme } : {}).files[0]?.content ?? '';
}

function only(b: FormatBundle): FormatDocument {
  const [first] = b.documents;
  if (!first) throw new Error('nothing read');
  return first;
}

// WNUT 2017's own shape (IOB2, a tab between token and tag): `I-` opening a name after `O`, at
// a sentence's start and after a name of another type, as its test file has them.
const WNUT = lines(
  tsv('Sorry', 'O'),
  tsv('Jamie', 'I-person'),
  tsv('Lee', 'I-person'),
  tsv('at', 'O'),
  tsv('Target', 'B-corporation'),
  tsv('Paris', 'I-location'),
  '',
  tsv('Apple', 'I-corporation'),
  tsv('ok', 'O'),
  '',
);

describe('a chunk its file began with the other prefix', () => {
  it('comes back as the file wrote it: an IOB2 file’s I- opening a name', () => {
    const b = read(WNUT);
    expect(only(b).spans.map((s) => s.label)).toEqual([
      'person',
      'corporation',
      'location',
      'corporation',
    ]);
    expect(written(b)).toBe(WNUT);
  });

  it('comes back as the file wrote it: an IOB1 file’s B- after no name of its type', () => {
    const iob1 = lines(
      'Peter I-PER',
      'Paul B-PER',
      'met O',
      'Mary B-PER',
      'in O',
      'Rome I-LOC',
      '',
    );
    const b = read(iob1);
    expect(b.warnings.join('\n')).toContain('read as IOB1');
    expect(only(b).spans).toHaveLength(4);
    expect(written(b)).toBe(iob1);
  });

  it('is written B- where I- would join it to a name of its type now right before it', () => {
    const tail = lines('', tsv('Jo', 'B-person'), ''); // a B- tag: the file reads as IOB2
    const b = read(lines(tsv('at', 'O'), tsv('Jamie', 'I-person'), tsv('Lee', 'I-person')) + tail);
    const doc = only(b);
    expect(doc.metadata?.conll).toMatchObject({ scheme: 'IOB2', otherStarts: [3] });
    // "at" labelled person too: an I- on "Jamie" would read as one span "at Jamie Lee".
    const edited = bundle({ ...doc, spans: [span(0, 2, 'person'), ...doc.spans] });
    expect(written(edited)).toBe(
      lines(tsv('at', 'B-person'), tsv('Jamie', 'B-person'), tsv('Lee', 'I-person')) + tail,
    );
    // Labelled otherwise, it stays as the file wrote it.
    const other = bundle({ ...doc, spans: [span(0, 2, 'place'), ...doc.spans] });
    expect(written(other)).toBe(
      lines(tsv('at', 'B-place'), tsv('Jamie', 'I-person'), tsv('Lee', 'I-person')) + tail,
    );
  });

  it('is written in the scheme asked for', () => {
    expect(written(read(WNUT), 'iob2')).toContain(lines(tsv('Jamie', 'B-person')));
  });
});
