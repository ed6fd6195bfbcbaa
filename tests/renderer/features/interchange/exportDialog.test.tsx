// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../../src/shared/contract';
import { ExportDialog } from '../../../../src/renderer/src/features/interchange/components/ExportDialog';
import { renderedDialog } from '../../helpers/renderedDialog';
import { projectInfo } from '../../helpers/modelData';
import { act } from 'preact/test-utils';

/** A brat export's preview: one loss and two notes, as `exportProject` words them. */
function preview(): ExportResult {
  return {
    out: null,
    files: [{ path: 'd.ann', bytes: 22, head: 'T1\tNEWS_AGENCY 0 2\tAP\n' }],
    summary: {
      format: 'brat',
      annotator: 'amira',
      documents: 1,
      spans: 1,
      stances: 0,
      notExpressed: { 'false attribute (brat writes only attributes that are set)': 1 },
      warnings: ['brat standoff: 1 × false attribute (brat writes only attributes that are set)'],
      notes: [
        'brat standoff: 1 × label with whitespace written with _',
        'brat standoff: 1 × number attribute written as text',
      ],
    },
  };
}

describe('ExportDialog', () => {
  it('shows what was not written apart from what was written otherwise', async () => {
    const close = await renderedDialog(<ExportDialog open />, { previewExport: () => preview() });
    const said = [...document.querySelectorAll('[aria-label="Export preview"] p')].map(
      (p) => p.textContent,
    );
    expect(said.filter((line) => line?.startsWith('Not written: '))).toEqual([
      'Not written: brat standoff: 1 × false attribute (brat writes only attributes that are set)',
    ]);
    expect(said.filter((line) => line?.startsWith('Written otherwise: '))).toEqual([
      'Written otherwise: brat standoff: 1 × label with whitespace written with _',
      'Written otherwise: brat standoff: 1 × number attribute written as text',
    ]);
    await close();
  });

  it('writes other layers with a Label Studio export, as with doccano', async () => {
    const asked: unknown[] = [];
    const close = await renderedDialog(<ExportDialog open />, {
      getProject: () => projectInfo({ annotators: ['amira', 'bo'] }),
      previewExport: (request: unknown) => {
        asked.push(request);
        return preview();
      },
    });
    const format = document.querySelector<HTMLSelectElement>('select[aria-label="Export format"]');
    if (!format) throw new Error('no format field');
    await act(async () => {
      format.value = 'labelstudio';
      format.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const bo = document.querySelector<HTMLInputElement>('[aria-label="Export with layer bo"]');
    if (!bo) throw new Error('no box for the layer bo');
    await act(async () => {
      bo.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(asked.at(-1)).toMatchObject({
      format: 'labelstudio',
      annotator: 'amira',
      annotators: ['amira', 'bo'],
    });
    await close();
  });
});
