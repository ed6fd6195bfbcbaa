import { describe, expect, it } from 'vitest';
import { FORMATS, getFormat, isFormatId } from '../../../src/shared/formats';

describe('registry', () => {
  it('lists the formats of the command line, readers and writers as the design says', () => {
    expect(FORMATS.map((f) => [f.id, Boolean(f.read), Boolean(f.write)])).toEqual([
      ['txt', true, false],
      ['brat', true, true],
      ['doccano', true, true],
      ['labelstudio', true, true],
      ['labelstudio-min', false, true],
      ['spans-jsonl', true, true],
      ['conll', true, true],
      ['hf', true, true],
      ['stance-tsv', true, true],
      ['mae', true, true],
      ['webanno', true, true],
      ['xmi', true, true],
      ['pubtator', true, true],
      ['bioc', true, true],
      ['spacy-json', true, true],
      ['spacy', true, true],
      ['loupe', true, true],
    ]);
  });

  it('finds a format by id and refuses unknown ones', () => {
    expect(getFormat('hf').name).toBe('Hugging Face token classification');
    expect(isFormatId('brat')).toBe(true);
    expect(isFormatId('auto')).toBe(false);
    expect(() => getFormat('xml')).toThrow(
      'unknown format "xml"; known: txt, brat, doccano, labelstudio, labelstudio-min, spans-jsonl, conll, hf, stance-tsv, mae, webanno, xmi, pubtator, bioc, spacy-json, spacy, loupe',
    );
  });
});
