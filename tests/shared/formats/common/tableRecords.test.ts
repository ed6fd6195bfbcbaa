import { describe, expect, it } from 'vitest';
import { tableRecords } from '../../../../src/shared/formats/common/tableRecords';

const cellsOf = (content: string) => tableRecords(content, ',').records.map((r) => r.cells);

describe('tableRecords', () => {
  // RFC 4180 section 2, rules 5 to 7: quoted cells may hold commas, CRLF and doubled quotes.
  it('reads the quoted cells of RFC 4180: commas, line breaks and doubled quotes inside them', () => {
    expect(cellsOf('"aaa","b\r\nbb","ccc"\r\nzzz,yyy,xxx\r\n')).toEqual([
      ['aaa', 'b\r\nbb', 'ccc'],
      ['zzz', 'yyy', 'xxx'],
    ]);
    expect(cellsOf('"aaa","b""bb","ccc"')).toEqual([['aaa', 'b"bb', 'ccc']]);
    expect(cellsOf('a,,\n')).toEqual([['a', '', '']]);
  });

  it('gives each record the line it starts on, past line breaks inside quotes and blank lines', () => {
    const { records, lineBreak } = tableRecords('h1,h2\n"one\ntwo",x\n\nlast,y\n', ',');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(lineBreak).toBe('\n');
    expect(tableRecords('a\r\nb\r\n', ',').lineBreak).toBe('\r\n');
  });

  it("keeps a quote inside an unquoted cell as written, as Python's csv module reads it", () => {
    expect(cellsOf('say "hi" now,x\n')).toEqual([['say "hi" now', 'x']]);
  });

  it('names the line of a quote never closed, and of text after a closing quote', () => {
    expect(tableRecords('a,b\n1,"open\n2,3\n', ',').problem).toEqual({
      line: 2,
      reason: expect.stringContaining('never closed') as string,
    });
    expect(tableRecords('a,b\n"x"y,z\n', ',').problem?.line).toBe(2);
  });

  it('splits tab-separated tables on tabs only: their quotes are text (SemEval-2016 tweets)', () => {
    expect(tableRecords('ID\tTweet\n1\t"quoted, kept"\n', '\t').records[1]?.cells).toEqual([
      '1',
      '"quoted, kept"',
    ]);
  });
});
