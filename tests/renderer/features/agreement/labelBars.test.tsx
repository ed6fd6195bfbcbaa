// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Scores } from '../../../../src/shared/agreement';
import { LabelBars } from '../../../../src/renderer/src/features/agreement/components/LabelBars';

const SCORES: Scores = { tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 2 / 3 };

describe('LabelBars', () => {
  it('draws labels named like Object.prototype members with no colour or boundary figure of their own', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const byLabel = { constructor: SCORES, toString: SCORES, valueOf: SCORES };
    await act(() => root.render(<LabelBars byLabel={byLabel} colors={{}} unitizing={{}} />));
    const rows = [...host.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-label'))).toEqual([
      'constructor',
      'toString',
      'valueOf',
    ]);
    for (const row of rows) {
      expect(row.querySelector<HTMLElement>('.lp-bars__bar')?.style.background).toBe('#888888');
      expect(row.lastElementChild?.textContent).toBe('—');
    }
    await act(() => root.unmount());
    host.remove();
  });
});
