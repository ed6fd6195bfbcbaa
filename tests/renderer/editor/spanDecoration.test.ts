import { describe, expect, it } from 'vitest';
import { defaultLabelStyles } from '../../../src/shared/model';
import { createPositionMap } from '../../../src/renderer/src/editor/positions';
import { spanDecoration } from '../../../src/renderer/src/editor/spanDecoration';
import { span } from '../../helpers/span';

/** The class a decoration gives its element. */
function classOf(decoration: ReturnType<typeof spanDecoration>[number]): string {
  return (decoration as unknown as { type: { attrs: { class: string } } }).type.attrs.class;
}

describe('spanDecoration', () => {
  const look = {
    styles: defaultLabelStyles(),
    positions: createPositionMap('Mike Pompeo met Adel Abdul-Mahdi.'),
    selectedId: null,
  };

  it('draws a span not saved yet dashed, and a saved one as usual', () => {
    const unsaved = new Set(['unsaved_1']);
    const [drawn] = spanDecoration(span(0, 11, 'PERSON', 'unsaved_1'), 0, { ...look, unsaved });
    const [saved] = spanDecoration(span(0, 11, 'PERSON', 's1'), 0, { ...look, unsaved });
    expect(classOf(drawn!)).toBe('lp-span lp-level-0 lp-label-PERSON lp-span--unsaved');
    expect(classOf(saved!)).toBe('lp-span lp-level-0 lp-label-PERSON');
  });
});
