/** "Nạp dữ liệu mẫu": fills an empty, set-up workbook with the Pác Khuông sample village. */
import { buildPacKhuong } from '../sample/pacKhuong';
import { decodeCell, mapHeaders } from '../domain/codec';
import type { NormalRecord } from '../domain/fields';
import { SETTINGS_COLUMN, settingDef, settingFor } from '../domain/settings';
import { normalizeHeader, SHEET, sheetByName } from '../domain/sheets';
import { t } from '../domain/i18n';
import { gas, sheetClock } from './gas';
import { withDocumentLock } from './lock';
import { appendRecords } from './repo';
import { type SetUpSheet, setupSheets } from './setup';
import { settingText } from './settingsRows';

export function loadSampleVillage(): { rows: number } {
  return withDocumentLock(() => {
    const ss = gas.spreadsheet();
    // Set-up hands back every sheet with its header: nothing is looked up or read twice.
    const { sheets } = setupSheets(ss);
    const setUp = (name: string): SetUpSheet => {
      const entry = sheets.get(name);
      if (!entry) throw new Error(t('sample.unknownSheet', { sheet: name }));
      return entry;
    };
    const clock = sheetClock(ss);
    const sample = buildPacKhuong();
    // Check every target first, so nothing is half-loaded.
    const targets = Object.entries(sample.sheets)
      .filter(([name]) => name !== SHEET.settings)
      .map(([name, rows]) => {
        const def = sheetByName(name);
        if (!def) throw new Error(t('sample.unknownSheet', { sheet: name }));
        const { sheet, header: headerRow, isNew } = setUp(name);
        // A record sheet set-up has just created holds only its header (set-up fills only lists and settings).
        const lastRow = isNew && def.kind === 'record' ? 1 : sheet.getLastRow();
        if (lastRow > 1) throw new Error(t('sample.notEmpty', { sheet: name }));
        return { def, sheet, header: mapHeaders(def, headerRow), rows, lastRow };
      });
    let total = 0;
    for (const { def, sheet, header, rows, lastRow } of targets) {
      const records = rows.map((row) => {
        const rec: NormalRecord = {};
        for (const col of def.columns) {
          const d = decodeCell(col, row[col.header] ?? '', clock);
          if ('error' in d) throw new Error(t('sample.badCell', { sheet: def.name, error: d.error }));
          rec[col.field] = d.value;
        }
        return rec;
      });
      appendRecords(def, sheet, header, records, clock, { lastRow });
      total += records.length;
    }
    total += writeSampleSettings(setUp(SHEET.settings).sheet, sample.sheets[SHEET.settings] ?? []);
    return { rows: total };
  });
}

/** Sets `Giá trị` of each sample setting in the existing settings rows: one write. */
function writeSampleSettings(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: Record<string, unknown>[]): number {
  const values = sheet.getDataRange().getValues();
  const header = values[0].map(normalizeHeader);
  const item = header.indexOf(normalizeHeader(SETTINGS_COLUMN.item));
  const value = header.indexOf(normalizeHeader(SETTINGS_COLUMN.value));
  const wanted = new Map(rows.map((r) => [String(r[SETTINGS_COLUMN.item]), r[SETTINGS_COLUMN.value]]));
  const column = values.slice(1).map((r) => {
    const def = settingFor(r[item]);
    return [def && wanted.has(def.key) ? settingText(settingDef(def.key)!, wanted.get(def.key)) : r[value]];
  });
  if (column.length) sheet.getRange(2, value + 1, column.length, 1).setValues(column as unknown[][]);
  return wanted.size;
}
