import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/node/interchange/decodeText';

const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');

describe('decodeText: which encoding a file is read in', () => {
  it('reads UTF-8 as it is, and a Latin-1 file by chardet’s guess with a note', () => {
    expect(decodeText(Buffer.from('café', 'utf8'))).toEqual({ content: 'café' });
    const decoded = decodeText(latin1('Le café de la gare, où l’on déjeune. '.repeat(20)));
    expect(decoded).toMatchObject({ note: expect.stringMatching(/read as ISO-8859-1/) });
    expect('content' in decoded && decoded.content.startsWith('Le café de la gare')).toBe(true);
  });

  it('guesses from the head and tail of a large file, and decodes all of it', () => {
    const middle = 'plain ascii words in the middle of the file. '.repeat(60_000);
    const text = `Déjà vu à la café. ${middle}Fin de l'été, à bientôt.`;
    const decoded = decodeText(latin1(text));
    expect('content' in decoded && decoded.content).toBe(text);
  });

  it('reads UTF-16 by its byte-order mark, naming the encoding to write the file back in', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('text,label', 'utf16le')]);
    expect(decodeText(le)).toMatchObject({ content: 'text,label', encoding: 'UTF-16LE' });
    expect(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0xe9]))).toMatchObject({
      content: 'é',
      encoding: 'UTF-16BE',
    });
  });

  it('refuses bytes no encoding fits, naming the line', () => {
    expect(decodeText(Uint8Array.from([0x61, 0x0a, 0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toMatchObject({
      line: 2,
    });
  });
});
