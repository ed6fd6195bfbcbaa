import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/shared/model';
import { defaultLabelStyles } from '../../../src/shared/model';
import { createPositionMap } from '../../../src/renderer/src/editor/positions';
import { savedSwap } from '../../../src/renderer/src/editor/savedSwap';
import type { SpanPaint } from '../../../src/renderer/src/editor/spanLayer';
import { span } from '../../helpers/span';

const styles = defaultLabelStyles();
const positions = createPositionMap('Mike Pompeo met Adel Abdul-Mahdi in Baghdad.');

function paint(spans: Span[], selectedId: string | null, unsaved: string[] = []): SpanPaint {
  return { spans, styles, positions, selectedId, unsaved: new Set(unsaved) };
}

describe('savedSwap', () => {
  const pompeo = span(0, 11, 'PERSON', 's_pompeo');
  const drawn = span(16, 33, 'PERSON', 'unsaved_1');
  const saved = span(16, 33, 'PERSON', 's_mahdi');
  const before = paint([pompeo, drawn], 'unsaved_1', ['unsaved_1']);

  it('is the answer of an add: the drawn span gives way to the saved one, the selection follows', () => {
    expect(savedSwap(before, paint([pompeo, saved], 's_mahdi'))).toBe(true);
    expect(savedSwap(before, paint([pompeo, saved], 's_pompeo'))).toBe(false); // selection moved on
    expect(
      savedSwap(paint([pompeo, drawn], null, ['unsaved_1']), paint([pompeo, saved], null)),
    ).toBe(true);
  });

  it('is not when the saved span differs in range or label, or anything else changed', () => {
    const elsewhere = span(16, 20, 'PERSON', 's_mahdi');
    const relabelled = span(16, 33, 'ORG', 's_mahdi');
    expect(savedSwap(before, paint([pompeo, elsewhere], 's_mahdi'))).toBe(false);
    expect(savedSwap(before, paint([pompeo, relabelled], 's_mahdi'))).toBe(false);
    expect(savedSwap(before, paint([saved], 's_mahdi'))).toBe(false); // Pompeo went too
    expect(savedSwap(before, paint([pompeo, drawn, saved], 's_mahdi'))).toBe(false);
    expect(savedSwap(before, { ...paint([pompeo, saved], 's_mahdi'), styles: { ...styles } })).toBe(
      false,
    );
  });

  it('is not for a span that was saved already, nor for one still unsaved', () => {
    const both = paint([pompeo, saved], 's_mahdi');
    expect(savedSwap(paint([pompeo, drawn], 'unsaved_1'), both)).toBe(false);
    expect(savedSwap(before, paint([pompeo, saved], 's_mahdi', ['s_mahdi']))).toBe(false);
  });
});
