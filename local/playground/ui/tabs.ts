/** The sheet tabs at the bottom, one per sheet in workbook order. */
import type { SheetTab } from '../protocol';
import { count, h } from './dom';

export function renderTabs(
  bar: HTMLElement,
  sheets: SheetTab[],
  selected: string,
  select: (name: string) => void,
): void {
  bar.replaceChildren(
    ...sheets.map((s) => {
      const tab = h(
        'button',
        {
          class: `tab${s.name === selected ? ' selected' : ''}${s.hidden ? ' hidden-sheet' : ''}`,
          role: 'tab',
          type: 'button',
          'aria-selected': s.name === selected ? 'true' : 'false',
          'data-sheet': s.name,
          title: `${s.name}: ${count(Math.max(0, s.rows - 1))} dòng dữ liệu${s.hidden ? ' (trang ẩn)' : ''}`,
        },
        s.name,
      );
      if (s.color) tab.style.borderBottomColor = s.color;
      tab.addEventListener('click', () => select(s.name));
      return tab;
    }),
  );
  bar.querySelector<HTMLElement>('.tab.selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
