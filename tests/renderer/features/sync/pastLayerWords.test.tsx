// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { DocumentHistory } from '../../../../src/renderer/src/features/sync/components/DocumentHistory';
import type { PastLayer } from '../../../../src/renderer/src/model';
import { emptyLayer } from '../../../../src/shared/model';
import type { HistoryEntry } from '../../../../src/shared/sync';
import { spanOver } from '../../../helpers/annotatorLayer';

const EARLIER = 'US rejects the plea; troops stay in Baghdad on Friday.';
const entry: HistoryEntry = {
  commit: 'c1'.padEnd(40, '0'),
  author: 'bob',
  message: 'bob: 1 document annotated',
  at: '2026-12-04T10:00:00.000Z',
  annotators: ['bob'],
};

/** A past layer of bob's with GPE over "Baghdad" [36–43] of the earlier text, `text` as the history holds it. */
function past(text: string | null): PastLayer {
  const layer = {
    ...emptyLayer('a', 'sha256:earlier', 'bob'),
    spans: [spanOver(EARLIER, 'Baghdad', 'GPE', 's1')],
  };
  return { entry, annotator: 'bob', layer, text };
}

async function listed(text: string | null): Promise<string[]> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(() =>
    root.render(
      <DocumentHistory entries={[entry]} past={past(text)} text={text} onView={() => {}} />,
    ),
  );
  const items = [...host.querySelectorAll('.lp-sync__past li')].map((li) => li.textContent ?? '');
  const note = host.querySelector('.lp-sync__past p')?.textContent ?? '';
  await act(() => root.unmount());
  host.remove();
  return note ? [note, ...items] : items;
}

// A layer made on an earlier text listed its spans as "GPE [36–43]": offsets with no words.
describe('a past layer made on an earlier text', () => {
  it('lists each span with its words from the text it was made on', async () => {
    expect(EARLIER.slice(36, 43)).toBe('Baghdad');
    expect(await listed(EARLIER)).toEqual(['GPE “Baghdad” [36–43]']);
  });

  it('says plainly that the text has changed when Loupe has no earlier text', async () => {
    const [note, ...items] = await listed(null);
    expect(note).toMatch(/text has changed since this layer was made/);
    expect(items).toEqual(['GPE text changed since: [36–43]']);
  });
});
