import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  readStanceTsv,
  writeStanceTsv,
  type FormatBundle,
} from '../../../../src/shared/formats';
import { messagesOf } from '../build';

/** Comma-separated cells, quoted per RFC 4180 where they hold a comma, a quote or a line break. */
function csv(...cells: (string | number)[]): string {
  return cells
    .map(String)
    .map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c))
    .join(',');
}

function table(lineBreak: string, ...rows: string[]): string {
  return rows.map((r) => `${r}${lineBreak}`).join('');
}

function read(path: string, content: string): FormatBundle {
  return readStanceTsv([{ path, content }]);
}

function polarities(bundle: FormatBundle): string[] {
  return bundle.documents.flatMap((d) => d.stances.map((s) => s.polarity));
}

/** P-Stance's layout (raw_train_trump.csv: Tweet,Target,Stance; FAVOR/AGAINST), rows in our own words, LF as pandas writes. */
const PSTANCE = table(
  '\n',
  csv('Tweet', 'Target', 'Stance'),
  csv('Four more years, the economy is roaring', 'Donald Trump', 'FAVOR'),
  csv('He said "never" and then, of course, did it', 'Donald Trump', 'AGAINST'),
  csv('Two lines:\nboth against', 'Joe Biden', 'AGAINST'),
);

/**
 * VAST's layout (Allaway & McKeown 2020; data/README.md of emilyallaway/zero-shot-stance:
 * post, topic_str, label 0=con, 1=pro, 2=neutral, and its other columns), rows in our own words.
 */
const VAST_HEADER = ['author', 'post', 'ori_topic', 'new_id', 'label', 'topic_str', 'seen?'];
const VAST = table(
  '\r\n',
  csv(...VAST_HEADER),
  csv('Ann', 'Wind farms spoil the coast, and the birds pay.', 'wind', 7, 0, 'wind power', 0),
  csv('Ann', 'Wind farms spoil the coast, and the birds pay.', 'birds', 8, 2, 'bird', 1),
  csv('Bo', 'Cheap, clean power: build more turbines.', 'wind', 9, 1, 'wind power', 0),
);

