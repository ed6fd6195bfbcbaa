// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WorkbenchError, type ExportResult } from '../../../../src/shared/contract';
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

/** A spans JSONL preview of the model's layer, which holds `rejected` rejected suggestions. */
function modelPreview(rejected: number): ExportResult {
  const base = preview();
  return {
    ...base,
    summary: {
      ...base.summary,
      format: 'spans-jsonl',
      annotator: 'model',
      warnings: [],
      notes: [],
      ...(rejected > 0 ? { rejected } : {}),
    },
  };
}

function field<E extends Element>(selector: string): E {
  const found = document.querySelector<E>(selector);
  if (!found) throw new Error(`nothing at ${selector}`);
  return found;
}

/** Waits until the requests a change made are answered and drawn. */
async function settled(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Chooses `value` in the list named `name`, as a person does, and waits for the preview. */
async function choose(name: string, value: string): Promise<void> {
  const list = field<HTMLSelectElement>(`select[aria-label="${name}"]`);
  await act(async () => {
    list.value = value;
    list.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settled();
}

/** The box whose label reads `text`, or null. */
function boxLabelled(text: string): HTMLInputElement | null {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  return label?.querySelector('input') ?? null;
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

  it('offers rejected suggestions where the layers exported hold some, and exports them when ticked', async () => {
    const asked: unknown[] = [];
    const close = await renderedDialog(<ExportDialog open />, {
      getProject: () => projectInfo({ annotators: ['amira', 'model'] }),
      previewExport: (request) => {
        asked.push(request);
        return modelPreview(request.annotator === 'model' ? 3 : 0);
      },
    });
    expect(boxLabelled('Include rejected suggestions')).toBeNull();
    await choose('Export layer', 'model');
    const box = boxLabelled('Include rejected suggestions');
    if (!box) throw new Error('no box for rejected suggestions');
    expect(box.checked).toBe(false);
    const described = () => document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(described()?.textContent).toBe(
      "3 suggestions rejected in model's layers: left out, as they are not the model's spans; tick to write them too.",
    );
    expect(asked.at(-1)).not.toHaveProperty('includeRejected');
    await act(async () => box.click());
    await settled();
    expect(asked.at(-1)).toMatchObject({ annotator: 'model', includeRejected: true });
    expect(described()?.textContent).toBe(
      "3 suggestions rejected in model's layers: written with the layers' other spans.",
    );
    // A stance table writes no spans: nothing to choose there, and nothing asked.
    await choose('Export format', 'stance-tsv');
    expect(boxLabelled('Include rejected suggestions')).toBeNull();
    expect(asked.at(-1)).not.toHaveProperty('includeRejected');
    await close();
  });

  it('shows gold, before anything was adjudicated, as not to be chosen and why, in the layer list and with doccano', async () => {
    const close = await renderedDialog(<ExportDialog open />, {
      getProject: () => projectInfo({ annotators: ['amira', 'bo'] }),
      previewExport: () => preview(),
    });
    const gold = field<HTMLOptionElement>('select[aria-label="Export layer"] option[value="gold"]');
    expect([gold.disabled, gold.textContent]).toEqual([true, 'gold (nothing adjudicated yet)']);
    await choose('Export format', 'doccano');
    const box = field<HTMLInputElement>('input[aria-label^="Export with layer gold"]');
    expect(box.disabled).toBe(true);
    expect(box.getAttribute('aria-label')).toBe('Export with layer gold (nothing adjudicated yet)');
    expect(field<HTMLInputElement>('[aria-label="Export with layer bo"]').disabled).toBe(false);
    await close();
  });

  it('offers gold once a gold layer exists', async () => {
    const close = await renderedDialog(<ExportDialog open />, {
      getProject: () => projectInfo({ annotators: ['amira', 'gold'] }),
      previewExport: () => preview(),
    });
    const gold = field<HTMLOptionElement>('select[aria-label="Export layer"] option[value="gold"]');
    expect([gold.disabled, gold.textContent]).toEqual([false, 'gold']);
    await close();
  });

  it('says a layer without stances leaves a stance table empty, and keeps Download and Write from it with that reason', async () => {
    const close = await renderedDialog(<ExportDialog open />, {
      previewExport: (request) => {
        if (request.format !== 'stance-tsv') return preview();
        throw new WorkbenchError(
          'invalid_request',
          "nothing to export: no stances in amira's layers: choose a layer with stances or another format",
        );
      },
    });
    await choose('Export format', 'stance-tsv');
    const alert = field<HTMLElement>('[role="alert"]');
    expect(alert.textContent).toBe(
      "Nothing to export: no stances in amira's layers: choose a layer with stances or another format. Nothing was changed.",
    );
    for (const name of ['Download', 'Write']) {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
      expect(button?.disabled).toBe(true);
      expect(button?.getAttribute('aria-describedby')).toBe(alert.id);
    }
    await close();
  });

  it("downloads as the format chosen last makes it, also before that format's preview comes", async () => {
    const asked: string[] = [];
    const twoFiles: ExportResult = {
      ...preview(),
      files: [...preview().files, { path: 'e.ann', bytes: 0, head: '' }],
    };
    // brat writes two files at once; CoNLL's one file is previewed only after a wait.
    const later = (result: ExportResult) =>
      new Promise<ExportResult>((resolve) => setTimeout(() => resolve(result), 30));
    const close = await renderedDialog(<ExportDialog open />, {
      previewExport: (request) => (request.format === 'brat' ? twoFiles : later(preview())),
      exportProject: (request) => {
        asked.push(`one file: ${request.format}`);
        return preview();
      },
      exportArchive: (request) => {
        asked.push(`zip: ${request.format}`);
        return { ...twoFiles, name: 'x.zip', base64: '' };
      },
    });
    await choose('Export format', 'brat');
    const list = field<HTMLSelectElement>('select[aria-label="Export format"]');
    await act(async () => {
      list.value = 'conll';
      list.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const download = [...document.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Download'),
    );
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => undefined;
    await act(async () => {
      download?.click();
      await new Promise((resolve) => setTimeout(resolve, 60));
    });
    expect(asked).toEqual(['one file: conll']);
    await close();
  });
});
