import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { fragmentOf } from '../../../../src/shared/spans';

const NAME = 'lsf_e2e_emoji_hypertext_tasks.json';
const CONTENT = readFileSync(
  join(__dirname, '..', '..', '..', 'fixtures', 'labelstudio-hypertext', NAME),
  'utf8',
);

/** Each span as `label start-end text` in code points of the document text. */
function places(doc: FormatDocument | undefined): string[] {
  return (doc?.spans ?? []).map((s) =>
    s.fragments
      .map(
        (f) =>
          `${s.label} ${f.start}-${f.end} ${[...(doc?.text ?? '')].slice(f.start, f.end).join('')}`,
      )
      .join(' '),
  );
}

function withSpan(bundle: FormatBundle, doc: number, start: number, end: number): FormatBundle {
  const documents = bundle.documents.map((d, i) =>
    i === doc ? { ...d, spans: [{ label: 'NEW', fragments: [fragmentOf(start, end)] }] } : d,
  );
  return { ...bundle, documents };
}

describe("readLabelStudio and writeLabelStudio on Label Studio's own HyperText test", () => {
  // Known answers: emoji.cy.ts's constants (see the fixture's SOURCES.md).
  it('reads each region at its globalOffsets over the text nodes of the HTML', () => {
    const { documents, warnings } = readLabelStudio([{ path: NAME, content: CONTENT }]);
    expect(documents.map(places)).toEqual([
      ['region 2-27 Warning: 🐱 This is a test', 'region 23-27 test'],
      ['region 2-7 means'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('writes the tasks back byte for byte', () => {
    const written = writeLabelStudio(readLabelStudio([{ path: NAME, content: CONTENT }]));
    expect(written.files[0]?.content).toBe(CONTENT);
  });

  it('writes a span made in Loupe with the XPaths, offsets and globalOffsets Label Studio gives it', () => {
    const bundle = readLabelStudio([{ path: NAME, content: CONTENT }]);
    const values = [
      [0, 2, 27],
      [0, 23, 27],
      [1, 2, 7],
    ].map(([doc = 0, start = 0, end = 0]) => {
      const written = writeLabelStudio(withSpan(bundle, doc, start, end));
      const tasks = JSON.parse(written.files[0]?.content ?? '') as {
        annotations: { result: { value: Record<string, unknown> }[] }[];
      }[];
      const { text: _text, ...value } = tasks[doc]?.annotations[0]?.result[0]?.value ?? {};
      return value;
    });
    const [warning, test, means] = JSON.parse(CONTENT).flatMap(
      (task: { annotations: { result: { value: Record<string, unknown> }[] }[] }) =>
        task.annotations[0]?.result.map(
          ({ value: { text: _text, labels: _labels, ...place } }) => ({
            ...place,
            labels: ['NEW'],
          }),
        ),
    );
    expect(values).toEqual([warning, test, means]);
  });
});
