// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Label, LabelStyles } from '../../../../src/shared/model';
import { LabelMenu } from '../../../../src/renderer/src/features/annotate/components/LabelMenu';

const LABELS: readonly Label[] = [{ name: 'PERSON' }, { name: 'ORG' }];
const STYLES: LabelStyles = {
  PERSON: { color: '#f00', key: '1' },
  ORG: { color: '#0f0', key: '2' },
};

/** The menu over `anchor` (null: nothing to label), with the picks and dismissals it reported. */
function labelMenu() {
  const picked: string[] = [];
  let dismissed = 0;
  let left = 0;
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const onPick = (label: string) => picked.push(label);
  const onDismiss = () => dismissed++;
  const render = (anchor: DOMRect | null) =>
    act(() =>
      root.render(
        <LabelMenu
          anchor={anchor}
          labels={LABELS}
          styles={STYLES}
          preview="Abdul-Mahdi"
          onPick={onPick}
          onDismiss={onDismiss}
          onLeave={() => left++}
        />,
      ),
    );
  const menu = () => document.querySelector<HTMLElement>('.lp-labelmenu');
  return {
    render,
    menu,
    picked,
    dismissed: () => dismissed,
    left: () => left,
    unmount: () => act(() => root.unmount()),
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('LabelMenu', () => {
  it('stays in the page when it closes, hidden, with the same label buttons', async () => {
    const view = labelMenu();
    await view.render(new DOMRect(10, 20, 80, 16));
    const open = view.menu();
    expect(open?.hidden).toBe(false);
    const buttons = [...(open?.querySelectorAll('button') ?? [])];
    expect(buttons.map((b) => b.textContent)).toEqual(['1PERSON', '2ORG']);
    // Heard by name, the key as its shortcut.
    expect(
      buttons.map((b) => [b.getAttribute('aria-label'), b.getAttribute('aria-keyshortcuts')]),
    ).toEqual([
      ['PERSON', '1'],
      ['ORG', '2'],
    ]);

    await view.render(null);
    expect(view.menu()).toBe(open); // not taken down: one attribute changed
    expect(view.menu()?.hidden).toBe(true);
    expect([...(view.menu()?.querySelectorAll('button') ?? [])]).toEqual(buttons);

    await view.render(new DOMRect(30, 40, 20, 16));
    expect(view.menu()).toBe(open);
    expect(view.menu()?.hidden).toBe(false);
    await view.unmount();
  });

  it('picks a label, and is dismissed by a press outside it only while open', async () => {
    const view = labelMenu();
    await view.render(new DOMRect(10, 20, 80, 16));
    await act(() => view.menu()?.querySelector('button')?.click());
    expect(view.picked).toEqual(['PERSON']);

    view.menu()?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(view.dismissed()).toBe(0);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(view.dismissed()).toBe(1);

    await view.render(null);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(view.dismissed()).toBe(1);
    await view.unmount();
  });

  it('takes keys as a menu: arrows go round, a label key picks, Esc and Tab leave', async () => {
    const view = labelMenu();
    await view.render(new DOMRect(10, 20, 80, 16));
    const [person, org] = [...(view.menu()?.querySelectorAll('button') ?? [])];
    // Entered from the text, not by Tab through the page.
    expect([person?.tabIndex, org?.tabIndex]).toEqual([-1, -1]);
    const press = (key: string) =>
      act(() => {
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
    person?.focus();
    await press('ArrowRight');
    expect(document.activeElement).toBe(org);
    await press('ArrowDown'); // round to the first
    expect(document.activeElement).toBe(person);
    await press('ArrowLeft');
    expect(document.activeElement).toBe(org);
    await press('Home');
    expect(document.activeElement).toBe(person);
    await press('2');
    expect(view.picked).toEqual(['ORG']);
    await press('Escape');
    await press('Tab');
    expect(view.left()).toBe(2);
    await view.unmount();
  });

  it('goes to the label whose name is typed, and starts afresh when entered again', async () => {
    const view = labelMenu();
    await view.render(new DOMRect(10, 20, 80, 16));
    const [person, org] = [...(view.menu()?.querySelectorAll('button') ?? [])];
    const press = (key: string) =>
      act(() => {
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
    person?.focus();
    await press('o');
    expect(document.activeElement).toBe(org);
    await press('x'); // "ox": no label, stays
    expect(document.activeElement).toBe(org);
    expect(view.picked).toEqual([]);
    // Left and entered again at once: "p" alone, not "oxp".
    act(() => (document.activeElement as HTMLElement).blur());
    org?.focus();
    await press('p');
    expect(document.activeElement).toBe(person);
    await view.unmount();
  });
});
