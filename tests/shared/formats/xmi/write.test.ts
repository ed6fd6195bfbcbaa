import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXmi, writeWebanno, writeXmi } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { bundle, discontinuous, doc as document, file, relation, span } from '../build';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/xmi');

function read(name: string): FormatBundle {
  return readXmi([file(name, readFileSync(join(FIXTURES, name), 'utf8'))]);
}

function firstOf(b: FormatBundle): FormatDocument {
  const doc = b.documents[0];
  if (!doc) throw new Error('no document');
  return doc;
}

function written(b: FormatBundle): string {
  return writeXmi(b).files[0]?.content ?? '';
}

/** Spans as `label start-end`, sorted. */
function extents(doc: FormatDocument): string[] {
  return doc.spans.map((s) => `${s.label} ${s.fragments[0]?.start}-${s.fragments[0]?.end}`).sort();
}

describe('writeXmi', () => {
  it('writes every INCEpTION file it reads back byte for byte', () => {
    let files = 0;
    for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.xmi'))) {
      const source = readFileSync(join(FIXTURES, name), 'utf8');
      let b: FormatBundle;
      try {
        b = readXmi([file(name, source)]);
      } catch {
        continue; // chains only, zero-length only: refused on import (read tests)
      }
      expect(written(b), name).toBe(source);
      files++;
    }
    expect(files).toBe(10);
  });

  it('writes an edited document back around what it kept: the deleted span gone, the new one added and in the view', () => {
    const b = read('relation_test.xmi');
    const doc = firstOf(b);
    const [kept, , ...rest] = doc.spans; // drop the second span (state 16-22) and its relation
    if (!kept) throw new Error('no span');
    const added = span(35, 39, 'country', { id: 'new' });
    const edited = { ...doc, spans: [kept, ...rest, added], relations: [] };
    const out = written({ ...b, documents: [edited] });
    expect(out).not.toContain('xmi:id="177"'); // the state span
    expect(out).not.toContain('xmi:id="182"'); // its relation
    // the file's own prefix for named entities, the next free id
    expect(out).toContain(
      '<type3:NamedEntity xmi:id="239" sofa="1" begin="35" end="39" value="country"/>',
    );
    const view = /<cas:View [^>]*members="([^"]*)"/.exec(out)?.[1]?.split(' ') ?? [];
    expect(view).toContain('239');
    expect(view).not.toContain('177');
    expect(extents(firstOf(readXmi([file('e.xmi', out)])))).toEqual([
      'city 0-9',
      'city 25-33',
      'country 35-39',
      'state 40-52',
    ]);
  });

  it('writes a changed label into the feature the file read it from (a custom layer’s first feature)', () => {
    const b = read('stackedrel1.xmi');
    const doc = firstOf(b);
    const spans = doc.spans.map((s, i) => (i === 3 ? { ...s, label: 'Z' } : s));
    const out = written({ ...b, documents: [{ ...doc, spans }] });
    expect(out).toMatch(
      /<custom:Multivalspan xmi:id="\d+" sofa="12" begin="12" end="17" f1="Z" f2="D"\/>/,
    );
    // the changed span's relations are written anew, pointing at its new element
    const id = /<custom:Multivalspan xmi:id="(\d+)"[^>]*f1="Z"/.exec(out)?.[1] ?? '';
    expect(out.match(new RegExp(`Dependent="${id}"`, 'g'))).toHaveLength(2);
    expect(out).not.toContain('Dependent="70"');
    const back = firstOf(readXmi([file('e.xmi', out)]));
    expect(back.relations.map((r) => r.type).sort()).toEqual(['r1', 'r2']);
  });

  it('writes a document of another format as a new CAS: tokens, sentences, named entities, relations', () => {
    const doc = document('Bob met Alice.', {
      name: 'met',
      spans: [span(0, 3, 'PER', { id: 'T1' }), span(8, 13, 'PER', { id: 'T2' })],
      relations: [relation('meets', 'T1', 'T2')],
    });
    const out = written(bundle(doc));
    expect(out).toContain('sofaString="Bob met Alice."');
    expect(out.match(/:Token /g)).toHaveLength(4);
    expect(out.match(/:Sentence /g)).toHaveLength(1);
    const back = firstOf(readXmi([file('met.xmi', out)]));
    expect(extents(back)).toEqual(['PER 0-3', 'PER 8-13']);
    expect(back.relations.map((r) => r.type)).toEqual(['meets']);
    expect(out).toContain('xmlns:loupe2="http:///webanno/custom.ecore"');
  });

  it('writes and reads layers named like Object.prototype members (constructor, __proto__, toString)', () => {
    const layers = ['constructor', '__proto__', 'toString'];
    const doc = document('Sam met Bob and Ann.', {
      spans: layers.map((layer, i) => span(8 * i, 8 * i + 3, 'PER', { attributes: { layer } })),
    });
    const out = written(bundle(doc));
    for (const layer of layers) expect(out).toContain(`:${layer} xmi:id`);
    expect(out.match(/ value="PER"/g)).toHaveLength(3);
    // The same elements without a namespace are of the types `constructor`, `__proto__`, `toString`,
    // each with its label in a feature `tag`.
    const bare = out.replaceAll(/<loupe\d+:/g, '<').replaceAll(' value="PER"', ' tag="PER"');
    const back = firstOf(readXmi([file('doc.xmi', bare)]));
    expect(back.spans.map((s) => [s.label, s.attributes?.layer])).toEqual(
      layers.map((layer) => ['PER', layer]),
    );
    expect(written(bundle(back))).toBe(bare);
    const relabelled = back.spans.map((s) => ({ ...s, label: 'ORG' }));
    const again = written(bundle({ ...back, spans: relabelled }));
    expect(again.match(/ tag="ORG"/g)).toHaveLength(3);
    expect(again).not.toContain('value=');
  });

  it('counts what XMI cannot hold, and another format counts what the XMI import kept', () => {
    const doc = document('Bob met Alice.', {
      spans: [span(0, 3, 'PER'), discontinuous('ORG', [0, 3], [8, 13])],
    });
    expect(writeXmi(bundle(doc)).summary.notExpressed['discontinuous span']).toBe(1);
    const kept = writeWebanno(read('relation_test.xmi')).summary.notExpressed;
    expect(kept['feature structure kept from an XMI file']).toBeGreaterThan(0);
  });
});

describe('writeXmi: the relations written, counted', () => {
  const doc = document('Bob met Alice in New York.', {
    name: 'met',
    spans: [
      span(0, 3, 'PER', { id: 'T1' }),
      span(8, 13, 'PER', { id: 'T2' }),
      { ...discontinuous('GPE', [17, 20], [21, 25]), id: 'T3' },
    ],
    relations: [relation('meets', 'T1', 'T2'), relation('in', 'T2', 'T3')],
  });

  it('counts a relation written, and one to a discontinuous span as not written', () => {
    const out = writeXmi(bundle(doc));
    expect(firstOf(readXmi([file('met.xmi', out.files[0]?.content ?? '')])).relations).toHaveLength(
      1,
    );
    expect(out.summary).toMatchObject({
      relations: 1,
      notExpressed: {
        'discontinuous span': 1,
        'relation referring to a span that was not written': 1,
      },
    });
  });

  it('counts a relation written back as it was read', () => {
    const read = readXmi([file('met.xmi', written(bundle(doc)))]);
    expect(writeXmi(read).summary.relations).toBe(1);
  });
});
