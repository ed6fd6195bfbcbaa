import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat, type FormatFile } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { fragmentOf } from '../../../../src/shared/spans';

const TEXT = 'Fabry disease causes pain.\n';

function written(bundle: FormatBundle): string {
  return writeBrat(bundle).files.find((f) => f.path === 'd.ann')?.content ?? '';
}

function read(ann: string, extra: Partial<FormatFile> = {}): FormatBundle {
  return readBrat([
    { path: 'd.txt', content: TEXT },
    { path: 'd.ann', content: ann, ...extra },
  ]);
}

describe('blank lines of a .ann file', () => {
  it('are written back where the file had them: first, between, of spaces alone, last', () => {
    const ann = [
      '',
      'T1\tDisease 0 13\tFabry disease',
      '',
      '  \t',
      'T2\tSign 21 25\tpain',
      'R1\tCauses Arg1:T1 Arg2:T2',
      '',
      '',
    ].join('\n');
    expect(written(read(ann))).toBe(ann);
  });

  it('stay in their places when an annotation between them is deleted or one is added', () => {
    const ann = 'T1\tDisease 0 13\tFabry disease\n\nT2\tSign 21 25\tpain\n\n';
    const bundle = read(ann);
    const [doc] = bundle.documents;
    if (!doc) throw new Error('no document');
    const [first] = doc.spans;
    if (!first) throw new Error('no span');
    expect(written({ ...bundle, documents: [{ ...doc, spans: [first] }] })).toBe(
      'T1\tDisease 0 13\tFabry disease\n\n\n',
    );
    const added = { ...first, id: 'added', label: 'Verb', fragments: [fragmentOf(14, 20)] };
    expect(written({ ...bundle, documents: [{ ...doc, spans: [...doc.spans, added] }] })).toBe(
      'T1\tDisease 0 13\tFabry disease\n\nT2\tSign 21 25\tpain\nT3\tVerb 14 20\tcauses\n\n',
    );
  });

  it('keep their places beside a line left out as invalid (skip invalid)', () => {
    const lines = ['T1\tDisease 0 13\tFabry disease', '', 'R1\tCauses Arg1:T1 Arg2:T9', ''];
    const ann = `${lines.join('\n')}\n`;
    const content = `${lines.map((l) => (l.startsWith('R1') ? '' : l)).join('\n')}\n`;
    expect(written(read(content, { unskipped: ann }))).toBe(ann);
  });
});
