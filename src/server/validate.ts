/**
 * `apiValidateWorkbook` and the menu "Kiểm tra dữ liệu": reads every sheet once, lists
 * every problem (sheet, row, column, message, link to the cell), fills blank ids with
 * one write per sheet under the document lock, and changes nothing else — but first it completes
 * the saves that failed half way and were never retried (their stored plans, `save/run.ts`).
 * All or nothing: before the first write, every block it would write is checked against the protections that stop
 * the current user (protect.ts); if any would refuse, no id is filled, the counters are not raised, and `blocked`
 * names the protected sheets in Vietnamese — the problems are still all listed.
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
import { type Area, deniedWrite, locksFor } from './protect';
import { dropdownIssues } from './rules';
import { journalCounters, readCounters, storeCounters } from './save/counter';
import { completePending } from './save/run';
import { readSheetValues } from './workbook';

export function apiValidateWorkbook(_input?: unknown): ApiResult<ValidateData> {
  return withDocumentLock(() => {
    // Saves that failed half way and were never retried are written to the end first (save/run.ts).
    const pending = completePending();
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
    // One write per sheet: the id column from the first to the last filled row.
    const blocks = [...bySheet].map(([name, list]) => {
      const area: Area = {
        row: list[0].row,
        column: list[0].column + 1,
        numRows: list[list.length - 1].row - list[0].row + 1,
        numColumns: 1,
      };
      return { name, list, area };
    });
    // Checked before anything is written (the protections are read only when there is something to fill).
    const locks = blocks.length ? locksFor(ss) : [];
    const refused = blocks.map((b) => deniedWrite(locks, b.name, b.area)).filter((m): m is string => m !== null);
    const blocked = refused.length
      ? [t('check.notFilled', { n: fills.length }), ...refused, t('protect.nothingWritten')].join(' ')
      : '';
    if (!blocked) writeFills(blocks, values, sheets, issued);
    const gids: Record<string, number> = {};
    for (const [name, sheet] of sheets) gids[name] = sheet.getSheetId();
    const completed = pending.completed ? { completedSaves: pending.completed } : {};
    const unfinished = pending.failed.length
      ? [t('check.pendingFailed', { n: pending.failed.length }), ...new Set(pending.failed)].join(' ')
      : '';
    const why = [blocked, unfinished].filter(Boolean).join(' ');
    if (why)
      return {
        ok: true,
        data: { issues, filledIds: blocked ? [] : fills, url: ss.getUrl(), gids, blocked: why, ...completed },
      };
    return { ok: true, data: { issues, filledIds: fills, url: ss.getUrl(), gids, ...completed } };
  });
}

/** The ids, one write per sheet, and the counters raised past them. */
function writeFills(
  blocks: { name: string; list: IdFill[]; area: Area }[],
  values: Partial<Record<string, readonly (readonly unknown[])[]>>,
  sheets: Map<string, GoogleAppsScript.Spreadsheet.Sheet>,
  issued: Record<string, number>,
): void {
  for (const { name, list, area } of blocks) {
    // The cells between the filled ones are written back exactly as read.
    const rows = values[name]!;
    const column = list[0].column;
    const ids = new Map(list.map((f) => [f.row, f.id]));
    const block: unknown[][] = [];
    for (let r = area.row; r < area.row + area.numRows; r++) block.push([ids.get(r) ?? rows[r - 1][column]]);
    sheets.get(name)!.getRange(area.row, area.column, block.length, 1).setValues(block);
  }
  if (blocks.length === 0) return;
  for (const { list } of blocks) {
    for (const f of list) {
      const def = SHEETS.find((d) => d.name === f.sheet)!;
      issued[def.key] = Math.max(issued[def.key] ?? 0, highestId(def, [f.id]));
    }
  }
  storeCounters(issued);
}

export function menuValidate(): void {
  const r = apiValidateWorkbook();
  if (!r.ok) return;
  const d = r.data;
  const summary = [
    d.issues.length ? '' : t('check.none'),
    d.filledIds.length ? t('check.filled', { n: d.filledIds.length }) : '',
    d.completedSaves ? t('check.completedSaves', { n: d.completedSaves }) : '',
    d.blocked ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const boot: DataCheckBoot = { ...d, summary };
  openPage('DataCheck', { kind: 'dialog', title: t('check.title'), width: 760, height: 560, data: boot });
}
