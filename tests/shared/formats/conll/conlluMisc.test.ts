import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readConll, writeConll } from '../../../../src/shared/formats';
import { bundle, span } from '../build';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/conllu');
const NORNE = readFileSync(join(FIXTURES, 'norne-nob-dev-head.conllu'), 'utf8');

const spansOf = (content: string, path = 'a.conllu') => {
  const doc = readConll([{ path, content }]).documents[0];
  return (doc?.spans ?? []).map((s) => {
    const [f] = s.fragments;
    return [s.label, doc?.text.slice(f?.start ?? 0, f?.end ?? 0)];
  });
};

// UD Estonian EDT's layout, in our own words: `NE=` among other MISC entries, an empty node
// (`2.1`), a word holding a space, and a tag I-… that opens a name.
const EDT_LAYOUT = [
  '# sent_id = a1',
  '# text = Mari ostis 1 100,0 krooni eest Tartu Ülikooli raamatu.',
  '1\tMari\tMari\tPROPN\tS\tCase=Nom\t2\tnsubj\t2:nsubj\tNE=B-Per',
  '2\tostis\tostma\tVERB\tV\tMood=Ind\t0\troot\t0:root\tVerb=ostma',
  '2.1\t_\t_\tVERB\tV\t_\t_\t_\t0:root\tEnhanced=Yes',
  '3\t1 100,0\t1100,0\tNUM\tN\tNumForm=Digit\t4\tnummod\t4:nummod\t_',
  '4\tkrooni\tkroon\tNOUN\tS\tCase=Gen\t2\tobl\t2:obl\t_',
  '5\teest\teest\tADP\tK\t_\t4\tcase\t4:case\t_',
  '6\tTartu\tTartu\tPROPN\tS\tCase=Gen\t7\tnmod\t7:nmod\tNE=I-Org',
  '7\tÜlikooli\tülikool\tNOUN\tS\tCase=Gen\t8\tnmod\t8:nmod\tArg=x|NE=I-Org',
  '8\traamatu\traamat\tNOUN\tS\tCase=Gen\t2\tobj\t2:obj\tSpaceAfter=No',
  '9\t.\t.\tPUNCT\tZ\t_\t2\tpunct\t2:punct\t_',
  '',
].join('\n');

describe('CoNLL-U files whose name tags are MISC entries', () => {
  it('reads NorNE name= tags as conlleval.pl counts them', () => {
    expect(spansOf(NORNE)).toEqual([
      ['PER', 'Finn Eilertsen'],
      ['PER', 'Espen Thomassen'],
      ['PROD', 'Aftenposten'],
      ['PER', 'Espen Thomassen'],
      ['GPE_LOC', 'Oslo'],
      ['PER', 'Thomassen'],
    ]);
  });

  it('tells a .conllu file as CoNLL', () => {
    expect(detectFormat([{ path: 'no-ud-dev.conllu', content: NORNE }])).toBe('conll');
  });

  it('reads NE= tags beside other entries, leaves empty nodes out and keeps words holding spaces', () => {
    const read = readConll([{ path: 'edt.conllu', content: EDT_LAYOUT }]);
    const doc = read.documents[0];
    // As its `# text` line: no space after `raamatu` (SpaceAfter=No).
    expect(doc?.text).toBe('Mari ostis 1 100,0 krooni eest Tartu Ülikooli raamatu.');
    expect(spansOf(EDT_LAYOUT)).toEqual([
      ['Per', 'Mari'],
      ['Org', 'Tartu Ülikooli'],
    ]);
    expect(read.warnings.join('\n')).toContain('1 line of empty nodes');
  });

  it('writes NorNE back as the CoNLL-U file it was, byte for byte', () => {
    const written = writeConll(readConll([{ path: 'a.conllu', content: NORNE }]));
    expect(written.files[0]?.content).toBe(NORNE);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('writes UD Estonian’s layout back as it was: # lines, the empty node, the word holding a space', () => {
    // Its sentence reads as IOB2 with `NE=I-Org` opening a name: unedited, it is kept as it was.
    const read = readConll([{ path: 'edt.conllu', content: EDT_LAYOUT }]);
    expect(writeConll(read).files[0]?.content).toBe(EDT_LAYOUT);
  });

  it('writes edited names into MISC under their key, the other entries kept in order', () => {
    const [doc] = readConll([{ path: 'edt.conllu', content: EDT_LAYOUT }]).documents;
    if (!doc) throw new Error('no document');
    // Mari's name removed; `1 100,0 krooni` (code points 11–25) named Money; Tartu Ülikooli kept.
    const edited = { ...doc, spans: [span(11, 25, 'Money'), ...doc.spans.slice(1)] };
    const lines = (writeConll(bundle(edited)).files[0]?.content ?? '').split('\n');
    // The file's scheme (IOB2) for the edited sentence, and its layout: NE= only on names, so
    // O is no entry.
    expect(lines[2]).toBe('1\tMari\tMari\tPROPN\tS\tCase=Nom\t2\tnsubj\t2:nsubj\t_');
    expect(lines[4]).toBe('2.1\t_\t_\tVERB\tV\t_\t_\t_\t0:root\tEnhanced=Yes');
    expect(lines[5]).toBe(
      '3\t1 100,0\t1100,0\tNUM\tN\tNumForm=Digit\t4\tnummod\t4:nummod\tNE=B-Money',
    );
    expect(lines[6]).toBe('4\tkrooni\tkroon\tNOUN\tS\tCase=Gen\t2\tobl\t2:obl\tNE=I-Money');
    expect(lines[8]).toBe('6\tTartu\tTartu\tPROPN\tS\tCase=Gen\t7\tnmod\t7:nmod\tNE=B-Org');
    expect(lines[9]).toBe(
      '7\tÜlikooli\tülikool\tNOUN\tS\tCase=Gen\t8\tnmod\t8:nmod\tArg=x|NE=I-Org',
    );
    expect(lines.filter((l, i) => l !== EDT_LAYOUT.split('\n')[i])).toHaveLength(4);
  });

  it('writes NorNE’s O as name=O, and a new name in IOB2 when asked', () => {
    const [doc] = readConll([{ path: 'a.conllu', content: NORNE }]).documents;
    if (!doc) throw new Error('no document');
    const written = writeConll(bundle({ ...doc, spans: [] }), { scheme: 'iob2' });
    const content = written.files[0]?.content ?? '';
    expect(content).toBe(NORNE.replace(/name=[BI]-[A-Z_]+/gu, 'name=O'));
  });
});
