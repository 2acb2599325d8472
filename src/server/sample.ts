/**
 * "Nạp dữ liệu mẫu": fills an empty, set-up workbook with the Pác Khuông sample village.
 * All or nothing: before set-up or any write, a sheet it would write that a protection stops the current user from
 * editing refuses the whole load with a Vietnamese message naming it. A rights row of `Cài đặt` is never written.
 */
import { buildPacKhuong, SAMPLE_LIST_ADDITIONS } from '../sample/pacKhuong';
import { DEFAULT_LISTS, type ListName } from '../domain/lists';
import { cleanValue } from '../domain/text';
import { decodeCell, mapHeaders } from '../domain/codec';
import type { NormalRecord } from '../domain/fields';
import { SETTINGS_COLUMN, settingDef, settingFor } from '../domain/settings';
import { grantsRights } from '../domain/rights';
import { normalizeHeader, SHEET, sheetByName } from '../domain/sheets';
import { t } from '../domain/i18n';
import { gas, sheetClock } from './gas';
import { withDocumentLock } from './lock';
import { deniedWrite, locksFor, ownerEmail } from './protect';
import { appendRecords } from './repo';
import { type SetUpSheet, setupSheets } from './setup';
import { settingText } from './settingsRows';

export function loadSampleVillage(): { rows: number; notes: string[] } {
  return withDocumentLock(() => {
    const ss = gas.spreadsheet();
    const clock = sheetClock(ss);
    // The village lives up to today (issue 16): its records continue after the seed's up to the sheet's today.
    const sample = buildPacKhuong(clock.today());
    // Nothing is written, set-up included, when a sheet the sample fills is protected against this user.
    const owner = ownerEmail(ss);
    const locks = locksFor(ss, owner);
    for (const name of Object.keys(sample.sheets)) {
      const refused = deniedWrite(locks, name);
      if (refused) throw new Error(`${refused} ${t('protect.nothingWritten')}`);
    }
    // Set-up hands back every sheet with its header: nothing is looked up or read twice.
    const { result, sheets, settingsRows } = setupSheets(ss, { owner, locks });
    const setUp = (name: string): SetUpSheet => {
      const entry = sheets.get(name);
      if (!entry) throw new Error(t('sample.unknownSheet', { sheet: name }));
      return entry;
    };
    // Check every target first, so nothing is half-loaded.
    const targets = Object.entries(sample.sheets)
      .filter(([name]) => name !== SHEET.settings && name !== SHEET.lists)
      .map(([name, rows]) => {
        const def = sheetByName(name);
        if (!def) throw new Error(t('sample.unknownSheet', { sheet: name }));
        const { sheet, header: headerRow, isNew, maxRows } = setUp(name);
        // A record sheet set-up has just created holds only its header (set-up fills only lists and settings).
        const lastRow = isNew && def.kind === 'record' ? 1 : sheet.getLastRow();
        if (lastRow > 1) throw new Error(t('sample.notEmpty', { sheet: name }));
        // A sheet set-up has just created has every column formatted as a record would write it.
        const formatted = isNew && def.kind === 'record';
        return {
          def,
          sheet,
          header: mapHeaders(def, headerRow),
          rows,
          lastRow,
          maxRows: maxRows ?? undefined,
          formatted,
        };
      });
    let total = 0;
    for (const { def, sheet, header, rows, lastRow, maxRows, formatted } of targets) {
      const records = rows.map((row) => {
        const rec: NormalRecord = {};
        for (const col of def.columns) {
          const d = decodeCell(col, row[col.header] ?? '', clock);
          if ('error' in d) throw new Error(t('sample.badCell', { sheet: def.name, error: d.error }));
          rec[col.field] = d.value;
        }
        return rec;
      });
      appendRecords(def, sheet, header, records, clock, { lastRow, maxRows, formatted });
      total += records.length;
    }
    const settings = setUp(SHEET.settings);
    // The rows of `Cài đặt` as set-up left them (it read or wrote them): not read again.
    const settingsValues = settingsRows
      ? [settings.header, ...settingsRows]
      : settings.sheet.getDataRange().getValues();
    total += writeSampleSettings(settings.sheet, settingsValues, sample.sheets[SHEET.settings] ?? []);
    total += addSampleListEntries(setUp(SHEET.lists));
    return { rows: total, notes: result.notes };
  });
}

/**
 * Adds the village's own entries (partners, festival) below each list of `Danh mục` that lacks
 * them: one write per list. A sheet set-up has just made holds the defaults, so it is not read.
 */
function addSampleListEntries({ sheet, header, isNew }: SetUpSheet): number {
  const values = isNew ? null : sheet.getDataRange().getValues();
  const headers = header.map(normalizeHeader);
  let added = 0;
  for (const [name, items] of Object.entries(SAMPLE_LIST_ADDITIONS) as [ListName, readonly string[]][]) {
    const c = headers.indexOf(normalizeHeader(name));
    if (c < 0) continue;
    const column = values ? values.slice(1).map((r) => cleanValue(r[c])) : [...DEFAULT_LISTS[name]];
    let last = column.length;
    while (last > 0 && column[last - 1] === '') last--;
    const missing = items.filter((x) => !column.includes(x));
    if (missing.length === 0) continue;
    sheet.getRange(last + 2, c + 1, missing.length, 1).setValues(missing.map((x) => [x]));
    added += missing.length;
  }
  return added;
}

/** Sets `Giá trị` of each sample setting in the existing settings rows (`values`: header first): one write. */
function writeSampleSettings(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: readonly (readonly unknown[])[],
  rows: Record<string, unknown>[],
): number {
  const header = values[0].map((h) => normalizeHeader(String(h)));
  const item = header.indexOf(normalizeHeader(SETTINGS_COLUMN.item));
  const value = header.indexOf(normalizeHeader(SETTINGS_COLUMN.value));
  const wanted = new Map(rows.map((r) => [String(r[SETTINGS_COLUMN.item]), r[SETTINGS_COLUMN.value]]));
  const column = values.slice(1).map((r) => {
    const def = settingFor(r[item]);
    return [
      def && wanted.has(def.key) && !grantsRights(def.key)
        ? settingText(settingDef(def.key)!, wanted.get(def.key))
        : r[value],
    ];
  });
  if (column.length) sheet.getRange(2, value + 1, column.length, 1).setValues(column as unknown[][]);
  return wanted.size;
}
