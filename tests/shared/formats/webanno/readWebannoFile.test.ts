import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWebanno } from '../../../../src/shared/formats';
import { messagesOf } from '../build';

describe('readWebannoFile', () => {
  it('says an INCEpTION project export given as WebAnno TSV is read by the XMI reader, or by auto', () => {
    const binary = zipSync({ 'annotation/test.txt/alice.tsv': new Uint8Array([35]) });
    expect(messagesOf(() => readWebanno([{ path: 'project.zip', content: '', binary }]))).toEqual([
      'project.zip: is a zip archive, not a WebAnno TSV file; an INCEpTION project export (its annotations in WebAnno TSV or UIMA CAS XMI) is read with --format xmi, or without --format',
    ]);
  });
});
