import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelStudio } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';

const LS = join(SHARED_DIR, 'fixtures', 'real', 'labelstudio');
const absent = !existsSync(LS);
if (absent) console.warn(`skipped: Label Studio's real files are absent (${LS})`);

function read(name: string) {
  return readLabelStudio([{ path: name, content: readFileSync(join(LS, name), 'utf8') }]);
}

function mentions(doc: FormatDocument | undefined): string[] {
  const points = [...(doc?.text ?? '')];
  return (doc?.spans ?? []).map(
    (s) => `${s.label} ${s.fragments.map((f) => points.slice(f.start, f.end).join('')).join(' ')}`,
  );
}

describe.skipIf(absent)('readLabelStudio on the files Label Studio publishes', () => {
  it('0.x completions: the span follows value.text where `end` is one short, and says so', () => {
    const { documents, warnings } = read('ls0x_named_entity_completions_1.json');
    expect(documents.map(mentions)).toEqual([['Date February 22']]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^ls0x_named_entity_completions_1\.json:\d+: value\.start\/end 343-353 cover "February 2", but value\.text is "February 22"/,
      ),
    ]);
    expect(documents[0]?.metadata).toEqual({
      id: 1,
      task_path: '../examples/named_entity/tasks.json',
    });
  });

  it('1.x annotations of the frontend example: the same span, with the corrected offsets', () => {
    const { documents, warnings } = read('frontend_named_entity/annotations/1.json');
    expect(documents.map(mentions)).toEqual([['Date February 22']]);
    expect(warnings).toEqual([]);
  });

  it('predictions are a machine layer named by model_version', () => {
    const { documents } = read('frontend_named_entity/tasks.json');
    expect(documents.map((d) => [d.annotator, d.machine, ...mentions(d)])).toEqual([
      ['model 1', true, 'Date February 22'],
    ]);
  });

  it('the e2e NER task: nested regions (parentID) with curly apostrophes', () => {
    const { documents } = read('lsf_e2e_ner-text_task.json');
    expect(mentions(documents[0])).toEqual([
      'Person Alice',
      'Words But I don’t want to go among mad people',
    ]);
  });
});
