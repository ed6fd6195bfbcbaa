import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpansJsonl, writeSpansJsonl } from '../../../../src/shared/formats';
import { RELATION_LEFT_OUT } from '../../../../src/shared/formats/spansJsonl/relationList';
import { bundle, discontinuous, doc, relation, span } from '../build';
import { jsonLines } from './build';

const PRODIGY = join(__dirname, '..', '..', '..', 'fixtures', 'real', 'prodigy');

describe('writeSpansJsonl: the relations written, counted', () => {
  it('counts the relations in `relations`, not one left out for a discontinuous end', () => {
    const text = 'Alice met Bob in New York.';
    const written = writeSpansJsonl(
      bundle(
        doc(text, {
          spans: [
            span(0, 5, 'PERSON', { id: 'a' }),
            span(10, 13, 'PERSON', { id: 'b' }),
            { ...discontinuous('GPE', [17, 20], [21, 25]), id: 'c' },
          ],
          relations: [relation('KNOWS', 'a', 'b'), relation('IN', 'b', 'c')],
        }),
      ),
    );
    const [record] = jsonLines(written.files[0]?.content ?? '');
    expect(record?.relations).toHaveLength(1);
    expect(written.summary).toMatchObject({
      relations: 1,
      notExpressed: { [RELATION_LEFT_OUT]: 1 },
    });
  });

  it("counts the 8 relations of explosion/projects' rel_component records written back", () => {
    // 5 records holding 8 relations between their spans (counted with python's json module).
    const name = 'rel_component_annotations_lines_8_59_106_112_140.jsonl';
    const content = readFileSync(join(PRODIGY, name), 'utf8');
    const written = writeSpansJsonl(readSpansJsonl([{ path: name, content }]));
    const relations = jsonLines(written.files[0]?.content ?? '').flatMap((r) =>
      Array.isArray(r.relations) ? r.relations : [],
    );
    expect(relations).toHaveLength(8);
    expect(written.summary.relations).toBe(8);
  });
});
