/**
 * The document number (`so_van_ban_tiep_theo` in `Cài đặt`): read for the dialog, and
 * advanced only after a notice was created, under the document lock, to one more than
 * the number used (never backwards, so a notice re-issued under an old number leaves it).
 */
import { parseViNumber } from '../../domain/numbers';
import { settingDef, settingFor, Settings } from '../../domain/settings';
import { normalizeHeader, SHEET } from '../../domain/sheets';
import { gas } from '../gas';
import { withDocumentLock } from '../lock';
import { settingText } from '../settingsRows';

export const NUMBER_KEY = 'so_van_ban_tiep_theo';

/** The next number the settings give (1 when unset or unreadable). */
export function nextNumberOf(settings: Settings): number {
  const v = settings[NUMBER_KEY];
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** Sets the next number to `used + 1` unless it is already higher; returns the next number. One read, at most one write. */
export function advanceNumber(used: number, ss = gas.spreadsheet()): number {
  return withDocumentLock(() => {
    const sheet = ss.getSheetByName(SHEET.settings);
    if (!sheet) return used + 1;
    const values = sheet.getDataRange().getValues();
    const header = (values[0] ?? []).map(normalizeHeader);
    const item = header.indexOf(normalizeHeader('Mục'));
    const value = header.indexOf(normalizeHeader('Giá trị'));
    if (item < 0 || value < 0) return used + 1;
    const row = values.findIndex((r, i) => i > 0 && settingFor(r[item])?.key === NUMBER_KEY);
    const current = row > 0 ? parseViNumber(values[row][value]) : NaN;
    const next = Number.isInteger(current) && current > used ? current : used + 1;
    const def = settingDef(NUMBER_KEY)!;
    // Written as the add-on writes every setting (text in `Giá trị`).
    if (row > 0) {
      if (next !== current) sheet.getRange(row + 1, value + 1).setValue(settingText(def, next));
    } else {
      const line: unknown[] = new Array(header.length).fill('');
      line[item] = def.label;
      line[value] = settingText(def, next);
      sheet.appendRow(line);
    }
    return next;
  });
}
