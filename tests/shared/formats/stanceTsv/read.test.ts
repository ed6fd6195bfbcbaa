import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  FormatErrors,
  readStanceTsv,
  writeStanceTsv,
  type FormatBundle,
} from '../../../../src/shared/formats';
import { lines, tsv } from '../build';

/** SemEval-2016 Task 6's layout (its README: ID, Target, Tweet, Stance), rows in our own words. */
const SEMEVAL = lines(
  tsv('ID', 'Target', 'Tweet', 'Stance'),
  tsv(101, 'Atheism', 'Grateful for every blessing today #faith #SemST', 'AGAINST'),
  tsv(102, 'Hillary Clinton', ' She has my vote in November. #SemST', 'FAVOR'),
  tsv(103, 'Hillary Clinton', 'Debate tonight at nine, café opens at eight 🙂 #SemST', 'NONE'),
);

/** The full release's layout (data-all-annotations: two more columns), CRLF as it ships. */
const FULL = [
  tsv('ID', 'Target', 'Tweet', 'Stance', 'Opinion towards', 'Sentiment'),
  tsv(201, 'Feminist Movement', 'Equal pay is overdue. #SemST', 'FAVOR', 'TARGET', 'NEGATIVE'),
  tsv(202, 'Atheism', 'Sunday service was lovely #SemST', 'AGAINST', 'OTHER', 'POSITIVE'),
].join('\r\n');

function read(path: string, content: string): FormatBundle {
  return readStanceTsv([{ path, content }]);
}

function reasons(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatErrors)
      return error.errors.map((e) => `${e.line ?? ''}: ${e.reason}`);
  }
  return [];
}

