import { describe, expect, it } from 'vitest';
import { objectEntries, styledLike } from '../../../../src/shared/formats/common';

describe('objectEntries', () => {
  it('cuts an object into its members as written, and what lies around them', () => {
    expect(objectEntries('{ "a" : 1,"b": [2, {"c": "}"}] }')).toEqual({
      lead: ' ',
      entries: [
        { key: 'a', keyText: '"a"', colon: ' : ', valueText: '1' },
        { key: 'b', keyText: '"b"', colon: ': ', valueText: '[2, {"c": "}"}]' },
      ],
      separators: [','],
      trail: ' ',
    });
    expect(objectEntries('{}')).toEqual({ lead: '', entries: [], separators: [], trail: '' });
  });

  it('is null for what is not one object', () => {
    for (const text of ['[1]', '{"a": 1} {"b": 2}', '{"a" 1}', '{"a": 1,}', '{"a": [1}'])
      expect(objectEntries(text)).toBeNull();
  });
});

/** An object's text over several lines, without a line end after its `}`. */
const rows = (...parts: string[]): string => parts.join('\n');

describe('styledLike', () => {
  // doccano's JSON export example: an indented array of objects whose lists stay on one line.
  const indented = rows(
    '{',
    '        "text": "Great price.",',
    '        "label": ["positive"]',
    '    }',
  );

  it('writes a member whose value changed as the one it replaces was: on one line, spaced', () => {
    expect(styledLike({ text: 'Great price.', label: ['positive', 'cheap'] }, indented)).toBe(
      indented.replace('["positive"]', '["positive", "cheap"]'),
    );
  });

  it('keeps an unchanged member as it was, its key’s spacing and its value’s escapes', () => {
    const like = '{"text": "caf\\u00e9", "meta" : {"1": "x"}, "label": []}';
    expect(styledLike({ text: 'café', meta: { '1': 'x' }, label: ['A'] }, like)).toBe(
      '{"text": "caf\\u00e9", "meta" : {"1": "x"}, "label": ["A"]}',
    );
  });

  it('indents a value that was indented, at its member’s depth, and a new member as the others', () => {
    const like = rows('{', '  "text": "a",', '  "spans": [', '    1', '  ]', '}');
    expect(styledLike({ text: 'a', spans: [1, 2], cats: ['B'] }, like)).toBe(
      rows(
        '{',
        '  "text": "a",',
        '  "spans": [',
        '    1,',
        '    2',
        '  ],',
        '  "cats": [',
        '    "B"',
        '  ]',
        '}',
      ),
    );
  });

  it('writes compact members of a compact object compact, and leaves out members no longer there', () => {
    expect(styledLike({ text: 'a' }, '{"text":"a","label":[[0,1,"X"]]}')).toBe('{"text":"a"}');
    expect(styledLike({ text: 'b', label: [] }, '{"text":"a","label":[[0,1,"X"]]}')).toBe(
      '{"text":"b","label":[]}',
    );
  });

  it('is null when the text it replaces is not one object', () => {
    expect(styledLike({ a: 1 }, '[{"a": 1}]')).toBeNull();
  });
});
