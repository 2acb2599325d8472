/**
 * Topic chips under the "Chủ đề" box: ticking one adds it to the comma-separated text,
 * unticking removes it; typing in the box updates the ticks. Free text stays allowed.
 */
import { h } from '../shared/dom';
import { t } from '../../domain/i18n';

const split = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export function topicChips(input: HTMLInputElement, topics: readonly string[]): HTMLElement {
  const boxes = topics.map((topic) => h('input', { type: 'checkbox', value: topic }));
  const sync = () => {
    const chosen = new Set(split(input.value));
    for (const b of boxes) b.checked = chosen.has(b.value);
  };
  boxes.forEach((b) =>
    b.addEventListener('change', () => {
      const parts = split(input.value).filter((x) => x !== b.value);
      if (b.checked) parts.push(b.value);
      input.value = parts.join(', ');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }),
  );
  input.addEventListener('input', sync);
  const el = h(
    'div',
    { class: 'chips', role: 'group', 'aria-label': t('activity.topicChoices') },
    ...boxes.map((b) => h('label', {}, b, b.value)),
  );
  return el;
}
