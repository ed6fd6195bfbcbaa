import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMae, writeMae } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/mae');
const MEDTATOR = readFileSync(join(FIXTURES, 'medtator_A_doc1.txt.xml'), 'utf8');
// The file's end as MedTator wrote it, line ends mixed (CR LF inside META, LF around it).
const META = '</TAGS>\n<META>\r\n<label color="yellow"/>\r\n</META>\n</COVID_VAX_AE>';

describe('MAE files MedTator wrote', () => {
  it('reads the tags of a file with a META element after TAGS', () => {
    const read = readMae([file('A_doc1.txt.xml', MEDTATOR)]);
    const doc = read.documents[0];
    expect(doc?.spans).toHaveLength(12);
    expect(doc?.relations).toHaveLength(3);
    const pain = doc?.spans.find((s) => s.id === 'A2');
    expect(pain?.fragments).toEqual([{ start: 1789, end: 1793 }]);
    expect(doc?.text.slice(1789, 1793)).toBe('pain');
  });

  it('writes the META element back where it was', () => {
    const written = writeMae(readMae([file('A_doc1.txt.xml', MEDTATOR)])).files[0]?.content;
    expect(MEDTATOR).toContain(META);
    expect(written).toContain(META);
  });

  it('still refuses other elements beside TEXT and TAGS before TAGS ends', () => {
    const content = '<T><TEXT><![CDATA[cat]]></TEXT><META/><TAGS/></T>';
    const reasons = errorsOf(() => readMae([file('a.xml', content)])).map((e) => e.reason);
    expect(reasons.join('\n')).toContain('element META inside T');
  });
});
