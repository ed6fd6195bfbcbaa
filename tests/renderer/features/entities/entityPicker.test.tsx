// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { EntityCandidateResult } from '../../../../src/shared/contract';
import { EntityPicker } from '../../../../src/renderer/src/features/entities';
import { entity } from '../../helpers/modelData';
import { renderedDialog } from '../../helpers/renderedDialog';

describe('EntityPicker', () => {
  it('takes Enter pressed before the search answers as the first choice once it does', async () => {
    let answer: (found: EntityCandidateResult[]) => void = () => undefined;
    const chosen: string[] = [];
    const close = await renderedDialog(
      <EntityPicker
        initialQuery="Mike Pompeo"
        allowCreate
        label="PERSON"
        onPick={(id) => chosen.push(`pick ${id}`)}
        onCreate={(name) => chosen.push(`create ${name}`)}
        onCancel={() => chosen.push('cancel')}
      />,
      {
        searchEntities: () =>
          new Promise<EntityCandidateResult[]>((resolve) => {
            answer = resolve;
          }),
      },
    );
    const field = document.querySelector('input');
    await act(() => {
      field?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(chosen).toEqual([]); // not a new entity yet: one of that name may be found
    const pompeo = entity('e1', 'Mike Pompeo');
    await act(async () => {
      answer([{ entity: pompeo, score: 1, matched: 'Mike Pompeo' }]);
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(chosen).toEqual(['pick e1']);
    await close();
  });
});
