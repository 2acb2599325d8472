/** The period picker shared by the dashboard and the notice dialog: `#from`, `#to` and `#status`. */
import { t } from '../../domain/i18n';
import { presetPeriod, type PeriodPreset } from '../../domain/periods';
import { $ } from './dom';

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
  from.value = p.from;
  ($('#to') as HTMLInputElement).value = p.to;
  then();
}
