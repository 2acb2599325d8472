/**
 * The document number (`so_van_ban_tiep_theo` in `Cài đặt`): read for the dialog; taken
 * under the document lock before a notice is created (so that two notices made at once
 * never share a number), and given back if the notice could not be made.
 */
import { parseViNumber } from '../../domain/numbers';
import { SETTINGS_COLUMN, settingDef, settingFor, type Settings } from '../../domain/settings';
import { normalizeHeader, SHEET } from '../../domain/sheets';
import { gas } from '../gas';
import { withDocumentLock } from '../lock';
import { deniedWrite, locksFor } from '../protect';
import { settingText } from '../settingsRows';

export const NUMBER_KEY = 'so_van_ban_tiep_theo';

/** The next number the settings give (1 when unset or unreadable). */
export function nextNumberOf(settings: Settings): number {
  const v = settings[NUMBER_KEY];
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

export interface TakenNumber {
  /** The number this notice carries. */
  number: number;
  /** `so_van_ban_tiep_theo` after it. */
  next: number;
  /** Gives the number back when the notice could not be made (unless a later notice took the next one meanwhile). */
  release(): void;
}

/** Where `so_van_ban_tiep_theo` is: the sheet, its cells, the row (0: none) and the value column. */
function locate(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const sheet = ss.getSheetByName(SHEET.settings);
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map(normalizeHeader);
  const item = header.indexOf(normalizeHeader(SETTINGS_COLUMN.item));
  const value = header.indexOf(normalizeHeader(SETTINGS_COLUMN.value));
  if (item < 0 || value < 0) return null;
  const row = values.findIndex((r, i) => i > 0 && settingFor(r[item])?.key === NUMBER_KEY);
  const raw = row > 0 ? values[row][value] : '';
  const current = row > 0 ? parseViNumber(raw) : NaN;
  return { sheet, header, item, value, row, raw, current: Number.isInteger(current) && current >= 1 ? current : null };
}

/**
 * Takes the number of a notice under the document lock, before anything is created:
 * `requested`, else the settings' next number read now; the next number becomes one
 * more than it (never lower than it was, so re-issuing under an old number leaves it).
 * Two notices made at the same time thus get different numbers, and a busy lock stops
 * the call before a Doc exists. One read, at most one write.
 */
export function takeNumber(requested: number | null, ss = gas.spreadsheet()): TakenNumber {
  return withDocumentLock(() => {
    const at = locate(ss);
    const number = requested ?? at?.current ?? 1;
    if (!at) return { number, next: number + 1, release: () => {} };
    const next = at.current !== null && at.current > number ? at.current : number + 1;
    const def = settingDef(NUMBER_KEY)!;
    if (next === at.current) return { number, next, release: () => {} };
    // A protection that stops this user: said before anything is written or created.
    const row = at.row > 0 ? at.row + 1 : at.sheet.getLastRow() + 1;
    const denied = deniedWrite(locksFor(ss), at.sheet.getName(), {
      row,
      column: 1,
      numRows: 1,
      numColumns: at.header.length,
    });
    if (denied) throw new Error(denied);
    // Written as the add-on writes every setting (text in `Giá trị`).
    if (at.row > 0) {
      at.sheet.getRange(at.row + 1, at.value + 1).setValue(settingText(def, next));
    } else {
      const line: unknown[] = new Array(at.header.length).fill('');
      line[at.item] = def.label;
      line[at.value] = settingText(def, next);
      at.sheet.appendRow(line);
    }
    const release = () =>
      withDocumentLock(() => {
        const now = locate(ss);
        if (now && now.row > 0 && now.current === next)
          now.sheet.getRange(now.row + 1, now.value + 1).setValue(at.row > 0 ? at.raw : '');
      });
    return { number, next, release };
  });
}
