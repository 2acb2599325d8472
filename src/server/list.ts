/**
 * `apiListRecords`: the records of any record type, filtered, searched and paged (one read
 * of its sheet), and `apiListResidents`, the residents of one household (the registry form).
 */
import type { NormalRecord } from '../domain/fields';
import { t } from '../domain/i18n';
import { errorsOf } from '../domain/inputs';
import { type ListedRecords, listRecordsInput, selectRecords } from '../domain/list';
import type { Resident } from '../domain/records';
import { RESIDENTS } from '../domain/registry/recordTypes';
import { sheetDef } from '../domain/sheets';
import type { ApiResult } from '../domain/wire';
import { unreadableRowCount } from '../domain/workbook';
import { gas, sheetClock } from './gas';
import { readLists, readSheet } from './repo';

export function apiListRecords(input?: unknown): ApiResult<ListedRecords> {
  const parsed = listRecordsInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const x = parsed.data;
  const def = sheetDef(x.sheet);
  // The filter's own keys as sent (a key such as `__proto__` is dropped by parsing, not ignored silently).
  const sent = (input as { where?: unknown }).where;
  const keys = sent && typeof sent === 'object' ? Object.keys(sent) : [];
  const unknown = keys.filter((f) => !def.columns.some((c) => c.field === f));
  if (unknown.length)
    return {
      ok: false,
      errors: unknown.map((f) => ({
        field: `where.${f}`,
        message: t('input.listField', { field: f, sheet: def.name }),
      })),
    };
  const ss = gas.spreadsheet();
  const read = readSheet<NormalRecord>(x.sheet, { clock: sheetClock(ss), lists: readLists(ss) }, ss);
  const listed = selectRecords(
    def.record!,
    read.rows.map((r) => r.record),
    x,
  );
  return { ok: true, data: { ...listed, unreadable: unreadableRowCount(read.issues) } };
}

/** `apiListResidents({ householdId })` → the residents of that household, in sheet order. */
export function apiListResidents(input?: unknown): ApiResult<Resident[]> {
  const householdId = (input as { householdId?: unknown } | null)?.householdId;
  if (typeof householdId !== 'string' || householdId.trim() === '') {
    return {
      ok: false,
      errors: [{ field: 'householdId', message: t('input.empty', { name: RESIDENTS.columns.householdId.header }) }],
    };
  }
  const ss = gas.spreadsheet();
  const rows = readSheet<Resident>('residents', { clock: sheetClock(ss), lists: readLists(ss) }, ss).rows;
  return { ok: true, data: rows.map((r) => r.record).filter((r) => r.householdId === householdId.trim()) };
}