describe('readStanceTsv', () => {
  it('reads each row as a document with one stance toward the target, evidenced by all of its text', () => {
    expect(detectFormat([{ path: 'semeval2016-task6-trainingdata.txt', content: SEMEVAL }])).toBe(
      'stance-tsv',
    );
    const bundle = read('train.txt', SEMEVAL);
    expect(bundle.documents.map((d) => d.name)).toEqual(['101', '102', '103']);
    const [, second, third] = bundle.documents;
    expect(second?.text).toBe(' She has my vote in November. #SemST');
    // The evidence leaves the leading space out: code points 1 to 36.
    expect(second?.spans).toEqual([
      { id: 'T1', label: 'Stance', fragments: [{ start: 1, end: 36 }] },
    ]);
    expect(second?.stances).toEqual([
      {
        id: 'S1',
        target: { kind: 'topic', topicId: 'hillary-clinton' },
        polarity: 'FAVOR',
        evidence: ['T1'],
      },
    ]);
    // 🙂 is one code point: the span ends at the text's 52 code points (53 UTF-16 units).
    expect(third?.spans[0]?.fragments).toEqual([{ start: 0, end: 52 }]);
    expect(bundle.topics).toEqual([
      { id: 'atheism', name: 'Atheism' },
      { id: 'hillary-clinton', name: 'Hillary Clinton' },
    ]);
  });

  it('writes a table it read back as it was: the same header, the kept cells in their columns', () => {
    const full = read('trainingdata-all-annotations.txt', FULL);
    // CRLF as the release ships it, and no line break after the last row, as the file had.
    expect(writeStanceTsv(full).files[0]?.content).toBe(FULL);
    const semeval = read('train.txt', SEMEVAL);
    expect(writeStanceTsv(semeval).files[0]?.content).toBe(SEMEVAL);
    const open = SEMEVAL.replace(/\n$/u, '');
    expect(writeStanceTsv(read('train.txt', open)).files[0]?.content).toBe(open);
    // SemEval's own four columns, for eval.pl, are written with LF and a line break at the end.
    const four = writeStanceTsv(full, { columns: 'semeval' }).files[0]?.content ?? '';
    expect(four.includes('\r')).toBe(false);
    expect(four.endsWith('\n')).toBe(true);
  });

  it('ends the last row with its line break once another row follows it', () => {
    const full = read('trainingdata-all-annotations.txt', FULL);
    const [first] = full.documents;
    if (!first) throw new Error('no document read');
    const added = { ...first, name: 'added', metadata: {} };
    const out = writeStanceTsv({ ...full, documents: [...full.documents, added] }).files[0];
    expect(out?.content.endsWith('\n')).toBe(true);
  });

  it("writes Loupe's columns, then the kept ones, when a document holds more than its row's stance", () => {
    const [first, second] = read('full.txt', FULL).documents;
    if (!first || !second) throw new Error('two rows');
    const extra = {
      ...second.stances[0],
      id: 'S2',
      polarity: 'NONE',
    } as (typeof second.stances)[number];
    const written = writeStanceTsv({
      ...read('full.txt', FULL),
      documents: [first, { ...second, stances: [...second.stances, extra] }],
    });
    expect(written.files[0]?.content).toBe(
      lines(
        tsv(
          'ID',
          'Target',
          'Tweet',
          'Stance',
          'Holder',
          'Document',
          'Opinion towards',
          'Sentiment',
        ),
        tsv(
          201,
          'Feminist Movement',
          'Equal pay is overdue. #SemST',
          'FAVOR',
          '',
          '201',
          'TARGET',
          'NEGATIVE',
        ),
        tsv(1, 'Atheism', 'Sunday service was lovely #SemST', 'AGAINST', '', '202', '', ''),
        tsv(2, 'Atheism', 'Sunday service was lovely #SemST', 'NONE', '', '202', '', ''),
      ),
    );
  });

  it('keeps columns named like Object.prototype members (__proto__, constructor, toString)', () => {
    const header = ['ID', 'Target', 'Tweet', 'Stance'];
    const named = lines(
      tsv(...header, '__proto__', 'constructor', 'toString'),
      tsv(1, 'Atheism', 'one', 'FAVOR', 'a', 'b', 'c'),
    );
    expect(writeStanceTsv(read('a.tsv', named)).files[0]?.content).toBe(named);
    const other = lines(tsv(...header), tsv(2, 'Atheism', 'two', 'NONE'));
    const both = readStanceTsv([
      { path: 'a.tsv', content: named },
      { path: 'b.tsv', content: other },
    ]);
    expect(writeStanceTsv(both).files[0]?.content).toBe(
      lines(
        tsv(...header, 'Holder', 'Document', '__proto__', 'constructor', 'toString'),
        tsv(1, 'Atheism', 'one', 'FAVOR', '', '1', 'a', 'b', 'c'),
        tsv(2, 'Atheism', 'two', 'NONE', '', '2', '', '', ''),
      ),
    );
  });

  it("reads Loupe's own stance TSV back, its holder and document kept and written again", () => {
    const own = lines(
      tsv('ID', 'Target', 'Tweet', 'Stance', 'Holder', 'Document'),
      tsv(1, 'US troop presence in Iraq', 'we will not leave', 'FAVOR', 'Mike Pompeo', 'report-1'),
    );
    const bundle = read('stance.tsv', own);
    expect(bundle.documents[0]?.name).toBe('1');
    expect(writeStanceTsv(bundle).files[0]?.content).toBe(own);
  });

  it('names the line and what to do for a row that does not fit the header', () => {
    const broken = lines(
      tsv('ID', 'Target', 'Tweet', 'Stance'),
      tsv(1, 'Atheism', 'a tweet with a', 'tab inside', 'AGAINST'),
      tsv(2, 'Atheism', 'no stance', ''),
    );
    expect(reasons(() => read('b.txt', broken))).toEqual([
      '2: has 5 cells where the header names 4 (ID, Target, Tweet, Stance); a tab inside a tweet splits it: replace it by a space',
      '3: has no Stance; every row needs a target, a text and a stance',
    ]);
    expect(reasons(() => read('h.tsv', 'Tweet\tLabel\nx\tFAVOR\n'))[0]).toMatch(
      /^1: the first line is not a stance table header/,
    );
  });
});
