// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { EntityRow } from '../../../../src/renderer/src/features/entities/components/EntityRow';
import { entity } from '../../helpers/modelData';
import { renderedDialog } from '../../helpers/renderedDialog';

// "Merge into…" listed entities by likeness alone: an ORG whose name shared more letters came
// before the PERSON a PERSON is merged into, and Enter took it.
describe('EntityRow, Merge into…', () => {
  it('lists entities of the merged entity’s type first', async () => {
    const pompeo = entity('e1', 'Mike Pompeo');
    const ministry = { ...entity('e2', 'Ministry of Pompeo'), type: 'ORG' };
    const secretary = entity('e3', 'Secretary Pompeo');
    const close = await renderedDialog(
      <EntityRow
        entity={pompeo}
        mentions={[]}
        renaming={false}
        onRenaming={() => undefined}
        onFocusHead={() => undefined}
      />,
      {
        searchEntities: () => [
          { entity: ministry, score: 0.7, matched: ministry.name },
          { entity: secretary, score: 0.4, matched: secretary.name },
        ],
      },
    );
    const buttons = [...document.querySelectorAll('button')];
    await act(() => buttons.find((b) => b.textContent === 'Merge into…')?.click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20))); // the picker's search
    const options = [...document.querySelectorAll('[role="option"] .lp-picker__name')];
    expect(options.map((o) => o.textContent)).toEqual(['Secretary Pompeo', 'Ministry of Pompeo']);
    await close();
  });
});
