/**
 * The period picker shared by the dashboard and the notice dialog: `#from`, `#to` (day boxes,
 * `dd/mm/yyyy` whatever the browser's locale) and `#status`.
 */
import { t } from '../../domain/i18n';
import { presetPeriod, type PeriodPreset } from '../../domain/periods';
import { $, h } from './dom';
import { setTyped } from './dateInput';

export function status(text: string): void {
  $('#status').textContent = text;
}

/**
 * Fills `#from`/`#to` from a preset and calls `then`; a preset that cannot be computed
 * (no founding date) says so, and `custom` moves the focus to the first date.
 */
export function applyPreset(preset: PeriodPreset, today: string, foundedOn: string | null, then: () => void): void {
  const p = presetPeriod(preset, today, foundedOn);
  if (preset === 'founding' && !p) {
    status(t('period.noFounding'));
    return;
  }
  const from = $('#from') as HTMLInputElement;
  if (!p) {
    from.focus();
    return;
  }
  setTyped(from, p.from);
  setTyped($('#to') as HTMLInputElement, p.to);
  then();
}

/** The period dropdown `#preset` of the dashboard and the notice dialog: one option per preset the page was given. */
export function presetSelect(presets: readonly { key: string; label: string }[]): HTMLSelectElement {
  return h('select', { id: 'preset', name: 'preset' }, ...presets.map((p) => h('option', { value: p.key }, p.label)));
}
