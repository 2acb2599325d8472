/**
 * `apiValidateWorkbook` and the menu "Kiểm tra dữ liệu": reads every sheet once, lists
 * every problem (sheet, row, column, message, link to the cell), fills blank ids with
 * one write per sheet under the document lock, and changes nothing else.
 */
import { checkWorkbook, type IdFill } from '../domain/check';
import { t } from '../domain/i18n';
import { highestId } from '../domain/ids';
import { SHEET, SHEETS } from '../domain/sheets';
import { RECORD_KEYS } from '../domain/workbook';
import type { ApiResult, DataCheckBoot, ValidateData } from '../domain/wire';
import { gas } from './gas';
import { withDocumentLock } from './lock';
import { openPage } from './pages';
import { dropdownIssues } from './rules';
import { journalCounters, readCounters, storeCounters } from './save/counter';
import { readSheetValues } from './workbook';

export function apiValidateWorkbook(_input?: unknown): ApiResult<ValidateData> {
  return withDocumentLock(() => {
    const ss = gas.spreadsheet();
    const { values, sheets, clock } = readSheetValues(
      SHEETS.map((d) => d.name),
      ss,
    );
    // Ids filled in come after the highest ever issued (a row deleted since keeps its id to itself).
    const issued = readCounters();
    const journal = journalCounters(values[SHEET.log] ?? []);
    for (const key of RECORD_KEYS) if (typeof issued[key] !== 'number') issued[key] = journal[key];
    const checked = checkWorkbook(values, clock, issued);
    const fills = checked.fills;
    // Dropdowns whose source no longer covers the data (rows inserted above it), or data rows without one.
    const issues = [...checked.issues, ...dropdownIssues(SHEETS, values, sheets)];
    const bySheet = new Map<string, IdFill[]>();
    for (const f of fills) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
    for (const [name, list] of bySheet) {
      // One write per sheet: the id column from the first to the last filled row; the
      // cells between are written back exactly as read.
      const rows = values[name]!;
      const column = list[0].column;
      const first = list[0].row;
      const last = list[list.length - 1].row;
      const ids = new Map(list.map((f) => [f.row, f.id]));
      const block: unknown[][] = [];
      for (let r = first; r <= last; r++) block.push([ids.get(r) ?? rows[r - 1][column]]);
      sheets
        .get(name)!
        .getRange(first, column + 1, block.length, 1)
        .setValues(block);
    }
    if (fills.length) {
      for (const f of fills) {
        const def = SHEETS.find((d) => d.name === f.sheet)!;
        issued[def.key] = Math.max(issued[def.key] ?? 0, highestId(def, [f.id]));
      }
      storeCounters(issued);
    }
    const gids: Record<string, number> = {};
    for (const [name, sheet] of sheets) gids[name] = sheet.getSheetId();
    return { ok: true, data: { issues, filledIds: fills, url: ss.getUrl(), gids } };
  });
}

export function menuValidate(): void {
  const r = apiValidateWorkbook();
  if (!r.ok) return;
  const d = r.data;
  const summary = [
    d.issues.length ? '' : t('check.none'),
    d.filledIds.length ? t('check.filled', { n: d.filledIds.length }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const boot: DataCheckBoot = { ...d, summary };
  openPage('DataCheck', { kind: 'dialog', title: t('check.title'), width: 760, height: 560, data: boot });
}