describe('readStanceTsv on comma-separated tables', () => {
  it("reads P-Stance's Tweet,Target,Stance: a document per row, quoted commas, quotes and line breaks kept", () => {
    expect(detectFormat([{ path: 'raw_train_trump.csv', content: PSTANCE }])).toBe('stance-tsv');
    const bundle = read('raw_train_trump.csv', PSTANCE);
    expect(bundle.documents.map((d) => d.text)).toEqual([
      'Four more years, the economy is roaring',
      'He said "never" and then, of course, did it',
      'Two lines:\nboth against',
    ]);
    // Named by file and line: the third row starts on line 4.
    expect(bundle.documents.map((d) => d.name)).toEqual([
      'raw_train_trump-2',
      'raw_train_trump-3',
      'raw_train_trump-4',
    ]);
    expect(polarities(bundle)).toEqual(['FAVOR', 'AGAINST', 'AGAINST']);
    expect(bundle.topics).toEqual([
      { id: 'donald-trump', name: 'Donald Trump' },
      { id: 'joe-biden', name: 'Joe Biden' },
    ]);
    expect(writeStanceTsv(bundle).files).toEqual([{ path: 'stance.csv', content: PSTANCE }]);
  });

  it("reads VAST's post, topic_str and numeric label by its README (0 con, 1 pro, 2 neutral) and writes the numbers back", () => {
    const bundle = read('vast_train.csv', VAST);
    expect(bundle.documents.map((d) => d.name)).toEqual(['7', '8', '9']);
    expect(polarities(bundle)).toEqual(['AGAINST', 'NONE', 'FAVOR']);
    expect(bundle.documents[0]?.stances[0]?.target).toEqual({
      kind: 'topic',
      topicId: 'wind-power',
    });
    expect(bundle.warnings.join(' ')).toContain('0 = AGAINST, 1 = FAVOR, 2 = NONE');
    expect(writeStanceTsv(bundle).files).toEqual([{ path: 'stance.csv', content: VAST }]);
  });

  it('refuses numeric labels in a layout that documents no mapping, naming the row', () => {
    const numbers = table('\n', csv('text', 'target', 'stance'), csv('Tax the rich', 'taxes', 1));
    expect(messagesOf(() => read('kaggle.csv', numbers))).toEqual([
      expect.stringMatching(/kaggle\.csv.*2.*number 1 .*no mapping/) as string,
    ]);
    expect(
      messagesOf(() => read('vast.csv', VAST.replace(',0,wind power', ',5,wind power'))),
    ).toEqual([expect.stringMatching(/label "5", which VAST does not define/) as string]);
    for (const label of ['constructor', '__proto__', 'toString'])
      expect(
        messagesOf(() => read('vast.csv', VAST.replace(',0,wind power', `,${label},wind power`))),
      ).toEqual([
        expect.stringContaining(`label "${label}", which VAST does not define`) as string,
      ]);
  });

  it("reads Kaggle's text,target,stance and SemEval's CSV copies with their extra columns kept", () => {
    const kaggle = table(
      '\n',
      csv('text', 'target', 'stance'),
      csv('Ban it now', 'Atheism', 'NONE'),
    );
    expect(polarities(read('train.csv', kaggle))).toEqual(['NONE']);
    const copy = table(
      '\r\n',
      csv('Tweet', 'Target', 'Stance', 'Opinion Towards', 'Sentiment'),
      csv(
        'Equal pay, now. #SemST',
        'Feminist Movement',
        'FAVOR',
        '1.  The tweet explicitly expresses opinion about the target.',
        'neg',
      ),
    );
    const bundle = read('semeval-train.csv', copy);
    expect(bundle.documents[0]?.text).toBe('Equal pay, now. #SemST');
    expect(writeStanceTsv(bundle).files[0]?.content).toBe(copy);
  });

  it('refuses tables of tweet ids without texts (COVID-19-Stance, WT-WT), saying to hydrate them', () => {
    // COVID-19-Stance's header (Glandt et al. 2021, kglandt/stance-detection-in-covid-19-tweets), ids our own.
    const covid = table(
      '\n',
      csv('Tweet Id', 'Target', 'Stance', 'Opinion Towards', 'Sentiment'),
      csv('1', 'face_masks', 'FAVOR', '1.', 'neg'),
    );
    expect(
      messagesOf(() => detectFormat([{ path: 'face_masks_train.csv', content: covid }])),
    ).toEqual([expect.stringMatching(/tweet id \(Tweet Id\) but no texts.*hydrate/) as string]);
    expect(messagesOf(() => read('face_masks_train.csv', covid))).toEqual([
      expect.stringMatching(/no texts.*Tweet column/) as string,
    ]);
    // WT-WT's wtwt_ids.json (Conforti et al. 2020): records of tweet_id, merger and stance.
    const wtwt = JSON.stringify([{ tweet_id: '1', merger: 'CVS_AET', stance: 'comment' }]);
    expect(messagesOf(() => detectFormat([{ path: 'wtwt_ids.json', content: wtwt }]))).toEqual([
      expect.stringMatching(/tweet id \(tweet_id\) but no texts/) as string,
    ]);
  });

  it('names the line of a broken row: a quote never closed, or cells that do not match the header', () => {
    const broken = table(
      '\n',
      csv('Tweet', 'Target', 'Stance'),
      'a,b,FAVOR',
      '"open,b,FAVOR',
      'c,d,NONE',
    );
    expect(messagesOf(() => read('p.csv', broken))).toEqual([
      expect.stringMatching(/p\.csv.*3.*never closed/) as string,
    ]);
    const short = table('\n', csv('Tweet', 'Target', 'Stance'), 'a, b,c,FAVOR');
    expect(messagesOf(() => read('p.csv', short))).toEqual([
      expect.stringMatching(/2.*4 cells where the header names 3.*double quotes/) as string,
    ]);
  });
});
