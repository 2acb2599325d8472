/** The period typed at "Cập nhật số liệu các thôn": `dd/mm/yyyy - dd/mm/yyyy`; blank: this year up to today. */
import { t } from '../i18n';
import { validatePeriod } from '../periods';
import type { Period } from '../report';

const DAY = /(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const pad = (s: string) => s.padStart(2, '0');

export function parsePeriodInput(
  text: string,
  today: string,
): { ok: true; period: Period } | { ok: false; message: string } {
  const s = text.trim();
  if (!s) return { ok: true, period: { from: `${today.slice(0, 4)}-01-01`, to: today } };
  const m = new RegExp(`^${DAY.source}\\s*[-–]\\s*${DAY.source}$`).exec(s);
  if (m) {
    const checked = validatePeriod({
      from: `${m[3]}-${pad(m[2])}-${pad(m[1])}`,
      to: `${m[6]}-${pad(m[5])}-${pad(m[4])}`,
    });
    if (checked.ok) return { ok: true, period: checked.period };
  }
  return { ok: false, message: t('commune.badPeriod', { text: s }) };
}
