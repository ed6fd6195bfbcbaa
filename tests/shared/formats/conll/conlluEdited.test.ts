import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import { bundle } from '../build';

const EWT = readFileSync(
  join(import.meta.dirname, '../../../fixtures/real/conllu/ewt-dev-3docs.conllu'),
  'utf8',
);
const CHANGED =
  'CoNLL-U document whose text changed written from its words: its other columns (LEMMA, UPOS, HEAD, …, MISC but its names) written as _';

describe('a CoNLL-U document whose text was changed in Loupe', () => {
  const [first, ...others] = readConll([{ path: 'ewt.conllu', content: EWT }]).documents;
  if (!first) throw new Error('no document');
  // Written beside the file's other documents, unedited, so the export is CoNLL-U.
  // The excerpt's first document: 2 sentences, each with # sent_id, # newpar id and # text
  // (read with grep), the document with # newdoc id.
  const source = EWT.slice(0, EWT.indexOf('# newdoc', 1));
  const kept = source.split('\n').filter((l) => /^# (?:sent_id|newpar)/u.test(l));
  const edited = { ...first, text: first.text.replace('story', 'tale') };

  it('keeps its # lines but # text, which is written anew from its words', () => {
    const written = writeConll(bundle(edited, ...others));
    const lines = (written.files[0]?.content ?? '').split('\n');
    expect(kept).toHaveLength(4);
    for (const line of kept) expect(lines).toContain(line);
    expect(lines).toContain('# text = From the AP comes this tale :');
    expect(lines.filter((l) => l.startsWith('# newdoc'))[0]).toBe(source.split('\n')[0]);
  });

  it('counts the # lines as written (a note), the other columns alone as lost', () => {
    const { summary } = writeConll(bundle(edited, ...others));
    expect(summary.notExpressed).toEqual({ [CHANGED]: 1 });
    expect(summary.notes).toMatchObject({
      'comment line kept from a CoNLL file written among the # lines before its sentence in CoNLL-U': 4,
    });
  });
});
