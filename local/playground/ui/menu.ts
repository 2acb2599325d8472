/**
 * The menu bar: the menus the bundle's onOpen added (createMenu) as real dropdowns, and
 * add-on menus (createAddonMenu) under "Tiện ích mở rộng", as Sheets places them.
 */
import type { MenuEntry, MenuInfo } from '../protocol';
import { h } from './dom';

export type MenuPick = (functionName: string, caption: string) => void;

let openMenu: HTMLElement | null = null;

function closeMenus(): void {
  if (!openMenu) return;
  openMenu.classList.remove('open');
  openMenu.querySelector('.menu-button')?.setAttribute('aria-expanded', 'false');
  openMenu = null;
}

function list(items: MenuEntry[], pick: MenuPick): HTMLElement {
  const ul = h('div', { class: 'menu-list', role: 'menu' });
  for (const e of items) {
    if (e.type === 'separator') {
      ul.append(h('div', { class: 'menu-sep', role: 'separator' }));
    } else if (e.type === 'item') {
      const item = h(
        'button',
        { class: 'menu-item', role: 'menuitem', type: 'button', 'data-fn': e.functionName },
        e.caption,
      );
      item.addEventListener('click', () => {
        closeMenus();
        pick(e.functionName, e.caption);
      });
      ul.append(item);
    } else {
      const sub = h(
        'div',
        { class: 'menu-sub' },
        h(
          'button',
          { class: 'menu-item has-sub', role: 'menuitem', type: 'button', 'aria-haspopup': 'menu' },
          e.caption,
        ),
        list(e.items, pick),
      );
      ul.append(sub);
    }
  }
  return ul;
}

function dropdown(caption: string, items: MenuEntry[], pick: MenuPick): HTMLElement {
  const button = h(
    'button',
    { class: 'menu-button', type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    caption,
  );
  const wrap = h('div', { class: 'menu', 'data-menu': caption }, button, list(items, pick));
  button.addEventListener('click', (ev) => {
    ev.stopPropagation();
    const wasOpen = openMenu === wrap;
    closeMenus();
    if (wasOpen) return;
    wrap.classList.add('open');
    button.setAttribute('aria-expanded', 'true');
    openMenu = wrap;
    (wrap.querySelector('.menu-item') as HTMLElement | null)?.focus();
  });
  // Moving over another top-level menu while one is open switches to it, as in Sheets.
  button.addEventListener('mouseenter', () => {
    if (openMenu && openMenu !== wrap) button.click();
  });
  return wrap;
}

export function renderMenus(bar: HTMLElement, menus: MenuInfo[], pick: MenuPick): void {
  closeMenus();
  const own = menus.filter((m) => !m.addon).map((m) => dropdown(m.caption, m.items, pick));
  const addons = menus.filter((m) => m.addon);
  const extensions = addons.length
    ? [
        dropdown(
          'Tiện ích mở rộng',
          addons.map((m) => ({ type: 'submenu' as const, caption: m.caption, items: m.items })),
          pick,
        ),
      ]
    : [];
  bar.replaceChildren(...extensions, ...own);
  if (!own.length && !extensions.length) bar.append(h('span', { class: 'muted' }, 'onOpen chưa thêm menu nào.'));
}

document.addEventListener('click', (ev) => {
  if (openMenu && !openMenu.contains(ev.target as Node)) closeMenus();
});
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape') closeMenus();
});
window.addEventListener('blur', () => closeMenus());
