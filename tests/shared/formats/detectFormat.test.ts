import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  isTokenFile,
  readDoccano,
  readSpansJsonl,
} from '../../../src/shared/formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../../../scripts/interop/sharedTools';
import { errorsOf, file, jsonl, lines } from './build';
import { JABBERWOCKY, MILLER } from './mae/jabberwocky';
import { region, task } from './labelStudio/build';

const REAL = join(SHARED_DIR, 'fixtures', 'real');
/** The demo corpus: news prose, some of it noisy scrapes. */
const SEEDS = join(SHARED_DIR, 'seeds');
const WEBANNO = join(import.meta.dirname, '../../fixtures/webanno');
const PUBTATOR = join(import.meta.dirname, '../../fixtures/pubtator');
const SPACY_JSON = join(import.meta.dirname, '../../fixtures/spacy-json');

/** What a file of these records is refused for, when it is. */
function reasonFor(name: string, content: string): string | undefined {
  return errorsOf(() => detectFormat([file(name, content)]))[0]?.reason;
}

describe('detectFormat', () => {
  it.each([
    [
      'brat',
      [
        file('a.txt', 'IBM'),
        file('a.ann', 'T1\tORG 0 3\tIBM'),
        file('b.txt', 'x'),
        file('annotation.conf', ''),
      ],
    ],
    ['txt', [file('a.txt', 'IBM'), file('b.txt', 'x')]],
    ['loupe', [file('l.json', '{\n  "format": "loupe",\n  "formatVersion": 1')]],
    ['labelstudio', [file('ls.json', '[{"id": 1, "data": {"text": "x"}, "annotations": []}]')]],
    ['labelstudio', [file('ls.json', '{"data": {"text": "x"}}')]],
    [
      // Compact, on one line, as Label Studio's export API sends it: read as JSON, not by the
      // keys its text holds (`labels` in a result is also a doccano key).
      'labelstudio',
      [
        file(
          'ls.json',
          JSON.stringify([task('IBM', [region('r1', 0, 3, 'IBM', 'ORG')], { id: 41 })]),
        ),
      ],
    ],
    [
      'doccano',
      [file('d.json', JSON.stringify([{ text: 'x', label: [[0, 1, 'A']] }, { text: 'y' }]))],
    ],
    ['doccano', [file('d.jsonl', jsonl({ text: 'x', label: [[0, 1, 'A']] }))]],
    [
      'doccano',
      [
        file(
          'd.jsonl',
          jsonl({
            text: 'x',
            entities: [{ id: 1, start_offset: 0, end_offset: 1, label: 'A' }],
            relations: [],
          }),
        ),
      ],
    ],
    ['spans-jsonl', [file('s.jsonl', jsonl({ text: 'x', spans: [], tokens: [] }))]],
    ['doccano', [file('broken.jsonl', '{"text": "x", "label": [[0, 1')]],
    [
      // Label Studio's JSON-MIN export: regions under the control's name (label, ner, …).
      'labelstudio',
      [
        file(
          'min.json',
          JSON.stringify(
            [
              {
                text: 'IBM',
                id: 1,
                ner: [{ start: 0, end: 3, text: 'IBM', labels: ['ORG'] }],
                annotator: 1,
              },
            ],
            null,
            2,
          ),
        ),
      ],
    ],
  ] as const)('recognizes %s', (id, files) => {
    expect(detectFormat(files)).toBe(id);
  });

  it('names spans under a key no format uses instead of calling the records bare texts', () => {
    // lcclab-blcu/CHED all.jsonl: event triggers shaped like doccano entities under `events`.
    const content = jsonl(
      { sen_id: 1, text: '见吕不韦姬', events: [] },
      { sen_id: 2, text: '生于邯郸', events: [{ label: '出生', start_offset: 0, end_offset: 1 }] },
    );
    expect(reasonFor('all.jsonl', content)).toBe(
      'holds labelled spans under events (line 2), a key no format Loupe reads uses; rename it (doccano: entities, spans JSONL: spans) and pass --format',
    );
  });

  it("reads doccano 1.0's JSONL download, named file.json1, by its records", () => {
    // The layout of fieryash/NER file.json1 (doccano 1.0: `meta`, `annotation_approver`,
    // `labels` triples), in our own words: before, the extension alone refused it.
    const content = jsonl(
      {
        id: 1,
        text: 'No person shall be deprived of life.',
        meta: {},
        annotation_approver: null,
        labels: [
          [3, 9, 'Party'],
          [31, 35, 'Subject'],
        ],
      },
      { id: 2, text: 'Equality before law.', meta: {}, annotation_approver: null, labels: [] },
    );
    expect(detectFormat([file('file.json1', content)])).toBe('doccano');
    expect(readDoccano([file('file.json1', content)]).documents[0]?.spans).toHaveLength(2);
  });

  it("places a .zip as UIMA CAS XMI (INCEpTION's exports), before binary files are taken for spaCy's", () => {
    expect(
      detectFormat([{ path: 'report.zip', content: '', binary: Uint8Array.of(0x50, 0x4b) }]),
    ).toBe('xmi');
  });

  it("places a .spacy file (spaCy's DocBin) by its extension", () => {
    expect(
      detectFormat([{ path: 'train.spacy', content: '', binary: Uint8Array.of(0x78, 0x9c) }]),
    ).toBe('spacy');
  });

  it("reads spaCy's JSON training format from the file's head, and says what to do with one document outside a list", () => {
    // explosion/spaCy examples/training/training-data.json (tests/fixtures/spacy-json): refused before
    // as "texts without any annotation key … pass --format doccano or spans-jsonl".
    const real = readFileSync(join(SPACY_JSON, 'training-data.json'), 'utf8');
    expect(detectFormat([file('training-data.json', real)])).toBe('spacy-json');
    const one = JSON.stringify({ id: 0, paragraphs: [{ sentences: [] }] });
    expect(reasonFor('one.json', one)).toBe(
      'holds a document of spaCy\'s JSON training format ({"paragraphs": […]}) not inside a list; put the documents in a list ([{…}, …]) and pass --format spacy-json',
    );
    expect(reasonFor('ids.json', JSON.stringify([{ id: 1, value: 2 }]))).toBe(
      'holds JSON records with keys id, value, none of which a format Loupe reads uses (text, spans, label, entities, tokens, paragraphs, …); pass --format',
    );
  });

  it("places spaCy's cats object with spans JSONL, which reads it, and doccano names where it is read", () => {
    // explosion/projects pipelines/textcat_multilabel_demo/assets/cooking-train.jsonl (MIT):
    // 2000 records of {"text", "cats": {label: score}}, refused as "texts without any annotation key".
    const content = jsonl(
      { text: 'Can I bake bread in a cast iron pan?', cats: { baking: 1.0, 'cast-iron': 1.0 } },
      { text: 'Is brie a soft cheese?', cats: { baking: 0.0, cheese: 1.0 } },
    );
    expect(detectFormat([file('cooking-train.jsonl', content)])).toBe('spans-jsonl');
    const record = jsonl({ text: 'x', cats: { baking: 1 } });
    expect(errorsOf(() => readDoccano([file('a.jsonl', record)]))[0]?.reason).toBe(
      'cats holds spaCy text categories ({label: score}), which spans JSONL reads: pass --format spans-jsonl (doccano reads cats as a list of category names)',
    );
    expect(readSpansJsonl([file('a.jsonl', record)]).documents[0]?.documentLabels).toEqual({
      baking: '1',
    });
    const converted = readDoccano([file('a.jsonl', jsonl({ text: 'x', cats: ['baking'] }))]);
    expect(converted.documents[0]?.documentLabels).toEqual({ category: 'baking' });
  });

  it('refuses tokens tagged one per line in a .txt file, which plain text would import without its tags', () => {
    // jeniyat/WNUT_2020_NER data/train_data/Conll_Format/protocol_100_conll.txt: token TAB tag;
    // imported as plain text it gave one document, 0 spans and exit 0.
    const conll = 'OmniPrep\tO\nFor\tO\nHigh\tB-Modifier\nQuality\tI-Modifier\n\nWeigh\tB-Action\n';
    expect(reasonFor('protocol_100_conll.txt', conll)).toBe(
      'holds tokens tagged one per line (CoNLL/IOB, line 3: "High\\tB-Modifier"); as plain text their tags would be lost. Import it as CoNLL with --format conll (or as text anyway with --format txt)',
    );
    // CoNLL-2003 columns with a document line, and BILOU tags.
    const conll2003 = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n';
    expect(reasonFor('eng.train.txt', conll2003)).toContain('line 3: "EU NNP B-NP B-ORG"');
    expect(reasonFor('bilou.txt', 'Adel U-PER\nmet O\n')).toContain('line 1');
  });

  it("refuses CoNLL-U with names in MISC in a .txt file (Loupe's own conll.txt export of CoNLL-U documents)", () => {
    const conllu = [
      '# newdoc id = a',
      '# sent_id = a-1',
      '# text = Kari bor',
      '1\tKari\t_\t_\t_\t_\t_\t_\t_\tname=B-PER',
      '2\tbor\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|name=O',
      '',
    ].join('\n');
    expect(reasonFor('conll.txt', conllu)).toContain('line 4: "1\\tKari');
    // A treebank without names loses none as text: read as text, as before.
    expect(detectFormat([file('ud.txt', conllu.replace('name=B-PER', '_'))])).toBe('txt');
  });

  it('refuses tokens tagged in the IO scheme (tags with no B-/I-) in a .txt file, and reads them from a .tsv', () => {
    // Few-NERD's supervised files (train.txt): a token, a tab, a fine-grained type or O.
    const fewNerd = lines(
      'London\tlocation-GPE',
      'is\tO',
      'the\tO',
      'capital\tO',
      '',
      'Barack\tperson-politician',
      'Obama\tperson-politician',
      'spoke\tO',
    );
    expect(reasonFor('train.txt', fewNerd)).toContain('line 1: "London\\tlocation-GPE"');
    expect(detectFormat([file('train.tsv', fewNerd)])).toBe('conll');
    // Tables of other things are not tokens: a glossary, a list of names and ages.
    const glossary = 'apple\tfruit\nbanana\tfruit\ncarrot\tvegetable\n';
    expect(detectFormat([file('glossary.txt', glossary)])).toBe('txt');
    expect(isTokenFile(glossary)).toBe(false);
    expect(isTokenFile('Amira\t34\nO\tBen\nZoe\t51\n')).toBe(false);
  });

  it('refuses a .txt of entities tagged inline (MUC / OntoNotes ENAMEX), naming the line', () => {
    const muc =
      '<DOC DOCNO="nw/a">\nThe talks in <ENAMEX TYPE="GPE">Hong Kong</ENAMEX> ended\n</DOC>\n';
    expect(reasonFor('a.txt', muc)).toMatch(
      /<ENAMEX TYPE="GPE">…<\/ENAMEX>.*line 2\).*--format txt/,
    );
    // Prose that mentions the tag's name is still prose.
    expect(detectFormat([file('b.txt', 'ENAMEX tags mark names.\n')])).toBe('txt');
  });

  it('still reads prose, and a token list without any entity tag, as plain text', () => {
    const prose = 'The B-52 flew over.\nIt was a show.\nNobody said O\n';
    expect(detectFormat([file('a.txt', prose)])).toBe('txt');
    expect(detectFormat([file('b.txt', 'Hello O\nworld O\n')])).toBe('txt');
  });

  it('reads .conll, .iob and .bio files as CoNLL, and a .tsv only when its lines are tagged tokens', () => {
    expect(detectFormat([file('a.conll', 'x\tO')])).toBe('conll');
    expect(detectFormat([file('a.iob', 'EU B-ORG\n')])).toBe('conll');
    expect(detectFormat([file('a.BIO', 'EU B-ORG\n')])).toBe('conll');
    // WNUT 2017 (tab) and GermEval 2014 (comments, an index column, two tag columns).
    expect(detectFormat([file('wnut17train.tsv', '@paulwalk\tO\nEmpire\tB-location\n')])).toBe(
      'conll',
    );
    const germEval =
      '# http://de.wikipedia.org/wiki/Manfred_Korfmann [2009-10-17]\n1\tAufgrund\tO\tO\n2\tseiner\tO\tO\n';
    expect(detectFormat([file('NER-de-sample.tsv', germEval)])).toBe('conll');
    // A stance table (SemEval-2016 Task 6's columns, Loupe's own export) is not tokens.
    expect(
      detectFormat([file('stance.tsv', 'ID\tTarget\tTweet\tStance\n1\tx\ty z\tFAVOR\n')]),
    ).toBe('stance-tsv');
    expect(
      errorsOf(() => detectFormat([file('other.tsv', 'name\tcount\nx\t1\n')]))[0]?.reason,
    ).toContain('a stance table (a header naming');
  });

  it('reads the CoNLL shared tasks’ own file names (eng.train, eng.testa, eng.testb) as CoNLL when tagged', () => {
    // Lines 1, 2, 3, 13 and 14 of CoNLL-2003 eng.testb as copied in
    // NguyenHoangAn0511/Name-entity-recognition-using-BERT @ f07853e9581e4f7b6a61e96f235a337ba085f769,
    // conll2003/eng.testb (word, POS, chunk and IOB2 name tag, separated by spaces).
    const testb = lines(
      'SOCCER NN B-NP O',
      '- : O O',
      'JAPAN NNP B-NP B-LOC',
      '',
      'Nadim NNP B-NP B-PER',
    );
    for (const name of ['eng.train', 'eng.testa', 'eng.testb', 'esp.testa', 'ned.train'])
      expect(detectFormat([file(name, testb)])).toBe('conll');
    expect(detectFormat([file('deu.dev', testb)])).toBe('conll');
    expect(reasonFor('notes.train', 'Some prose, not tokens.\n')).toContain(
      'cannot tell the format from the extension ".train"',
    );
  });

  it('reads a .tsv file opening with the WebAnno TSV header as WebAnno TSV, not as CoNLL', () => {
    // INCEpTION's own test file (tests/fixtures/webanno/example2.tsv): its rows look like tagged tokens too.
    const example = readFileSync(join(WEBANNO, 'example2.tsv'), 'utf8');
    expect(detectFormat([file('example2.tsv', example)])).toBe('webanno');
    expect(detectFormat([file('a.tsv', `\uFEFF${example}`)])).toBe('webanno');
  });

  it('reads an .xml file as MAE when its root holds TEXT with CDATA and TAGS, and refuses other XML', () => {
    expect(detectFormat([file('poem.xml', JABBERWOCKY), file('miller.xml', MILLER)])).toBe('mae');
    expect(
      detectFormat([file('empty.xml', '<T>\n<TEXT><![CDATA[x]]></TEXT>\n<TAGS>\n</TAGS>\n</T>')]),
    ).toBe('mae');
    expect(
      errorsOf(() => detectFormat([file('pom.xml', '<project><TEXT>x</TEXT></project>')]))[0]
        ?.reason,
    ).toBe(
      'is XML but neither a MAE annotation file (a root holding <TEXT><![CDATA[…]]></TEXT> and <TAGS>) nor BioC (a root <collection> of <document>s), the XML Loupe imports; pass --format',
    );
  });

  it('reads .pubtator files, and a .txt opening with PMID|t| and PMID|a| lines, as PubTator', () => {
    // BC5CDR's first training document (tests/fixtures/pubtator), saved under its corpus's own name.
    const cdr = readFileSync(join(PUBTATOR, 'CDR_sample.PubTator.txt'), 'utf8');
    expect(detectFormat([file('CDR_TrainingSet.PubTator.txt', cdr)])).toBe('pubtator');
    // NCBI disease opens with a blank line.
    const ncbi = readFileSync(join(PUBTATOR, 'NCBI_sample_corpus.txt'), 'utf8');
    expect(detectFormat([file('NCBIdevelopset_corpus.txt', ncbi)])).toBe('pubtator');
    expect(detectFormat([file('Dev.PubTator', 'x')])).toBe('pubtator');
    // Prose stays text, even with a title-like line, when no abstract line of the same PMID follows.
    expect(detectFormat([file('a.txt', 'Aspirin and pain.\nIt helps.\n')])).toBe('txt');
    expect(detectFormat([file('b.txt', '1|t|A title\nand prose\n')])).toBe('txt');
    expect(detectFormat([file('c.txt', '1|t|A title\n2|a|An abstract\n')])).toBe('txt');
  });

  it('never takes the demo corpus, prose, for CoNLL', () => {
    for (const name of readdirSync(SEEDS)) {
      const content = readFileSync(join(SEEDS, name), 'utf8');
      expect(detectFormat([file(name, content)])).toBe('txt');
      expect(isTokenFile(content)).toBe(false);
    }
  });

  it('places Hugging Face records; refuses unknown and mixed batches, naming the files', () => {
    expect(detectFormat([file('hf.jsonl', jsonl({ id: '1', tokens: [], ner_tags: [] }))])).toBe(
      'hf',
    );
    expect(errorsOf(() => detectFormat([file('a.docx', '')]))[0]?.reason).toBe(
      'cannot tell the format from the extension ".docx"; pass --format',
    );
    expect(
      errorsOf(() =>
        detectFormat([file('a.txt', 'x'), file('d.jsonl', jsonl({ text: 'x', label: [] }))]),
      )[0]?.reason,
    ).toBe('these files mix formats: txt (a.txt), doccano (d.jsonl); import them separately');
    expect(errorsOf(() => detectFormat([]))[0]?.reason).toBe('no files to import');
  });
});

