import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatErrors, readConll, writeConll } from '../../../../src/shared/formats';
import { bundle, span } from '../build';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/conllu');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
// In our own words, in the layouts of UD Slovenian SSJ (`NER=B-per`), Stanza's CoNLL-U output
// (`start_char=…|end_char=…|ner=S-GPE`, BIOES), spaCy's bare MISC tags and CorefUD (`Entity=`).
const SSJ = fixture('ssj-layout-ner.conllu');
const STANZA = fixture('stanza-layout-ner.conllu');
const BARE = fixture('bare-misc-tags.conllu');
const COREF = fixture('corefud-layout.conllu');

const spansOf = (content: string, path = 'a.conllu') => {
  const doc = readConll([{ path, content }]).documents[0];
  return (doc?.spans ?? []).map((s) => {
    const [f] = s.fragments;
    return [s.label, doc?.text.slice(f?.start ?? 0, f?.end ?? 0)];
  });
};

const errorOf = (content: string, path = 'a.conllu'): string => {
  try {
    readConll([{ path, content }]);
  } catch (e) {
    if (e instanceof FormatErrors) return e.errors.map((x) => x.message).join('\n');
    return e instanceof Error ? e.message : String(e);
  }
  return 'no error';
};

describe('CoNLL-U names under any MISC key whose values are all name tags', () => {
  // Known answers: chunks of the MISC values, read by a short Python script apart from Loupe.
  it('reads UD Slovenian’s NER=B-per, lower-case types and all', () => {
    expect(spansOf(SSJ)).toEqual([
      ['per', 'Marko Kos'],
      ['org', 'Mestno knjižnico Kranj'],
      ['loc', 'Ljubljani'],
    ]);
    const read = readConll([{ path: 'ssj.conllu', content: SSJ }]);
    expect(read.warnings.join('\n')).toContain('MISC entries (NER=…)');
  });

  it('reads Stanza’s ner=S-GPE (BIOES) beside start_char and end_char', () => {
    expect(spansOf(STANZA)).toEqual([
      ['PERSON', 'Ada Lovelace'],
      ['PERSON', 'Charles Babbage'],
      ['GPE', 'London'],
    ]);
  });

  it('reads bare tags (B-PER|SpaceAfter=No), as spaCy’s CoNLL-U converter does', () => {
    expect(spansOf(BARE)).toEqual([
      ['PER', 'Ana Novak'],
      ['LOC', 'Ljubljana'],
    ]);
  });

  it('writes each back byte for byte, and edited names under the same key', () => {
    for (const content of [SSJ, STANZA, BARE]) {
      const written = writeConll(readConll([{ path: 'a.conllu', content }]));
      expect(written.files[0]?.content).toBe(content);
      expect(written.summary.notExpressed).toEqual({});
    }
    const [doc] = readConll([{ path: 'ssj.conllu', content: SSJ }]).documents;
    if (!doc) throw new Error('no document');
    // `obiskal` (code points 13–20) named `act`; the other names kept.
    const edited = { ...doc, spans: [...doc.spans, span(13, 20, 'act')] };
    const lines = (writeConll(bundle(edited)).files[0]?.content ?? '').split('\n');
    expect(lines[6]).toBe(
      '4\tobiskal\tobiskati\tVERB\tVmep-sm\tGender=Masc\t0\troot\t_\tNER=B-act',
    );
    expect(lines.filter((l, i) => l !== SSJ.split('\n')[i])).toHaveLength(1);
    const [bare] = readConll([{ path: 'bare.conllu', content: BARE }]).documents;
    if (!bare) throw new Error('no document');
    const out = writeConll(bundle({ ...bare, spans: [span(0, 3, 'PER')] })).files[0]?.content;
    // Its last word had no tag: O is written as no entry, as NE= files write it.
    expect(out?.split('\n')[1]).toBe('2\tNovak\tNovak\tPROPN\t_\t_\t1\tflat\t_\t_');
    expect(out?.split('\n')[4]).toBe(
      '5\tLjubljana\tLjubljana\tPROPN\t_\t_\t3\tobl\t_\tSpaceAfter=No',
    );
  });

  it('refuses a key holding name tags and other values, by line, naming the key', () => {
    const junk = SSJ.replace('NER=I-per', 'NER=I_per').replace('NER=B-loc', 'NER=Ljubljana');
    const message = errorOf(junk, 'ssj.conllu');
    expect(message).toMatch(/ssj\.conllu:5: MISC entry "NER=I_per" is no name tag/);
    expect(message).toMatch(/ssj\.conllu:16: MISC entry "NER=Ljubljana" is no name tag/);
    expect(message).toContain('NER=B-per on line 4');
    expect(message).toContain('correct the value');
  });

  it('refuses a bare value beside bare tags', () => {
    const message = errorOf(BARE.replace('\tI-PER\n', '\tI-PER|person\n'), 'bare.conllu');
    expect(message).toMatch(/bare\.conllu:2: MISC entry "person" is no name tag/);
  });

  it('reads CorefUD’s Entity= as no names, says so, and writes it back as it was', () => {
    const read = readConll([{ path: 'coref.conllu', content: COREF }]);
    expect(read.documents.map((d) => d.spans.length)).toEqual([0]);
    expect(read.warnings.join('\n')).toMatch(/MISC holds CorefUD coreference \(Entity=/);
    expect(writeConll(read).files[0]?.content).toBe(COREF);
  });

  it('reads no name from keys whose values only look like tags now and then (Translit=O)', () => {
    const content =
      '1\tO\to\tINTJ\t_\t_\t0\troot\t_\tTranslit=O\n2\tbe\tbe\tAUX\t_\t_\t1\taux\t_\tTranslit=be\n';
    expect(readConll([{ path: 'ud.conllu', content }]).documents[0]?.spans).toEqual([]);
  });
});
