// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hideFromReactSelection } from '../../../src/renderer/src/editor/ownSelection';

describe('hideFromReactSelection', () => {
  it("answers React's contentEditable test with inherit while the element stays editable", () => {
    const element = document.createElement('div');
    element.setAttribute('contenteditable', 'true');
    hideFromReactSelection(element);
    // react-dom hasSelectionCapabilities: `"true" === elem.contentEditable`.
    expect(element.contentEditable).toBe('inherit');
    expect(element.getAttribute('contenteditable')).toBe('true');
    element.contentEditable = 'false';
    expect(element.getAttribute('contenteditable')).toBe('false');
  });
});
