import { describe, expect, it } from 'vitest';
import { writeAnnotatorLayer } from '../../helpers/annotatorLayer';
import { span } from '../../helpers/span';
import { projectWith } from '../../helpers/tempProject';

const TEXT = 'Mike Pompeo flew to Baghdad. Adel Abdul-Mahdi waited in Baghdad.';

/**
 * Lena annotated Pompeo (0–11) and the first Baghdad (20–27). The model proposed those two
 * (one still open, one accepted) and Adel Abdul-Mahdi (29–45), which Lena rejected.
 */
async function decidedProject() {
  const { workbench } = await projectWith({ 'a.txt': TEXT }, 'lena');
  await writeAnnotatorLayer(workbench.store, 'a', 'lena', [
    span(0, 11, 'PERSON', 'h1'),
    span(20, 27, 'GPE', 'h2'),
  ]);
  await writeAnnotatorLayer(workbench.store, 'a', 'model', [
    span(0, 11, 'PERSON', 'm1', { attributes: { confidence: 0.9 } }),
    span(20, 27, 'GPE', 'm2', { attributes: { confidence: 0.8, decision: 'accepted' } }),
    span(29, 45, 'PERSON', 'm3', { attributes: { confidence: 0.6, decision: 'rejected' } }),
  ]);
  return workbench;
}

describe('rejected suggestions', () => {
  it('are not the model’s spans in agreement unless asked for', async () => {
    const workbench = await decidedProject();
    const plain = await workbench.agreement({ annotators: ['lena', 'model'], match: 'exact' });
    expect(plain.spans.overall).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    const all = await workbench.agreement({
      annotators: ['lena', 'model'],
      match: 'exact',
      includeRejected: true,
    });
    // 2 × 2 / (2 × 2 + 1 + 0): the rejected Abdul-Mahdi counts against the model.
    expect(all.spans.overall).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(all.spans.overall.f1).toBeCloseTo(0.8, 9);
  });

  it('are left out of an export of the model layer, with a warning, unless asked for', async () => {
    const workbench = await decidedProject();
    const plain = await workbench.previewExport({ format: 'spans-jsonl', annotator: 'model' });
    expect(plain.summary.spans).toBe(2);
    expect(plain.summary.warnings).toContain(
      '1 rejected suggestion left out (--include-rejected exports them too)',
    );
    expect(plain.files[0]?.head).not.toContain('"start":29,"end":45');
    const all = await workbench.previewExport({
      format: 'spans-jsonl',
      annotator: 'model',
      includeRejected: true,
    });
    expect(all.summary.spans).toBe(3);
    expect(all.summary.warnings.join('\n')).not.toMatch(/rejected/);
    // Counted either way, so the Export dialog offers the choice where there is one to make.
    expect([plain.summary.rejected, all.summary.rejected]).toEqual([1, 1]);
    const lena = await workbench.previewExport({ format: 'spans-jsonl', annotator: 'lena' });
    expect(lena.summary.rejected).toBeUndefined();
  });

  it('leave a stance table of the model layer with no row: refused, named as nothing to export', async () => {
    const workbench = await decidedProject();
    const refused = workbench.previewExport({ format: 'stance-tsv', annotator: 'model' });
    await expect(refused).rejects.toMatchObject({
      code: 'invalid_request',
      message:
        "nothing to export: no stances in model's layers: choose a layer with stances or another format",
      details: { nothingToExport: true },
    });
  });

  it('stay in the model layer, so they are never proposed again', async () => {
    const workbench = await decidedProject();
    const model = await workbench.store.readLayer('a', 'model');
    expect(model.spans.map((s) => s.id)).toEqual(['m1', 'm2', 'm3']);
  });
});
