import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, FormatErrors, readXmi, writeXmi } from '../../../../src/shared/formats';
import type { FormatFile } from '../../../../src/shared/formats';

/** DKPro Core's XmiWriter and an unzipped INCEpTION export leave `TypeSystem.xml` beside the `.xmi` files. */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/xmi');
const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

// stackedrel1.xmi with f1 left unset on its first Multivalspan, and a type system declaring f1 first:
// the label is the declared feature's name (the type), not the value of the first feature set.
const XMI = text('stackedrel1.xmi').replace('f1="A" f2="B"', 'f2="B"');
const TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types><typeDescription><name>webanno.custom.Multivalspan</name><supertypeName>uima.tcas.Annotation</supertypeName><features><featureDescription><name>f1</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription><featureDescription><name>f2</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription></features></typeDescription></types></typeSystemDescription>';

function firstLabel(files: FormatFile[]): string | undefined {
  return readXmi(files).documents[0]?.spans[0]?.label;
}

describe('readXmi with a loose TypeSystem.xml', () => {
  it('reads the labels by the type system in the .xmi’s folder or one above it', () => {
    expect(firstLabel([{ path: 'out/tale.xmi', content: XMI }])).toBe('B'); // no type system
    const beside = [
      { path: 'out/TypeSystem.xml', content: TYPES },
      { path: 'out/tale.xmi', content: XMI },
    ];
    expect(firstLabel(beside)).toBe('Multivalspan');
    expect(firstLabel([beside[0]!, { path: 'out/a/b/tale.xmi', content: XMI }])).toBe(
      'Multivalspan',
    );
    // A type system in another folder is not this file's.
    expect(firstLabel([{ path: 'other/typesystem.xml', content: TYPES }, beside[1]!])).toBe('B');
  });

  it('reads by the type system a type named like an Object.prototype member (__proto__, constructor)', () => {
    for (const name of ['__proto__', 'constructor']) {
      const xmi = XMI.replaceAll('custom:Multivalspan', name);
      const types = TYPES.replace('webanno.custom.Multivalspan', name);
      expect(firstLabel([{ path: 'tale.xmi', content: xmi }])).toBe('B'); // no type system
      const files = [
        { path: 'TypeSystem.xml', content: types },
        { path: 'tale.xmi', content: xmi },
      ];
      expect(firstLabel(files)).toBe(name);
    }
  });

  it('is no document of its own, is written back beside the .xmi, and is detected as XMI', () => {
    const files = [
      { path: 'TypeSystem.xml', content: TYPES },
      { path: 'tale.xmi', content: XMI },
    ];
    expect(detectFormat(files)).toBe('xmi');
    const bundle = readXmi(files);
    expect(bundle.documents.map((d) => d.name)).toEqual(['tale']);
    const written = writeXmi(bundle).files;
    expect(written.map((f) => f.path)).toEqual(['tale.xmi', 'TypeSystem.xml']);
    expect(written[1]?.content).toBe(TYPES);
  });

  it('says a type system with no .xmi beside it is not used, and refuses one alone or damaged', () => {
    const bundle = readXmi([
      { path: 'a/TypeSystem.xml', content: TYPES },
      { path: 'b/tale.xmi', content: XMI },
    ]);
    expect(bundle.warnings).toContain(
      'a/TypeSystem.xml: no .xmi file beside it or in a folder under it; not used',
    );
    expect(() => readXmi([{ path: 'TypeSystem.xml', content: TYPES }])).toThrow(FormatErrors);
    expect(() =>
      readXmi([
        { path: 'TypeSystem.xml', content: '<types>' },
        { path: 'tale.xmi', content: XMI },
      ]),
    ).toThrow(/TypeSystem\.xml/);
  });
});