describe('detectFormat on an ambiguous corpus', () => {
  const long = 'word '.repeat(2000);

  it.each([
    [
      'Loupe’s own doccano export of a long text (label after 10 000 characters)',
      'doccano',
      jsonl({ name: 'a', text: long, label: [[0, 4, 'X']] }),
    ],
    [
      'doccano 1.x annotations objects',
      'doccano',
      jsonl({
        id: 1,
        text: 'x',
        annotations: [{ label: 3, start_offset: 0, end_offset: 1, user: 1 }],
      }),
    ],
    ['doccano categories only', 'doccano', jsonl({ text: 'x', cats: ['a'] })],
    ['doccano with its column names', 'doccano', jsonl({ column_data: 'x', column_label: [] })],
    [
      'Label Studio 0.x completions',
      'labelstudio',
      JSON.stringify({ data: { text: 'x' }, completions: [{ result: [] }] }),
    ],
    [
      'Label Studio tasks as JSON Lines',
      'labelstudio',
      jsonl({ data: { text: 'x' }, annotations: [{ result: [] }] }),
    ],
    [
      'Prodigy records with answers',
      'spans-jsonl',
      jsonl({ text: 'x', answer: 'accept', _input_hash: 1 }),
    ],
    [
      'pretty-printed doccano records',
      'doccano',
      `${JSON.stringify({ text: 'a', entities: [] }, null, 2)}\n${JSON.stringify({ text: 'b', entities: [] }, null, 2)}\n`,
    ],
  ])('%s → %s', (_, format, content) => {
    expect(detectFormat([file('x.jsonl', content)])).toBe(format);
  });

  it('asks for --format, naming the candidates, on a tie, on texts alone and on mixed records', () => {
    expect(reasonFor('x.jsonl', jsonl({ text: 'x', spans: [], label: [] }))).toBe(
      'fits doccano and spans-jsonl equally (keys label, spans); pass --format doccano or --format spans-jsonl',
    );
    expect(reasonFor('x.jsonl', jsonl({ text: 'x' }, { text: 'y' }))).toBe(
      'holds texts without any annotation key, which doccano and spans-jsonl both read; pass --format doccano or --format spans-jsonl',
    );
    expect(
      reasonFor(
        'x.jsonl',
        jsonl({ text: 'a', label: [] }, { text: 'b', spans: [] }, { text: 'c', label: [] }),
      ),
    ).toBe(
      'has records fitting different formats: doccano (lines 1, 3), spans-jsonl (line 2); pass --format',
    );
  });

  it('names the damage first in a damaged file whose keys fit several formats', () => {
    // A Label Studio export cut short: its keys alone fit doccano as well (annotations, labels).
    const task = {
      data: { text: 'Alice met Acme' },
      annotations: [{ result: [{ value: { start: 0, end: 5, labels: ['PER'] }, type: 'labels' }] }],
    };
    const cut = JSON.stringify([task]).slice(0, -1);
    expect(reasonFor('export.json', cut)).toBe(
      'line 1: not valid JSON: unexpected end of input (the file looks truncated); mend it first (as it is, it fits labelstudio and doccano equally (keys data, annotations, labels); pass --format labelstudio or --format doccano)',
    );
  });

  it('names the damage alone in a file no record of which could be read (a cut record has no keys)', () => {
    expect(reasonFor('notes.jsonl', '{"text": "A"\n')).toBe(
      'line 1: not valid JSON: unexpected end of input (the file looks truncated); mend it first',
    );
  });

  const doccano = join(REAL, 'doccano');
  it.skipIf(!existsSync(doccano))('reads every real doccano file as doccano', () => {
    const names = readdirSync(doccano).filter((n) => n.endsWith('.jsonl'));
    const names2 = readdirSync(join(doccano, 'doccano-transformer'))
      .filter((n) => n.endsWith('.jsonl'))
      .map((n) => join('doccano-transformer', n));
    for (const name of [...names, ...names2])
      expect([name, detectFormat([file(name, readFileSync(join(doccano, name), 'utf8'))])]).toEqual(
        [name, 'doccano'],
      );
  });

  const ls = join(REAL, 'labelstudio');
  it.skipIf(!existsSync(ls))('reads every real Label Studio file as labelstudio', () => {
    for (const name of [
      'ls0x_named_entity_completions_1.json',
      'frontend_named_entity/tasks.json',
      'frontend_named_entity/annotations/1.json',
      'lsf_e2e_ner-text_task.json',
    ])
      expect([name, detectFormat([file(name, readFileSync(join(ls, name), 'utf8'))])]).toEqual([
        name,
        'labelstudio',
      ]);
  });
});
