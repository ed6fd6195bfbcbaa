import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectFolder, projectStats } from '../../../src/node';
import { spanOver, writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { projectWith } from '../../helpers/tempProject';

const A = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad.';
const B = 'Iraq asked the US to leave.';

async function annotated() {
  const { workbench, dir } = await projectWith({ 'a.txt': A, 'b.txt': B });
  await writeAnnotatorLayer(workbench.store, 'a', 'amira', [spanOver(A, 'Baghdad', 'GPE', 's1')]);
  await writeAnnotatorLayer(workbench.store, 'b', 'amira', [spanOver(B, 'Iraq', 'GPE', 's2')]);
  return dir;
}

describe('projectStats', () => {
  it('counts every document and span when all are readable, and skips nothing', async () => {
    const stats = await projectStats(await ProjectFolder.open(await annotated()));
    expect(stats.documents).toBe(2);
    expect(stats.annotators[0]).toMatchObject({ annotator: 'amira', spans: 2 });
    expect(stats.skipped).toEqual([]);
  });

  it('names each document and layer it leaves out instead of counting the rest silently', async () => {
    const damages: Record<string, [string, (dir: string) => void]> = {
      'a damaged meta': [
        'documents/a.json',
        (dir) => writeFileSync(join(dir, 'documents', 'a.json'), '{"id": "a"'),
      ],
      'a damaged layer': [
        'annotations/amira/a.json',
        (dir) => writeFileSync(join(dir, 'annotations', 'amira', 'a.json'), '{"spans": ['),
      ],
      'a text that is a link': [
        'documents/a.txt',
        (dir) => {
          rmSync(join(dir, 'documents', 'a.txt'));
          symlinkSync('b.txt', join(dir, 'documents', 'a.txt'));
        },
      ],
      'a text that is a FIFO': [
        'documents/a.txt',
        (dir) => {
          rmSync(join(dir, 'documents', 'a.txt'));
          execFileSync('mkfifo', [join(dir, 'documents', 'a.txt')]);
        },
      ],
      'a missing text': ['documents/a.txt', (dir) => rmSync(join(dir, 'documents', 'a.txt'))],
    };
    for (const [damage, [file, plant]] of Object.entries(damages)) {
      const dir = await annotated();
      plant(dir);
      const stats = await projectStats(await ProjectFolder.open(dir));
      expect(stats.skipped, damage).toEqual([
        expect.objectContaining({ file, reason: expect.any(String) }),
      ]);
    }
  });
});
