import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HARD_CASES } from '../../../../scripts/interop/hardCases';
import { benchDocument } from '../../../../scripts/bench/editorPage/benchDocument';
import { bundleOf, getFormat, type FormatDocument } from '../../../../src/shared/formats';
import { fragmentOf } from '../../../../src/shared/spans';
import type { ExportFormat } from '../../../../src/shared/contract/interchange';

/** A span with edges on whitespace and one of whitespace only: the edges move, the other is left out. */
const whitespaceEdges: FormatDocument = {
  name: 'whitespace-edges',
  text: 'Talks in  Geneva\r\nended.\u00a0 Mr. Pompeo left.',
  spans: [
    { label: 'GPE', fragments: [fragmentOf(8, 17)] },
    { label: 'MISC', fragments: [fragmentOf(16, 18)] },
    { label: 'PERSON', fragments: [fragmentOf(25, 37)] },
    {
      label: 'ORG',
      fragments: [fragmentOf(0, 5), fragmentOf(18, 23)],
    },
  ],
  relations: [],
  stances: [],
  entities: [],
  documentLabels: {},
};

function documents(): FormatDocument[] {
  const hard = HARD_CASES.map((gold): FormatDocument => ({
    name: gold.name,
    text: gold.text,
    spans: gold.spans.map((s) => ({
      id: s.id,
      label: s.label,
      fragments: [fragmentOf(s.start, s.end)],
    })),
    relations: [],
    stances: [],
    entities: [],
    documentLabels: {},
  }));
  const { text, spans } = benchDocument({
    subject: 'loupe',
    chars: 40_000,
    spans: 800,
    overlapping: 80,
    seed: 8,
    edits: 0,
    scrollSteps: 0,
  });
  const generated: FormatDocument = {
    name: 'generated',
    text,
    spans,
    relations: [],
    stances: [],
    entities: [],
    documentLabels: {},
  };
  return [...hard, whitespaceEdges, generated];
}

function sha(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/**
 * The bytes of every token export of a fixed bundle, pinned: a faster writer must write the
 * same files (the checksums were taken before the export was made faster).
 */
describe('token exports are byte-identical', () => {
  const bundle = bundleOf(documents(), []);
  const cases: [ExportFormat, Record<string, string>][] = [
    ['spans-jsonl', { 'spans.jsonl': '' }],
    ['conll', { 'conll.txt': '' }],
    ['hf', { 'hf.jsonl': '', 'label_names.json': '', 'README.md': '' }],
  ];
  it.each(cases)('%s', (id) => {
    const format = getFormat(id);
    const result = format.write?.(bundle, {
      labels: ['PERSON', 'GPE', 'ORG'],
      overlaps: 'longest',
    });
    const files = Object.fromEntries(
      (result?.files ?? []).map((f) => [
        f.path,
        sha(f.bytes ? Buffer.from(f.bytes).toString('utf8') : f.content),
      ]),
    );
    const { documents, spans, stances, notExpressed } = result?.summary ?? {};
    expect({ files, summary: { documents, notExpressed, spans, stances } }).toMatchSnapshot();
  });
});
