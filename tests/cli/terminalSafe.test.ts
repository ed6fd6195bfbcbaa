import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/terminalSafe';

describe('terminalSafe', () => {
  it('shows escape sequences, line breaks and direction overrides as text', () => {
    expect(terminalSafe('GPE\u001b[2J')).toBe('GPE\\x1b[2J');
    expect(terminalSafe('\u001b]0;pwned\u0007')).toBe('\\x1b]0;pwned\\x07');
    expect(terminalSafe('x\nOK: 5 document(s)')).toBe('x\\nOK: 5 document(s)');
    expect(terminalSafe('a\rb')).toBe('a\\rb');
    expect(terminalSafe('\u009b31m')).toBe('\\x9b31m');
    expect(terminalSafe('abc\u202edef')).toBe('abc\\u202edef');
  });

  it('keeps ordinary text, tabs, accents, Arabic and emoji', () => {
    const text = 'Héllo\tعبد المهدي 😀';
    expect(terminalSafe(text)).toBe(text);
  });
});
