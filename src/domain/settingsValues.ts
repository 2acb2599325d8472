/**
 * `Cài đặt` cell values (one `getValues()` matrix, header first) → typed settings, defaults for what is missing or
 * unreadable.
 */
import { t } from './i18n';
import { defaultSettings, linesOf, NO_WORDS, SETTINGS_COLUMN, settingFor, type Settings, YES_WORDS } from './settings';
import { normalizeHeader, SHEET } from './sheets';
import { type Clock, isDate, parseVietnameseDay } from './clock';
import type { RowIssue } from './codec';
import { parseViNumber } from './numbers';
import { cleanLine, cleanLongText, cleanValue } from './text';
import { FIRST_DAY, hiddenNote } from './fieldChecks';
import { slashDate } from './viFormat';
import { grantsRights, parseEmailList, visibleEntry } from './rights';

export function parseSettingsValues(
  values: readonly (readonly unknown[])[],
  clock: Clock,
): { settings: Settings; issues: RowIssue[] } {
  const settings = defaultSettings();
  const issues: RowIssue[] = [];
  const header = (values[0] ?? []).map((h) => normalizeHeader(cleanValue(h)));
  const item = header.indexOf(normalizeHeader(SETTINGS_COLUMN.item));
  const value = header.indexOf(normalizeHeader(SETTINGS_COLUMN.value));
  if (item < 0 || value < 0) return { settings, issues };
  /** The first row of each setting that grants rights (the one set-up protects and reads). */
  const rightsRow = new Map<string, number>();
  values.slice(1).forEach((r, i) => {
    const s = settingFor(cleanValue(r[item]));
    if (!s) return;
    if (grantsRights(s.key)) {
      const at = (message: string) =>
        issues.push({ sheet: SHEET.settings, row: i + 2, column: SETTINGS_COLUMN.value, message });
      const first = rightsRow.get(s.key);
      if (first !== undefined) {
        at(t('settings.duplicateRights', { name: s.label, row: first }));
        return;
      }
      rightsRow.set(s.key, i + 2);
      // Read as typed, not cleaned: an invisible character makes an address invalid (rights.ts).
      const emails = parseEmailList(r[value]);
      settings[s.key] = emails.valid;
      if (emails.invalid.length)
        at(t('settings.badEmail', { name: s.label, emails: emails.invalid.map(visibleEntry).join(', ') }));
      return;
    }
    // Read as people type it (text.ts): NFC, invisible characters out; one-per-line settings keep their lines.
    const cell = r[value];
    const cleaned = typeof cell !== 'string' ? null : s.type === 'lines' ? cleanLongText(cell) : cleanLine(cell);
    const v = cleaned ? cleaned.text : cell;
    type Bad = 'settings.badBool' | 'settings.badNumber' | 'settings.badDate' | 'settings.dateRange';
    const bad = (key: Bad, shown = String(v)) =>
      issues.push({
        sheet: SHEET.settings,
        row: i + 2,
        column: SETTINGS_COLUMN.value,
        message: t(key, { name: s.label, value: shown }) + hiddenNote(cleaned?.hidden ?? 0),
      });
    if (v === '' || v === null || v === undefined) {
      if (s.type === 'text' || s.type === 'lines') settings[s.key] = s.type === 'lines' ? [] : '';
      else if (s.type === 'percent' || s.type === 'date' || s.type === 'number') settings[s.key] = null;
      return;
    }
    switch (s.type) {
      case 'text':
        settings[s.key] = isDate(v) ? clock.day(v) : String(v).trim();
        break;
      case 'lines':
        settings[s.key] = linesOf(v);
        break;
      case 'bool': {
        const x = String(v).trim().toLowerCase();
        if (v === true || YES_WORDS.includes(x)) settings[s.key] = true;
        else if (v === false || NO_WORDS.includes(x)) settings[s.key] = false;
        else bad('settings.badBool');
        break;
      }
      case 'int':
      case 'number':
      case 'percent': {
        const n = parseViNumber(v);
        if (!Number.isFinite(n) || n < 0 || (s.type === 'int' && !Number.isInteger(n))) bad('settings.badNumber');
        else settings[s.key] = n;
        break;
      }
      case 'date': {
        const day = isDate(v) ? clock.day(v) : parseVietnameseDay(String(v));
        // A day of the village's history (`ngay_thanh_lap`): from 01/01/1900 to today.
        if (!day) bad('settings.badDate');
        else if (day < FIRST_DAY || day > clock.today()) bad('settings.dateRange', slashDate(day));
        else settings[s.key] = day;
        break;
      }
    }
  });
  return { settings, issues };
}
