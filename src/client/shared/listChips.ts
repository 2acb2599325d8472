/**
 * Chips under a text box whose column holds entries of a `Danh mục` list (`Chủ đề`, `Đơn vị
 * phối hợp`): ticking one adds the entry to the comma-separated text, unticking takes it out;
 * typing in the box updates the ticks. Free text stays allowed in the box, but only the list
 * entries are ever written in a notice (listText.ts, SPEC §4).
 */
import { h } from './dom';
import { t } from '../../domain/i18n';
import { listEntriesIn, withListEntry } from '../../domain/listText';

export function listChips(input: HTMLInputElement, entries: readonly string[], list: string): HTMLElement {
  const boxes = entries.map((entry) => h('input', { type: 'checkbox', value: entry }));
  const sync = () => {
    const chosen = new Set(listEntriesIn(input.value, entries));
    for (const b of boxes) b.checked = chosen.has(b.value);
  };
  boxes.forEach((b) =>
    b.addEventListener('change', () => {
      input.value = withListEntry(input.value, b.value, b.checked);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }),
  );
  input.addEventListener('input', sync);
  return h(
    'div',
    { class: 'chips', role: 'group', 'aria-label': t('form.listChoices', { list }) },
    ...boxes.map((b) => h('label', {}, b, b.value)),
  );
}
