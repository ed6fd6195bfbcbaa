import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../src/shared/contract/interchange';
import { exportProject, importPaths } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

/** A project of `texts` imported as Prodigy records into gold's layer, spans as given. */
async function projectOf(records: readonly { text: string; spans: object[] }[]) {
  const project = await emptyProject();
  const dir = folderWith({ 'a.jsonl': records.map((r) => JSON.stringify(r)).join('\n') });
  await importPaths(project.store, [dir], into('gold'));
  return project;
}

const NO_SPANS = [
  { text: 'Alice met Bob.', spans: [] },
  { text: 'Carol came.', spans: [] },
];

const TRAINING: readonly ExportFormat[] = ['spacy', 'spacy-json', 'conll', 'hf'];
/** Also a tool's input: texts to annotate there (Prodigy's tasks, brat, doccano, Label Studio…). */
const OTHERS: readonly ExportFormat[] = [
  'spans-jsonl',
  'brat',
  'doccano',
  'labelstudio',
  'webanno',
  'bioc',
];

describe('an export that holds no annotation', () => {
  it.each(OTHERS)(
    '%s: written as texts to annotate, saying it holds no annotation',
    async (format) => {
      const { store } = await projectOf(NO_SPANS);
      const { summary } = await exportProject(store, { format, annotator: 'gold' });
      expect(summary.documents).toBe(2);
      expect(summary.warnings).toContain(
        'the export holds no annotation, only the texts of 2 documents',
      );
    },
  );

  it.each(TRAINING)(
    '%s: refused, naming the layer and what to do, unless asked for with allowEmpty',
    async (format) => {
      const { store } = await projectOf(NO_SPANS);
      await expect(exportProject(store, { format, annotator: 'gold' })).rejects.toThrow(
        /^nothing to export: the 2 documents of gold's layer hold no span, relation, stance or document label: .*--allow-empty/,
      );
      const { summary } = await exportProject(store, {
        format,
        annotator: 'gold',
        allowEmpty: true,
      });
      expect(summary.documents).toBe(2);
      expect(summary.warnings).toContain(
        'the export holds no annotation, only the texts of 2 documents (--allow-empty)',
      );
    },
  );

  it('--labels that leave out every span: refused, saying so', async () => {
    const { store } = await projectOf([
      { text: 'Alice met Bob.', spans: [{ start: 0, end: 5, label: 'PER' }] },
    ]);
    await expect(
      exportProject(store, { format: 'conll', annotator: 'gold', labels: ['ORG'] }),
    ).rejects.toThrow(/^nothing to export: --labels ORG left out every span of the 1 document/);
  });

  it('conll: a CoNLL-U treebank without named entities is written back, its columns kept', async () => {
    const conllu =
      '# newdoc id = d1\n# sent_id = 1\n# text = Hi there\n' +
      '1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_\n' +
      '2\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t1:advmod\t_\n\n';
    const project = await emptyProject();
    await importPaths(project.store, [folderWith({ 'a.conllu': conllu })], into('gold'));
    const { result, summary } = await exportProject(project.store, {
      format: 'conll',
      annotator: 'gold',
    });
    expect(result.files.map((f) => f.content)).toEqual([conllu]);
    expect(summary.warnings).toEqual([]);
  });

  it("Loupe's own project copy is not a training set: written", async () => {
    const { store } = await projectOf(NO_SPANS);
    const { summary } = await exportProject(store, { format: 'loupe', annotator: 'gold' });
    expect(summary.documents).toBe(2);
  });
});

const TEN = Array.from({ length: 10 }, (_, i) => ({
  text: `Report ${i} from Baghdad.`,
  spans: [{ start: 0, end: 6, label: 'MISC' }],
}));

describe('a split', () => {
  it.each([...TRAINING, 'spans-jsonl'] as const)(
    '%s: train/test (50/50) writes no dev part at all',
    async (format) => {
      const { store } = await projectOf(TEN);
      const { result, summary } = await exportProject(store, {
        format,
        annotator: 'gold',
        split: '50/50',
        seed: 1,
      });
      // spaCy's parts are files (train.spacy), the others' folders (train/conll.txt).
      const parts = new Set(result.files.map((f) => f.path.split('/')[0]?.replace(/\.spacy$/, '')));
      expect(parts.has('dev')).toBe(false);
      expect(parts.has('train') && parts.has('test')).toBe(true);
      expect(summary.warnings).toEqual([]);
    },
  );

  it.each([...TRAINING, 'spans-jsonl'] as const)(
    '%s: a part too few documents leave empty is refused, naming it; allowEmpty writes it and says so',
    async (format) => {
      const { store } = await projectOf(TEN.slice(0, 2));
      await expect(
        exportProject(store, { format, annotator: 'gold', split: '60/20/20', seed: 1 }),
      ).rejects.toThrow(
        /^nothing to export in test: --split 60\/20\/20 of 2 documents .* leaves test without a document: .*--allow-empty/,
      );
      const { summary } = await exportProject(store, {
        format,
        annotator: 'gold',
        split: '60/20/20',
        seed: 1,
        allowEmpty: true,
      });
      expect(summary.warnings).toContain(
        'the test part holds no document (--split 60/20/20): written empty',
      );
    },
  );

  it('a part whose documents hold no span is said', async () => {
    const { store } = await projectOf([...TEN.slice(0, 2), ...NO_SPANS]);
    const { summary, result } = await exportProject(store, {
      format: 'conll',
      annotator: 'gold',
      split: '50/50',
      seed: 3,
    });
    const spansIn = (part: string) =>
      result.files
        .filter((f) => f.path.startsWith(`${part}/`))
        .reduce((n, f) => n + (f.content.match(/B-MISC/g)?.length ?? 0), 0);
    const bare = ['train', 'test'].filter((part) => spansIn(part) === 0);
    expect(summary.warnings).toEqual(
      bare.map((part) => `the ${part} part's 2 documents hold no annotation (--split 50/50)`),
    );
  });
});
