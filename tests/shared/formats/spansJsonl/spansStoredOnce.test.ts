import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpansJsonl, writeSpansJsonl } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';

const PRODIGY = join(__dirname, '..', '..', '..', 'fixtures', 'real', 'prodigy');
const FILES = readdirSync(PRODIGY).filter((name) => name.endsWith('.jsonl'));

function read(name: string): { content: string; bundle: FormatBundle } {
  const content = readFileSync(join(PRODIGY, name), 'utf8');
  return { content, bundle: readSpansJsonl([{ path: name, content }]) };
}

/** The layout a document keeps of its record, as its layer stores it. */
function keptLayout(doc: FormatDocument | undefined): Record<string, unknown> {
  const kept = doc?.metadata?.$prodigy;
  const layout = typeof kept === 'object' && kept !== null && 'layout' in kept ? kept.layout : {};
  return typeof layout === 'object' && layout !== null ? { ...layout } : {};
}

describe('an accepted Prodigy record kept with its layout stores its spans once', () => {
  it.each(FILES)(
    '%s: no copy of the spans in the layout, and written back byte for byte',
    (name) => {
      // Known answer: the excerpt of the real file itself (see tests/fixtures/real/SOURCES.md).
      const { content, bundle } = read(name);
      for (const doc of bundle.documents.filter((d) => d.spans.length > 0))
        expect(JSON.stringify(keptLayout(doc).texts ?? {})).not.toContain('"spans"');
      expect(writeSpansJsonl(bundle).files[0]?.content).toBe(content);
    },
  );

  it('rebuilds the spans of an edited record from the spans left, with their kept fields', () => {
    // ner.teach's record of line 46 of reddit_product.jsonl: MySQL listed before Apache.
    const { content, bundle } = read('reddit_product_ner_teach_lines_1_8_46_653_711_1797.jsonl');
    const line = content.split('\n')[2] ?? '';
    const record = bundle.documents[2];
    if (!record) throw new Error('a third record expected');
    const apache = record.spans.filter((s) => s.fragments[0]?.start === 53);
    const out = writeSpansJsonl({ ...bundle, documents: [{ ...record, spans: apache }] });
    const spans = (JSON.parse(line) as { spans: { start: number }[] }).spans;
    const kept = JSON.stringify(spans.filter((s) => s.start === 53));
    expect(out.files[0]?.content).toBe(`${line.replace(JSON.stringify(spans), kept)}\n`);
  });
});
