/** Tabs over panels (WAI-ARIA tabs pattern, automatic activation: arrows, Home, End). */
import { h } from './dom';

export interface Tab {
  id: string;
  label: string;
  title?: string;
  panel: HTMLElement;
}

export function tabs(list: Tab[], ariaLabel: string, onSelect?: (id: string) => void): HTMLElement {
  const buttons = list.map((t, i) => {
    t.panel.setAttribute('role', 'tabpanel');
    t.panel.id = `panel-${t.id}`;
    t.panel.setAttribute('aria-labelledby', `tab-${t.id}`);
    return h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${t.id}`,
        'aria-controls': `panel-${t.id}`,
        'aria-selected': String(i === 0),
        tabindex: i === 0 ? '0' : '-1',
        title: t.title,
      },
      t.label,
    );
  });
  const select = (i: number, focus: boolean) => {
    buttons.forEach((b, j) => {
      b.setAttribute('aria-selected', String(i === j));
      b.tabIndex = i === j ? 0 : -1;
      list[j].panel.hidden = i !== j;
    });
    if (focus) buttons[i].focus();
    onSelect?.(list[i].id);
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(i, false));
    b.addEventListener('keydown', (e) => {
      const n = buttons.length;
      const to =
        e.key === 'ArrowRight'
          ? (i + 1) % n
          : e.key === 'ArrowLeft'
            ? (i + n - 1) % n
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? n - 1
                : -1;
      if (to < 0) return;
      e.preventDefault();
      select(to, true);
    });
  });
  select(0, false);
  return h('div', { class: 'tabs', role: 'tablist', 'aria-label': ariaLabel }, ...buttons);
}
