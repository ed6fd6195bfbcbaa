import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseStoredJson } from '../../../src/node/store';

const schema = z.object({ formatVersion: z.literal(1), name: z.string() });

describe('parseStoredJson: a stored file that is not what Loupe wrote says what it holds', () => {
  it.each([
    ['[1, 2]', /loupe\.json: holds a JSON array, not the JSON object Loupe writes: restore it/],
    ['"text"', /loupe\.json: holds a JSON string, not the JSON object/],
    ['null', /loupe\.json: holds null, not the JSON object/],
    ['{"name": "x"}', /loupe\.json: has no formatVersion \(this Loupe reads 1\)/],
    ['{"formatVersion": 7}', /loupe\.json: unknown format version 7 \(this Loupe reads 1\)/],
  ])('%s', (raw, message) => {
    expect(() => parseStoredJson(raw, schema, 'loupe.json')).toThrow(message);
  });

  it('reads a file Loupe wrote', () => {
    expect(parseStoredJson('{"formatVersion": 1, "name": "x"}', schema, 'loupe.json')).toEqual({
      formatVersion: 1,
      name: 'x',
    });
  });
});
