import { describe, expect, it } from 'vitest';
import { labelClass, labelOfClasses } from '../../../src/shared/spanLook';

describe('labelClass', () => {
  it('keeps letters, digits and hyphens and writes every other character as hex', () => {
    expect(labelClass('PERSON')).toBe('lp-label-PERSON');
    expect(labelClass('B-ORG')).toBe('lp-label-B-ORG');
    expect(labelClass('a b_c')).toBe('lp-label-a_20_b_5f_c');
    expect(labelClass('👍"<')).toBe('lp-label-_1f44d__22__3c_');
  });

  it('gives two labels two classes, each a CSS identifier', () => {
    const labels = ['a b', 'a_20_b', 'a_b', 'a-b', '1', '_', '--', 'ÉTÉ', '\uD800'];
    const classes = labels.map(labelClass);
    expect(new Set(classes).size).toBe(labels.length);
    for (const name of classes) expect(name).toMatch(/^lp-label-[A-Za-z0-9_-]+$/);
  });

  it('reads the label back from a class list', () => {
    for (const label of ['PERSON', 'a b_c', '👍"<', 'ÉTÉ', `"><img src=x>'&`])
      expect(labelOfClasses(`lp-span lp-level-2 ${labelClass(label)} lp-span--selected`)).toBe(
        label,
      );
    expect(labelOfClasses('lp-span lp-level-0')).toBeNull();
  });
});
