import { describe, expect, it } from 'vitest';
import { readStanceTsv, writeStanceTsv } from '../../../../src/shared/formats';
import { bundle, doc, entity, lines, span, stance, tsv } from '../build';

/**
 * What SemEval-2016 Task 6's eval.pl (Xiaodan Zhu, 2015) refuses, read from its text: it
 * compares gold and guess line by line, so both must have as many lines; it skips a line that
 * is exactly `ID<Tab>Target<Tab>Tweet<Tab>Stance` (after removing CRs); every other line must
 * split on tabs (Perl's split, which drops trailing empty fields) into exactly 4 fields; the
 * 4th must be FAVOR, AGAINST or NONE, case sensitive.
 */
function evalPlProblems(gold: string, guess: string): string[] {
  const chomped = (text: string) => text.replace(/\n$/, '').split('\n');
  const goldLines = chomped(gold);
  const guessLines = chomped(guess);
  if (goldLines.length !== guessLines.length) return ['the number of lines differs'];
  const problems: string[] = [];
  const perlSplit = (line: string) => {
    const fields = line.split('\t');
    while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
    return fields;
  };
  goldLines.forEach((goldLine, i) => {
    const g = goldLine.replaceAll('\r', '');
    const p = (guessLines[i] ?? '').replaceAll('\r', '');
    if (g === 'ID\tTarget\tTweet\tStance') return;
    for (const [line, fields] of [
      [g, perlSplit(g)],
      [p, perlSplit(p)],
    ] as const) {
      if (fields.length !== 4) problems.push(`line ${i + 1} has ${fields.length} fields: ${line}`);
      else if (!['FAVOR', 'AGAINST', 'NONE'].includes(fields[3] ?? ''))
        problems.push(`line ${i + 1}: label ${fields[3] ?? ''}`);
    }
  });
  return problems;
}

/** A layer annotated in Loupe: a holder, an entity target, two stances in one document, a tab and a line break in the text. */
const ANNOTATED = bundle(
  doc('Pompeo: "we\tstay\r\nin Iraq". Iraq disagrees.', {
    name: 'report-1',
    spans: [
      span(0, 6, 'PERSON', { id: 'h' }),
      span(8, 26, 'QUOTE', { id: 'q' }),
      span(33, 42, 'X', { id: 'd' }),
    ],
    stances: [
      stance('FAVOR', ['q'], {
        holder: { kind: 'span', spanId: 'h' },
        target: { kind: 'topic', topicId: 'us-troop-presence' },
      }),
      stance('AGAINST', ['d'], { target: { kind: 'entity', entityId: 'e_pompeo' } }),
    ],
    entities: [entity('e_pompeo', 'Mike Pompeo')],
  }),
);

describe('writeStanceTsv with columns semeval', () => {
  it('writes exactly ID, Target, Tweet, Stance for a layer annotated in Loupe, as eval.pl reads them', () => {
    const written = writeStanceTsv(ANNOTATED, {
      columns: 'semeval',
      topics: [{ id: 'us-troop-presence', name: 'US troop presence in Iraq' }],
    });
    const content = written.files[0]?.content ?? '';
    expect(written.files[0]?.path).toBe('stance.tsv');
    expect(content).toBe(
      lines(
        tsv('ID', 'Target', 'Tweet', 'Stance'),
        tsv(1, 'US troop presence in Iraq', '"we stay in Iraq"', 'FAVOR'),
        tsv(2, 'Mike Pompeo', 'disagrees', 'AGAINST'),
      ),
    );
    expect(evalPlProblems(content, content)).toEqual([]);
  });

  it('writes a table read with more columns (SemEval full release, VAST CSV) back as the four, in row order', () => {
    const full = [
      tsv('ID', 'Target', 'Tweet', 'Stance', 'Opinion towards', 'Sentiment'),
      tsv(30, 'Atheism', 'Pray every day #SemST', 'AGAINST', 'OTHER', 'POSITIVE'),
      tsv(4, 'Atheism', 'No gods, no masters #SemST', 'FAVOR', 'TARGET', 'NEGATIVE'),
    ].join('\r\n');
    const read = readStanceTsv([{ path: 'gold.txt', content: full }]);
    // Listed by name (30 after 4) the rows would change places; written back in the file's order.
    const byName = { ...read, documents: [...read.documents].reverse() };
    const content = writeStanceTsv(byName, { columns: 'semeval' }).files[0]?.content ?? '';
    expect(content).toBe(
      lines(
        tsv('ID', 'Target', 'Tweet', 'Stance'),
        tsv(30, 'Atheism', 'Pray every day #SemST', 'AGAINST'),
        tsv(4, 'Atheism', 'No gods, no masters #SemST', 'FAVOR'),
      ),
    );
    const vast = 'post,topic_str,label,new_id\r\n"Yes, more trains",rail,1,5\r\n';
    const fromVast = readStanceTsv([{ path: 'vast_test.csv', content: vast }]);
    expect(writeStanceTsv(fromVast, { columns: 'semeval' }).files[0]?.content).toBe(
      lines(tsv('ID', 'Target', 'Tweet', 'Stance'), tsv(5, 'rail', 'Yes, more trains', 'FAVOR')),
    );
  });

  it('counts labels eval.pl refuses', () => {
    const other = bundle(
      doc('x', { spans: [span(0, 1, 'X', { id: 'a' })], stances: [stance('support', ['a'])] }),
    );
    expect(writeStanceTsv(other, { columns: 'semeval' }).summary.notExpressed).toEqual({
      'stance label eval.pl does not accept (FAVOR, AGAINST, NONE)': 1,
    });
  });
});
