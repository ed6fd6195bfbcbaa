import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTextsOnly } from '../../src/cli/plainTextsOnly';
import { tempDir } from '../helpers/tempProject';

describe('plainTextsOnly', () => {
  it('is true for .txt files and folders of them, false with brat partners or other formats', async () => {
    const root = tempDir();
    await mkdir(join(root, 'texts'));
    await writeFile(join(root, 'texts', 'a.txt'), 'a');
    await writeFile(join(root, 'b.txt'), 'b');
    expect(await plainTextsOnly([join(root, 'texts'), join(root, 'b.txt')])).toBe(true);
    await writeFile(join(root, 'texts', 'a.ann'), 'T1\tPERSON 0 1\ta');
    expect(await plainTextsOnly([join(root, 'texts')])).toBe(false);
    await writeFile(join(root, 'c.jsonl'), '{}');
    expect(await plainTextsOnly([join(root, 'c.jsonl')])).toBe(false);
    expect(await plainTextsOnly([join(root, 'missing.txt')])).toBe(false);
  });

  it('is false for a .txt file of tokens tagged one per line, which auto-detection refuses', async () => {
    const root = tempDir();
    await writeFile(join(root, 'a.txt'), 'Prose.');
    await writeFile(join(root, 'conll.txt'), 'EU\tB-ORG\nrejects\tO\n');
    expect(await plainTextsOnly([join(root, 'a.txt')])).toBe(true);
    expect(await plainTextsOnly([root])).toBe(false);
  });

  it("is false for a PubTator .txt file (BC5CDR's own name), whose mentions plain text would lose", async () => {
    const root = tempDir();
    await writeFile(
      join(root, 'CDR_TrainingSet.PubTator.txt'),
      '227508|t|Naloxone reverses the antihypertensive effect of clonidine.\n227508|a|In unanesthetized rats\n227508\t0\t8\tNaloxone\tChemical\tD009270\n',
    );
    expect(await plainTextsOnly([root])).toBe(false);
  });

  it('is false wherever detection places a .txt elsewhere: a SemEval stance table, inline ENAMEX tags', async () => {
    const root = tempDir();
    await writeFile(
      join(root, 'semeval2016-task6-trainingdata.txt'),
      'ID\tTarget\tTweet\tStance\n101\tAtheism\tGrateful today #SemST\tAGAINST\n',
    );
    expect(await plainTextsOnly([root])).toBe(false);
    const muc = tempDir();
    await writeFile(
      join(muc, 'a.txt'),
      'Talks with <ENAMEX TYPE="PERSON">Mike Pompeo</ENAMEX> ended.',
    );
    expect(await plainTextsOnly([muc])).toBe(false);
    const ontonotes = tempDir();
    await writeFile(
      join(ontonotes, 'cctv_0000.txt'),
      '#begin document (bc/cctv/00/cctv_0000); part 000\nbc/cctv/00/cctv_0000 0 0 In IN (TOP(PP* - - - Speaker#1 * -\n\n#end document\n',
    );
    expect(await plainTextsOnly([ontonotes])).toBe(false);
  });
});
