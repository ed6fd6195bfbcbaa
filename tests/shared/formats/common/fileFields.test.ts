import { describe, expect, it } from 'vitest';
import { writeDoccano, writeSpansJsonl } from '../../../../src/shared/formats';
import { fileFields } from '../../../../src/shared/formats/common';
import { bundle, doc } from '../build';

describe('fileFields', () => {
  it("leaves out what a format keeps for itself ($ keys), so another format's export does not write it", () => {
    const metadata = { doc_id: 3, $labelstudio: { annotation: { id: 9 } } };
    expect(fileFields(metadata)).toEqual({ doc_id: 3 });
    const kept = bundle(doc('IBM', { name: 'a', metadata }));
    expect(writeDoccano(kept).files[0]?.content).not.toContain('$labelstudio');
    expect(writeSpansJsonl(kept).files[0]?.content).not.toContain('$labelstudio');
    expect(writeDoccano(kept).files[0]?.content).toContain('"doc_id":3');
  });
});
