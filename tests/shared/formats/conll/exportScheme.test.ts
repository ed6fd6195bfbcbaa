import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, writeConll, type ExportScheme } from '../../../../src/shared/formats';
import { runConlleval } from '../../../../scripts/interop/conlleval';
import { pasteNerColumn } from '../../../../scripts/interop/pasteNerColumn';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { bundle, doc, span } from '../build';

const CONLLEVAL = join(SHARED_DIR, 'tools', 'conlleval.pl');

// Two-token, three-token and one-token mentions; "Saad" touches "Ali Khan Ahmed", same label.
const TEXT = 'Mike Pompeo met Ali Khan Ahmed Saad in Baghdad.';
const GOLD = [
  span(0, 11, 'PERSON'),
  span(16, 30, 'PERSON'),
  span(31, 35, 'PERSON'),
  span(39, 46, 'GPE'),
];

/** The tags of each scheme, written by hand from the schemes' definitions. */
const TAGS: Record<ExportScheme, string> = {
  iob2: 'B-PERSON I-PERSON O B-PERSON I-PERSON I-PERSON B-PERSON O B-GPE O',
  // IOB1 (CoNLL-2003's files): B only where a chunk follows one of its type directly.
  iob1: 'I-PERSON I-PERSON O I-PERSON I-PERSON I-PERSON B-PERSON O I-GPE O',
  bioes: 'B-PERSON E-PERSON O B-PERSON I-PERSON E-PERSON S-PERSON O S-GPE O',
  bilou: 'B-PERSON L-PERSON O B-PERSON I-PERSON L-PERSON U-PERSON O U-GPE O',
  // IO (Few-NERD's files): bare labels; "Saad" cannot be told from the mention it touches.
  io: 'PERSON PERSON O PERSON PERSON PERSON PERSON O GPE O',
};

function spanTextOf(text: string, at?: { start: number; end: number }): string {
  return Array.from(text)
    .slice(at?.start ?? 0, at?.end ?? 0)
    .join('');
}

function exported(scheme?: ExportScheme): string {
  const options = scheme ? { scheme } : {};
  return writeConll(bundle(doc(TEXT, { spans: GOLD })), options).files[0]?.content ?? '';
}

function tagsOf(content: string): string {
  return content
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('-DOCSTART-'))
    .map((line) => line.split(' ').at(-1))
    .join(' ');
}

describe('CoNLL export --scheme', () => {
  it('writes IOB2 by default, and IOB1, BIOES, BILOU or IO when asked', () => {
    expect(exported()).toBe(exported('iob2'));
    for (const scheme of ['iob2', 'iob1', 'bioes', 'bilou', 'io'] as const)
      expect({ scheme, tags: tagsOf(exported(scheme)) }).toEqual({ scheme, tags: TAGS[scheme] });
  });

  it('counts the touching mention IO cannot part, and reads back as one span with it', () => {
    const result = writeConll(bundle(doc(TEXT, { spans: GOLD })), { scheme: 'io' });
    expect(Object.values(result.summary.notExpressed)).toEqual([1]);
    const content = result.files[0]?.content ?? '';
    const back = readConll([{ path: 'conll.txt', content }], { scheme: 'io' });
    const text = back.documents[0]?.text ?? '';
    expect(back.documents[0]?.spans.map((s) => spanTextOf(text, s.fragments[0]))).toEqual([
      'Mike Pompeo',
      'Ali Khan Ahmed Saad',
      'Baghdad',
    ]);
  });

  it.each(['iob1', 'iob2', 'bioes', 'bilou'] as const)(
    'reads %s back with the matching --scheme to the same spans',
    (scheme) => {
      const content = exported(scheme);
      const back = readConll([{ path: 'conll.txt', content }], { scheme });
      const spans = back.documents[0]?.spans.map((s) => [s.label, s.fragments[0]]);
      // The export's text is its tokens joined by spaces: the offsets of the same words there.
      const text = back.documents[0]?.text ?? '';
      const words = (w: string) => {
        const start = [...text.slice(0, text.indexOf(w))].length;
        return { start, end: start + [...w].length };
      };
      expect(spans).toEqual([
        ['PERSON', words('Mike Pompeo')],
        ['PERSON', words('Ali Khan Ahmed')],
        ['PERSON', words('Saad')],
        ['GPE', words('Baghdad')],
      ]);
    },
  );
});

describe.skipIf(!existsSync(CONLLEVAL))('CoNLL export --scheme read by conlleval.pl', () => {
  const score = async (scheme: ExportScheme, spans = GOLD) => {
    const content = writeConll(bundle(doc(TEXT, { spans })), { scheme }).files[0]?.content ?? '';
    const report = await runConlleval(CONLLEVAL, pasteNerColumn(content));
    expect(report.output).not.toMatch(/Use of uninitialized|unexpected number/u);
    return report;
  };
  const perfect = { code: 0, tokens: 11, accuracy: 100, fb1: 100 };

  it.each(['iob1', 'iob2', 'bioes'] as const)(
    '%s: 100% against itself, the same 3 chunks (2 PERSON, 1 GPE) where no chunk touches one of its type',
    async (scheme) => {
      const apart = GOLD.filter((s) => s.fragments[0]?.start !== 31);
      expect(await score(scheme, apart)).toMatchObject({
        ...perfect,
        phrases: 3,
        found: 3,
        correct: 3,
        byType: { PERSON: 2, GPE: 1 },
      });
    },
  );

  it.each(['iob1', 'iob2'] as const)(
    '%s: 100% against itself, 4 chunks (3 PERSON, 1 GPE) with two PERSON chunks touching',
    async (scheme) => {
      expect(await score(scheme)).toMatchObject({
        ...perfect,
        phrases: 4,
        found: 4,
        correct: 4,
        byType: { PERSON: 3, GPE: 1 },
      });
    },
  );

  it('bioes: conlleval.pl knows no S tag, so it joins E-PERSON S-PERSON into one chunk (3, not 4)', async () => {
    // conlleval.pl's endOfChunk and startOfChunk have rules for B, I, E, O and brackets only:
    // between E-PERSON and S-PERSON (same type) neither fires. Loupe reads the 4 back (above);
    // score BIOES with touching chunks of one type in IOB2 or IOB1 instead.
    expect(await score('bioes')).toMatchObject({
      ...perfect,
      phrases: 3,
      found: 3,
      correct: 3,
      byType: { PERSON: 2, GPE: 1 },
    });
  });
});
