import { describe, expect, it } from 'vitest';
import { ErrorCollector, readXml } from '../../../../src/shared/formats/common';

/** Reads `content` with an opentag handler; the names it saw, whether it read all, and the errors thrown. */
function run(content: string, limit = Infinity) {
  const errors = new ErrorCollector();
  const names: string[] = [];
  const read = readXml({ path: 'f.xml', content }, errors, ({ parser, stop }) => {
    parser.on('opentag', (tag) => {
      if (names.length >= limit) stop(`more than ${limit} elements`);
      names.push(tag.name);
    });
  });
  let message = '';
  try {
    errors.throwIfAny();
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  return { read, names, message };
}

describe('readXml', () => {
  it('reads a well-formed file whole, with no error', () => {
    expect(run('<a>\n<b/><c/></a>')).toEqual({ read: true, names: ['a', 'b', 'c'], message: '' });
  });

  it('stops at the first problem and names its line, once', () => {
    const { read, message } = run('<a>\n<b>\n<c>\n<d>\n<e>');
    expect(read).toBe(false);
    expect(message).toMatch(/f\.xml:5: not well-formed XML/);
    expect(message.match(/not well-formed/g)).toHaveLength(1);
  });

  it("stops where a handler says, with the handler's reason", () => {
    const { read, names, message } = run('<a>\n<b/>\n<c/><d/></a>', 2);
    expect(read).toBe(false);
    expect(names).toEqual(['a', 'b']);
    expect(message).toMatch(/f\.xml:3: more than 2 elements/);
    expect(message).not.toMatch(/well-formed/);
  });

  it('reports a lone surrogate at the end, which the parser throws on, as not well-formed', () => {
    const { read, message } = run('<a>x</a>\ud800');
    expect(read).toBe(false);
    expect(message).toMatch(/not well-formed XML/);
  });

  it('says of an entity a DOCTYPE declares that it is never expanded, and what to do', () => {
    const { read, message } = run('<!DOCTYPE a [<!ENTITY co "Company">]>\n<a>&co;</a>');
    expect(read).toBe(false);
    expect(message).toMatch(/f\.xml:2: not well-formed XML: undefined entity: only XML's own five/);
    expect(message).toMatch(/entities a DOCTYPE declares are never expanded, so write their text/);
    expect(run('<a>&amp;&#233;&#x41;</a>').message).toBe('');
  });
});
