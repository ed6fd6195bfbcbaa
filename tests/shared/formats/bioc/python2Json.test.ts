import { describe, expect, it } from 'vitest';
import { readBioc, writeBioc } from '../../../../src/shared/formats';

const roundTrip = (path: string, content: string) =>
  writeBioc(readBioc([{ path, content }])).files[0]?.content;

// In the shape of json/collection.json of NCBI's BioC-JSON converter (ncbi-nlp/BioC-JSON,
// public domain: a United States Government Work): Python 2's json.dump with an indent, which
// writes `", "` between items (a space before each line break), and the collection's "key"
// after its "documents". The text and the annotation are made up.
const PYTHON2_SHAPE = [
  '{',
  '  "date": "20120606", ',
  '  "source": "PubMed", ',
  '  "infons": {}, ',
  '  "documents": [',
  '    {',
  '      "passages": [',
  '        {',
  '          "text": "Movement therapy after a stroke.", ',
  '          "offset": 0, ',
  '          "relations": [], ',
  '          "infons": {',
  '            "type": "title"',
  '          }, ',
  '          "sentences": [], ',
  '          "annotations": [',
  '            {',
  '              "text": "stroke", ',
  '              "infons": {',
  '                "type": "Disease"',
  '              }, ',
  '              "id": "T0", ',
  '              "locations": [',
  '                {',
  '                  "length": 6, ',
  '                  "offset": 25',
  '                }',
  '              ]',
  '            }',
  '          ]',
  '        }',
  '      ], ',
  '      "infons": {}, ',
  '      "id": "21951408", ',
  '      "relations": []',
  '    }',
  '  ], ',
  '  "key": "collection.key"',
  '}',
  '',
].join('\n');

describe('BioC JSON written by Python 2', () => {
  it('reads the span and writes the file back byte for byte, a space after each comma', () => {
    const [doc] = readBioc([{ path: 'collection.json', content: PYTHON2_SHAPE }]).documents;
    expect(doc?.spans.map((s) => [s.label, s.fragments])).toEqual([
      ['Disease', [{ start: 25, end: 31 }]],
    ]);
    expect(roundTrip('collection.json', PYTHON2_SHAPE)).toBe(PYTHON2_SHAPE);
  });

  it('keeps a collection key that follows the documents', () => {
    const python3 = PYTHON2_SHAPE.replaceAll(', \n', ',\n');
    const written = roundTrip('collection.json', python3);
    expect(written).toContain('"key": "collection.key"');
    expect(written).toBe(python3);
  });
});
