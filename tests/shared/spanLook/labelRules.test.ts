import { describe, expect, it } from 'vitest';
import { labelRules } from '../../../src/shared/spanLook';

describe('labelRules', () => {
  it('writes one rule per label: its colour and its name', () => {
    expect(labelRules({ PERSON: { color: '#e4572e' } }, ['PERSON', 'GPE'])).toBe(
      [
        '.lp-span.lp-label-PERSON{--lp-color:#e4572e;--lp-label-text:"PERSON"}',
        '.lp-span.lp-label-GPE{--lp-color:#888888;--lp-label-text:"GPE"}',
      ].join('\n'),
    );
  });

  it('writes no colour that is not #rrggbb and escapes every name', () => {
    const hostile = `"}</style><script>x</script>\\\n{`;
    const css = labelRules({ [hostile]: { color: 'red;}body{display:none' } }, []);
    expect(css).toContain('--lp-color:#888888;');
    expect(css).not.toContain('display');
    // The name stays one CSS string: no quote, brace, angle bracket or newline inside it.
    expect(css.split('--lp-label-text:')[1]).toMatch(/^"[^"<>{}\n]*"}$/);
    // The escaped name, as CSS reads it: "\22 \7d \3c ..." (hex escapes end at a space).
    expect(css).toContain('--lp-label-text:"\\22 \\7d \\3c \\2f style\\3e \\3c script\\3e x');
  });

  it('spells a lone surrogate as U+FFFD and an emoji by its code point', () => {
    expect(labelRules({}, ['\uD800', '👍'])).toContain('"\\fffd "');
    expect(labelRules({}, ['👍'])).toContain('"\\1f44d "');
  });
});
