import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeExportFile } from '../../../src/node/interchange/describeExportFile';
import { writeExportFiles } from '../../../src/node/interchange/writeExportFiles';
import { ByteWriter, piecedFile } from '../../../src/shared/formats';
import { tempDir } from '../../helpers/tempProject';

function bytesFile(content: string) {
  const w = new ByteWriter();
  w.text(content);
  return w.toFile('spans.jsonl');
}

describe('describeExportFile', () => {
  it('describes a file built as bytes exactly as the same text (size, head of 12 lines or 4,000 characters)', () => {
    const line = fc.string({
      unit: fc.oneof(fc.constant('a'), fc.constant('é'), fc.constant('’'), fc.constant('😀')),
      maxLength: 3000,
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const content = lines.join('\n');
        expect(describeExportFile(bytesFile(content), false)).toEqual(
          describeExportFile({ path: 'spans.jsonl', content }, false),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('describes one long line by its first 4,000 characters and its byte size', () => {
    const content = `${'Baghdad’s '.repeat(2_000)}\n`;
    const described = describeExportFile(bytesFile(content), false);
    expect(described.bytes).toBe(Buffer.byteLength(content));
    expect(described.head).toBe(`${content.slice(0, 4000)}…`);
  });

  it('describes a file written in pieces from what the write measured, without making it again', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${'é😀 '.repeat(i * 40)}line ${i}\n`);
    let made = 0;
    const file = piecedFile('spans.jsonl', function* () {
      made++;
      for (const line of lines) yield ByteWriter.encode(line);
    });
    const [written] = await writeExportFiles(`${tempDir()}/spans.jsonl`, [file]);
    expect(written).toBeDefined();
    expect(describeExportFile(file, false)).toEqual(
      describeExportFile({ path: 'spans.jsonl', content: lines.join('') }, false),
    );
    expect(made).toBe(1);
  });
});
